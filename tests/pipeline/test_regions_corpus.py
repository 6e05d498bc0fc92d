"""The project's own labelled articles (tests/data/regions) score above a floor."""

from evaluation.jsonl import read_jsonl
from evaluation.own.regions import OWN_SET, predict, score
from service.enrich.pipeline import Enricher


def test_labelled_articles_cover_every_continent_and_the_ambiguous_names() -> None:
    rows = read_jsonl(OWN_SET)
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


def test_labelled_articles_score_above_the_floor(enricher: Enricher) -> None:
    rows = read_jsonl(OWN_SET)
    predictions = predict(enricher, rows)
    scores = score(rows, {p["id"]: p for p in predictions})
    assert scores["country_f1"] >= 0.93
    assert scores["subdivision_f1"] >= 0.85
    assert scores["focus_country_acc"] >= 0.92
    assert scores["focus_subdivision_acc"] >= 0.8
