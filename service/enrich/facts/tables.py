"""The facts step's word lists, read once from ``service/data/facts/`` (format in each file's header).

Qualifier phrases, count-type words, change words, currencies, units and the nouns that make a
following number a label. All are closed-class news vocabulary, never words of one story.
"""

import re
from dataclasses import dataclass
from typing import Literal

from service.enrich.datafiles import data_rows
from service.enrich.facts.units import UnitInfo, load_conversions
from service.enrich.shared_words import SharedWords
from service.schema.events import Qualifier

Change = Literal["increase", "decrease"]
#: Month names next to a number make it a date ("23 November"); these two are left out because
#: they are also words ("400 may have died", "5,000 march").
MONTHS_ALSO_WORDS = frozenset({"may", "march"})
#: Shared street words that after "<number> <Name>" name an agency more often than an address
#: ("eight State Highway Patrol troopers"); a numbered highway ("Highway 9") is an address anyway.
NOT_ADDRESS_STREET_WORDS = frozenset({"highway", "hwy"})


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
    changes_by: dict[str, Change]
    currencies: dict[str, Currency]
    units: dict[str, str]
    reference_nouns: frozenset[str]
    months: frozenset[str]
    conversions: dict[str, UnitInfo]
    longest_qualifier: int
    unit_first_words: frozenset[str]
    address_after: re.Pattern[str]
    #: Last words of the qualifiers before a number: no other word can end one ("nearly", "than").
    qualifier_ends: frozenset[str] = frozenset()
    #: First characters of the qualifiers after a number ("or more", "-odd", "+"): a word after a
    #: number that starts with none of them begins no qualifier.
    qualifier_after_starts: frozenset[str] = frozenset()

    @classmethod
    def load(cls, shared: SharedWords | None = None) -> "FactTables":
        """Load the shipped tables, with the word lists shared with others (read here if not given)."""
        shared = shared or SharedWords.load()
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
        changes_by: dict[str, Change] = {}  # changes only with "by": "raised rates by 25 basis points"
        for word, direction in _rows("changes.tsv", 2):
            kind, _, by = direction.partition("_")
            (changes_by if by else changes)[word] = "increase" if kind == "increase" else "decrease"
        currencies = {surface: Currency(code, unit) for surface, code, unit in _rows("currencies.tsv", 3)}
        units = {row[0]: row[1] for row in _rows("units.tsv", 2)}
        references = frozenset(row[0] for row in _rows("reference_nouns.txt", 1))
        months = {m.lower() for m in shared.months} - MONTHS_ALSO_WORDS
        months |= {m.lower() for m in shared.month_abbreviations}
        longest = max(len(p.split()) for p in (*before, *after))  # words in the longest qualifier phrase
        # first tokens of units written in more than one token ("degrees fahrenheit", "km/h", "pound-feet")
        first_words = frozenset(re.split(r"[\s/-]", unit)[0] for unit in units if re.search(r"[\s/-]", unit))
        return cls(
            before,
            after,
            count_types,
            changes,
            changes_by,
            currencies,
            units,
            references,
            frozenset(months),
            load_conversions(),
            longest,
            first_words,
            address_pattern(shared.street_words),
            frozenset(phrase.rsplit(" ", 1)[-1] for phrase in before),
            frozenset(phrase[:1] for phrase in after),
        )


def address_pattern(street_words: frozenset[str]) -> re.Pattern[str]:
    """What follows a number that makes it part of a street address, from the shared street words.

    "the 1400 block of", "12 Downing Street", "48 Route 9". The street word is capitalised as in a
    street's name ("Elm Ave", never "the elm avenue"), after one to three capitalised words that
    are not a preposition or a conjunction. The :data:`NOT_ADDRESS_STREET_WORDS` are left out.
    """
    words = sorted(street_words - NOT_ADDRESS_STREET_WORDS, key=len, reverse=True)
    streets = "|".join(re.escape(word.capitalize()) for word in words)
    return re.compile(
        r"^\s+(?:block of\b|(?!(?:On|In|At|Of|For|To|From|By|After|Near|As|And)\b)(?:[A-Z][a-z]+\s+){1,3}"
        rf"(?:{streets})\b"
        r"|(?:Route|Highway|Hwy|Interstate|CR|County Road|State Road|SR)\s+\d)"
    )


def _rows(name: str, width: int) -> list[tuple[str, ...]]:
    """The rows of ``service/data/facts/<name>``, each checked to have ``width`` fields."""
    rows = []
    for fields in data_rows(f"facts/{name}"):
        if len(fields) != width:
            raise ValueError(f"{name}: expected {width} tab-separated fields in {fields!r}")
        rows.append(tuple(fields))
    return rows
