"""The quantities dev set's value match, split by kind of quantity (issue 13 asks for it per kind).

``score.py`` prints one value-match row for every fact. This module repeats its matching (each gold
fact, in order, takes the first unused predicted fact of the same value whose span starts in the
gold fact's sentence, preferring one with the gold qualifier) and files each hit and miss under
the gold fact's kind and each extra under the predicted fact's kind. The totals equal the
scorer's; :func:`score` returns them so the report can say so.

The gold has no kind, only a unit: the kind is read from it here, with word lists of this module's
own (not the service's tables, which would grade themselves): "year of age" is an age, a bare time
unit a duration, "percentage" a percent, a currency a sum of money, a unit of measurement a
measure, anything else ("-", "count", "people", "dolphin") a count.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from evaluation.counts import Counts
from evaluation.own.facts import scorer_qualifier

KINDS = ("age", "count", "duration", "measure", "money", "percent")

_TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"}
)
#: Words of a currency's name, as the gold spells them ("pound sterling", "swiss franc per share").
_CURRENCY_WORDS = frozenset(
    {"dollar", "euro", "sterling", "yen", "yuan", "renminbi", "franc", "rupee", "peso", "lira", "cent",
     "penny", "pence", "markka", "peseta", "guilder", "guilde", "mark", "colón", "colon", "lari", "kip",
     "sen", "bitcoin", "satoshi", "krona", "krone", "won", "real", "rand", "ringgit", "dinar", "riyal",
     "dirham", "shekel", "zloty", "forint", "ruble", "rouble", "baht", "rupiah", "naira", "shilling"}
)  # fmt: skip
#: Words of a unit of measurement (length, mass, volume, temperature, data, angle, index points).
_MEASURE_WORDS = re.compile(
    r"metre|meter|mile|foot|feet|inch|yard|gram|\bton\b|tonne|pound-mass|ounce|gallon|litre|liter"
    r"|\bcup\b|spoon|dram|acre|hectare|celsius|fahrenheit|kelvin|degree|\bbit\b|byte|hertz|watt"
    r"|joule|calorie|barrel|\bturn\b|radian|\bpoint\b|knot|megabit|\bmph\b"
)


def gold_kind(unit: str | None) -> str:
    """The kind of quantity a gold fact's normalised unit names."""
    unit = (unit or "").strip().lower()
    if unit.endswith(" of age"):
        return "age"
    if unit in _TIME_UNITS:
        return "duration"
    if unit.startswith("percentage") or "%" in unit:
        return "percent"
    if _CURRENCY_WORDS & set(unit.split()):
        return "money"
    if _MEASURE_WORDS.search(unit):
        return "measure"
    return "count"


@dataclass(slots=True)
class KindScores:
    """Per-kind counts and their totals."""

    by_kind: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})

    def total(self) -> Counts:
        """The sums over every kind (the scorer's value-match row)."""
        return Counts(
            sum(c.tp for c in self.by_kind.values()),
            sum(c.fp for c in self.by_kind.values()),
            sum(c.fn for c in self.by_kind.values()),
        )

    def lines(self) -> list[str]:
        """A table: one row a kind, then the total."""
        head = f"{'value match, by kind':<24} {'P':>7} {'R':>7} {'F1':>7} {'tp':>5} {'fp':>5} {'fn':>5}"
        return [head, *(self.by_kind[k].row(f"  {k}") for k in KINDS), self.total().row("  all kinds")]


@dataclass(frozen=True, slots=True)
class _Predicted:
    value: float
    qualifier: str
    start: int | None
    kind: str


def _predicted(event: dict[str, Any]) -> list[_Predicted]:
    """The body facts of one event, as the scorer reads them (title facts are not scored)."""
    out = []
    for fact in event.get("facts") or []:
        if fact.get("field") == "title" or fact.get("value") is None:
            continue
        qualifier = scorer_qualifier(str(fact.get("qualifier") or "exact"), fact.get("change"))
        out.append(_Predicted(float(fact["value"]), qualifier, fact.get("start"), str(fact.get("kind"))))
    return out


def _gold_range(value: Any) -> tuple[float, float] | None:
    """A gold value as a range: "6.0" is (6, 6), "1000000-10000000" a range ("millions")."""
    text = str(value).strip()
    match = re.fullmatch(r"(-?[\d.]+(?:e[+-]?\d+)?)-(-?[\d.]+(?:e[+-]?\d+)?)", text)
    if match:
        return float(match.group(1)), float(match.group(2))
    try:
        number = float(text.replace(",", "").replace("$", "").replace("%", ""))
    except ValueError:
        return None
    return number, number


def _within(bounds: tuple[float, float], value: float) -> bool:
    low, high = bounds
    tolerance = 1e-6 * max(1.0, abs(low), abs(high))
    return low - tolerance <= value <= high + tolerance


def score(gold_rows: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]]) -> KindScores:
    """Value-match counts by kind for the gold rows and the events (matched by article id)."""
    by_id = {event["article"]["id"]: event for event in events}
    scores = KindScores()
    for gold in gold_rows:
        predicted = _predicted(by_id.get(gold["id"], {}))
        used: set[int] = set()
        for fact in gold.get("facts", []):
            counts = scores.by_kind[gold_kind(fact.get("normalized_unit"))]
            bounds = _gold_range(fact["value"])
            best = None if bounds is None else _best(predicted, used, bounds, fact)
            if best is None:
                counts.fn += 1  # as the scorer, a gold value it cannot read is a miss
            else:
                used.add(best)
                counts.tp += 1
        for index, pred in enumerate(predicted):
            if index not in used:
                scores.by_kind[pred.kind if pred.kind in scores.by_kind else "count"].fp += 1
    return scores


def _best(
    predicted: list[_Predicted], used: set[int], bounds: tuple[float, float], gold: dict[str, Any]
) -> int | None:
    best = None
    for index, pred in enumerate(predicted):
        if index in used or not _within(bounds, pred.value):
            continue
        if pred.start is not None and not gold["sent_start"] <= pred.start < gold["sent_end"] + 1:
            continue  # a predicted fact must start in the gold fact's sentence
        if best is None or pred.qualifier == gold["qualifier"]:
            best = index
            if pred.qualifier == gold["qualifier"]:
                break
    return best
