"""The per-kind split of the quantities dev score: kinds read from gold units, totals as the scorer's."""

from typing import Any

import pytest

from evaluation.quantity_kinds import gold_kind, score

# Invented: "A 41-year-old paid $12 for 3 kg of figs. Prices rose 5%. About 200 people came."
SENTENCES = ((0, 45), (46, 62), (63, 86))


def _gold(value: str, unit: str, sentence: int, qualifier: str = "=") -> dict[str, Any]:
    start, end = SENTENCES[sentence]
    return {
        "value": value,
        "qualifier": qualifier,
        "normalized_unit": unit,
        "sent_start": start,
        "sent_end": end,
    }


def _fact(value: float, kind: str, start: int, qualifier: str = "exact", **extra: Any) -> dict[str, Any]:
    return {"value": value, "kind": kind, "start": start, "field": "body", "qualifier": qualifier, **extra}


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("year of age", "age"),
        ("month", "duration"),
        ("percentage", "percent"),
        ("pound sterling", "money"),
        ("swiss franc per share", "money"),
        ("kilometre per hour", "measure"),
        ("fahrenheit", "measure"),
        ("-", "count"),
        ("dolphin", "count"),
    ],
)
def test_the_kind_is_read_from_the_gold_unit(unit: str, kind: str) -> None:
    assert gold_kind(unit) == kind


def test_hits_go_to_the_gold_kind_misses_too_and_extras_to_the_predicted_kind() -> None:
    gold = [
        {
            "id": "a1",
            "facts": [
                _gold("41", "year of age", 0),
                _gold("12", "dollar", 0),
                _gold("3", "kilogram", 0),
                _gold("5", "percentage", 1),
                _gold("200", "-", 2, qualifier="~"),
            ],
        }
    ]
    event = {
        "article": {"id": "a1"},
        "facts": [
            _fact(41, "age", 2),
            _fact(12, "money", 26),
            _fact(3000, "measure", 36),  # a wrong value: the gold measure is missed, this an extra
            _fact(5, "percent", 58, change="increase"),
            _fact(200, "count", 69, qualifier="approximately"),
            _fact(9, "count", 75),  # no gold at all: an extra count
            _fact(7, "count", 0, field="title"),  # title facts are not scored
        ],
    }
    scores = score(gold, [event])
    kinds = {name: (c.tp, c.fp, c.fn) for name, c in scores.by_kind.items()}
    assert kinds["age"] == (1, 0, 0)
    assert kinds["money"] == (1, 0, 0)
    assert kinds["measure"] == (0, 1, 1)
    assert kinds["count"] == (1, 1, 0)
    assert kinds["percent"] == (1, 0, 0)
    total = scores.total()
    assert (total.tp, total.fp, total.fn) == (4, 2, 1)


def test_a_fact_outside_the_gold_sentence_does_not_match() -> None:
    gold = [{"id": "a1", "facts": [_gold("200", "-", 2)]}]
    event = {"article": {"id": "a1"}, "facts": [_fact(200, "count", 5)]}  # in the first sentence
    counts = score(gold, [event]).by_kind["count"]
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)
