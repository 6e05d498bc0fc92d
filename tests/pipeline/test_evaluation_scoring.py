"""``python -m evaluation`` end to end: an invented set enriched and scored by the official scorer."""

import json
import os
from pathlib import Path

import pytest

from evaluation.dev import DevSet, score_set, summary
from evaluation.paths import DEV_DIR
from service.enrich.pipeline import Enricher


def test_an_invented_set_is_enriched_and_scored_by_the_official_scorer(
    enricher: Enricher, tmp_path: Path
) -> None:
    scorer = DEV_DIR / "score.py"
    if not scorer.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{scorer} is missing in CI")
        pytest.skip(f"{scorer} is not beside the repository")
    (tmp_path / "score.py").symlink_to(scorer)
    (tmp_path / "geo").mkdir()
    body = "Floods swept through western Kenya on Monday, officials in Nairobi said."
    rows = [{"id": "k1", "title": "Floods in Kenya", "body": body}]
    gold = [{"id": "k1", "countries": ["KE"], "subdivisions": [], "focus_country": "KE"}]
    for name, lines in (("inputs", rows), ("gold", gold)):
        text = "".join(json.dumps(line) + "\n" for line in lines)
        (tmp_path / "geo" / f"invented_{name}.jsonl").write_text(text, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    score = score_set(enricher, DevSet("geo", "invented"), tmp_path, work)
    assert score.articles == 1
    countries = next(r for r in score.rows if r["metric"].startswith("countries"))
    assert (countries["tp"], countries["fp"], countries["fn"]) == (1, 0, 0)
    assert "countries (ISO 3166-1 a2)" in score.printed
    assert json.loads(score.events.read_text(encoding="utf-8"))["article"]["id"] == "k1"
    assert "| geo/invented | countries" in summary([score])
