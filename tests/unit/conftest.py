"""Fixtures for the pure tests: the model loads once per test session."""

from collections.abc import Callable
from pathlib import Path

import pytest

from service.enrich.document import AnalysedArticle, ArticleText
from service.enrich.entities import extract_entities
from service.enrich.gazetteer import Gazetteer
from service.enrich.pipeline import Enricher, Resources
from service.enrich.regions import resolve_regions
from service.schema.article import Article
from service.schema.events import Regions
from service.settings import DEFAULT_MODEL

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
EXAMPLE = SHARED / "corpus" / "jalalabad-prison-break.txt"

RegionsOf = Callable[..., Regions]


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


@pytest.fixture(scope="session")
def gazetteer(resources: Resources) -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    return resources.gazetteer


@pytest.fixture(scope="session")
def regions_of(resources: Resources) -> RegionsOf:
    """``regions_of(body, title="")``: the regions the pipeline resolves for that text."""

    def run(body: str, title: str = "") -> Regions:
        text = ArticleText.of(Article(title=title, body=body))
        analysed = AnalysedArticle(text, resources.model.nlp(text.text))
        entities = extract_entities(analysed, resources.entity_tables)
        return resolve_regions(analysed, entities, resources.gazetteer)

    return run
