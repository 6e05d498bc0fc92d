"""The facts step's word lists, read once from ``service/data/facts/`` (format in each file's header).

Qualifier phrases, count-type words, change words, currencies, units and the nouns that make a
following number a label. All are closed-class news vocabulary, never words of one story.
"""

import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Literal

from service.enrich.facts.units import UnitInfo, load_conversions
from service.schema.events import Qualifier

Change = Literal["increase", "decrease"]


@dataclass(frozen=True, slots=True)
class Currency:
    """An ISO 4217 code and the plural unit name ("USD", "dollars")."""

    code: str
    unit: str


@dataclass(frozen=True, slots=True)
class FactTables:
    """Everything the facts step looks up, keyed by lower-case surface text."""

    qualifiers_before: dict[str, Qualifier]
    qualifiers_after: dict[str, Qualifier]
    count_types: dict[str, str]
    changes: dict[str, Change]
    currencies: dict[str, Currency]
    units: dict[str, str]
    reference_nouns: frozenset[str]
    conversions: dict[str, UnitInfo]
    longest_qualifier: int = 0
    unit_first_words: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> "FactTables":
        """Load the shipped tables."""
        before: dict[str, Qualifier] = {}
        after: dict[str, Qualifier] = {}
        for phrase, qualifier, position in _rows("qualifiers.tsv", 3):
            (before if position == "before" else after)[phrase] = Qualifier(qualifier)
        count_types = {
            form.replace("_", " "): kind
            for kind, forms in _rows("count_types.tsv", 2)
            for form in forms.split()
        }
        changes: dict[str, Change] = {}
        for word, direction in _rows("changes.tsv", 2):
            changes[word] = "increase" if direction == "increase" else "decrease"
        currencies = {surface: Currency(code, unit) for surface, code, unit in _rows("currencies.tsv", 3)}
        units = {row[0]: row[1] for row in _rows("units.tsv", 2)}
        references = frozenset(row[0] for row in _rows("reference_nouns.txt", 1))
        longest = max(len(p.split()) for p in (*before, *after))  # words in the longest qualifier phrase
        conversions = load_conversions()
        # first tokens of units written in more than one token ("degrees fahrenheit", "km/h", "pound-feet")
        first_words = frozenset(re.split(r"[\s/-]", unit)[0] for unit in units if re.search(r"[\s/-]", unit))
        return cls(
            before,
            after,
            count_types,
            changes,
            currencies,
            units,
            references,
            conversions,
            longest,
            first_words,
        )


def _rows(name: str, width: int) -> list[tuple[str, ...]]:
    """Tab-separated rows of a data file, comments and blank lines skipped."""
    text = files("service").joinpath("data", "facts", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        fields = tuple(part.strip() for part in line.split("\t"))
        if len(fields) != width:
            raise ValueError(f"{name}: expected {width} tab-separated fields in {line!r}")
        rows.append(fields)
    return rows
