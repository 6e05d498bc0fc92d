"""The labelled facts sets and the shipped lexicons are well formed."""

import json
from pathlib import Path
from typing import Any

import pytest

from service.enrich.facts.tables import FactTables
from service.schema.events import FactKind, Qualifier

DATA = Path(__file__).resolve().parents[1] / "data" / "facts"
SETS = sorted(DATA.glob("*.jsonl"))


def _items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def test_sets_are_present_and_large_enough() -> None:
    assert {p.name for p in SETS} >= {"news.jsonl", "holdout.jsonl"}
    assert sum(len(_items(p)) for p in SETS) >= 40


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_gold_facts_are_consistent(path: Path) -> None:
    count_types = set(FactTables.load().count_types.values())
    ids = set()
    for item in _items(path):
        assert item["id"] not in ids
        ids.add(item["id"])
        for fact in item["facts"]:
            source = item.get("title", "") if fact.get("field") == "title" else item["body"]
            assert fact["text"] in source, (item["id"], fact["text"])
            Qualifier(fact["qualifier"])
            FactKind(fact["kind"])
            assert fact["count_type"] is None or fact["count_type"] in count_types
            assert fact.get("change") in {None, "increase", "decrease"}
            if fact["qualifier"] == "range":
                assert fact["low"] <= fact["value"] <= fact["high"]


def test_lexicons_load() -> None:
    tables = FactTables.load()
    assert tables.qualifiers_before["as many as"] is Qualifier.AT_MOST
    assert tables.qualifiers_after["or more"] is Qualifier.AT_LEAST
    assert tables.count_types["killed"] == "KILL"
    assert tables.count_types["at large"] == "ESCAPE"
    assert tables.currencies["€"].code == "EUR"
    assert tables.units["per cent"] == "percent"
    assert "page" in tables.reference_nouns
    assert "#" in tables.reference_nouns  # written \# in the file: a line starting with # is a comment


def test_every_unit_has_a_dimension_and_a_conversion() -> None:
    """Units other than percent, points and magnitudes are in the pint-built conversions table, only they."""
    tables = FactTables.load()
    dimensionless = {
        "percent", "percentage point", "point", "basis point",
        "magnitude", "part per million", "part per billion",
    }  # fmt: skip
    assert set(tables.units.values()) - dimensionless <= set(tables.conversions)
    catalogue = (
        Path(__file__).resolve().parents[2] / "service" / "data" / "facts" / "unit_catalogue.tsv"
    ).read_text()
    names = {line.split("\t")[0] for line in catalogue.splitlines() if line and not line.startswith("#")}
    assert names == set(tables.conversions)
    fahrenheit = tables.conversions["degree Fahrenheit"]
    assert fahrenheit.canonical(212) == pytest.approx(100)
    assert tables.conversions["mile"].canonical(1) == pytest.approx(1609.344)
