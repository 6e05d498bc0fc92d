"""The project's own labelled articles (tests/data/regions) score above a floor."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "regions" / "articles.jsonl"


@pytest.fixture(scope="module")
def score_regions() -> ModuleType:
    """scripts/score_regions.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("score_regions", ROOT / "scripts" / "score_regions.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_regions"] = module
    spec.loader.exec_module(module)
    return module


def test_labelled_articles_cover_every_continent_and_the_ambiguous_names(score_regions: ModuleType) -> None:
    rows = score_regions.read_jsonl(DATA)
    assert len(rows) >= 30
    text = " ".join(r["title"] + " " + r["body"] for r in rows)
    for name in (
        "Georgia",
        "Paris",
        "Springfield",
        "Jalalabad",
        "Hyderabad",
        "Punjab",
        "Congo",
        "Guinea",
        "Macedonia",
    ):
        assert name in text, name
    first_countries = {r["countries"][0] for r in rows}
    for continent in (
        {"US", "CA", "MX"},
        {"BR", "AR", "CL", "CO"},
        {"FR", "DE", "GB", "GR"},
        {"NG", "KE", "ZA", "EG"},
    ):
        assert first_countries & continent
    assert first_countries & {"AF", "IN", "PK", "JP"}
    assert first_countries & {"AU", "NZ", "FJ", "PG"}


def test_labelled_articles_score_above_the_floor(score_regions: ModuleType) -> None:
    from service.settings import DEFAULT_MODEL

    rows = score_regions.read_jsonl(DATA)
    predictions = score_regions.predict(rows, DEFAULT_MODEL)
    scores = score_regions.score(rows, {p["id"]: p for p in predictions})
    assert scores["country_f1"] >= 0.93
    assert scores["subdivision_f1"] >= 0.85
    assert scores["focus_country_acc"] >= 0.92
    assert scores["focus_subdivision_acc"] >= 0.8
