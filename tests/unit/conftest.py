"""Fixtures for the pure tests: the model loads once per test session."""

from pathlib import Path

import pytest

from service.enrich.pipeline import Enricher, Resources
from service.settings import DEFAULT_MODEL

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
EXAMPLE = SHARED / "corpus" / "jalalabad-prison-break.txt"


@pytest.fixture(scope="session")
def resources() -> Resources:
    """The default model and tables, loaded once."""
    return Resources.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def enricher(resources: Resources) -> Enricher:
    """An enricher with the default settings."""
    return Enricher(resources)


@pytest.fixture(scope="session")
def example_article_text() -> str:
    """The team's example article (in ../shared, present in CI); skipped where it is absent."""
    if not EXAMPLE.is_file():
        pytest.skip(f"{EXAMPLE} is not present")
    return EXAMPLE.read_text(encoding="utf-8")
