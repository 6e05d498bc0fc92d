"""Reading a quantity: a numeral's value, bounds, qualifier, unit or currency, from its words.

The value comes from :mod:`service.enrich.facts.numbers`; the qualifier from the phrase before the
numeral ("more than", "about") or after it ("or more"); money, percent and measures from the
currency and unit tables. What the number counts is the parse's job (:mod:`.syntax`).
"""

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from service.enrich.facts.numbers import number_words, parse_number
from service.enrich.facts.tables import Currency, FactTables
from service.schema.events import FactKind, Qualifier

_RANGE_DIGITS = re.compile(r"^(.*\d)\s*[-–—]\s*(.*\d.*)$")

_SCALE_TAIL = re.compile(r"\d\s*([a-z][a-z ]*)$")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A numeral's value, bounds and type before the parse is read."""

    value: float
    low: float | None
    high: float | None
    qualifier: Qualifier
    kind: FactKind
    unit: str | None
    currency: str | None
    phrase_start: int
    phrase_end: int


def read_quantity(sent: Doc, core: tuple[int, int], label: str, tables: FactTables) -> Quantity | None:
    """The value, bounds and type of the numeral at token bounds ``core``; None if it has no value."""
    start, end = core
    tokens = list(sent[start:end])
    currency = _currency(tokens, sent, end, label, tables)
    unit, unit_end = _unit(sent, tokens, end, label, tables)
    numeral = " ".join(
        t.text
        for t in tokens
        if (t.lower_ not in tables.currencies and t.lower_ not in tables.units) or t.like_num
    )
    # "14m courses": a one-letter scale before a plural noun is millions even outside money
    money = currency is not None or label == "MONEY" or (end < len(sent) and sent[end].tag_ == "NNS")
    qualifier, phrase_start = _qualifier_before(sent, start, tables)
    low = high = None
    bounds = _range(numeral, sent[start - 1].lower_ if start > 0 else "", money)
    if bounds is not None:
        low, high = bounds
        value, qualifier = low, Qualifier.RANGE
    else:
        parsed = parse_number(numeral, money=money)
        if parsed is None:
            return None
        value = parsed.value
        if parsed.vague and qualifier is Qualifier.EXACT:
            qualifier = Qualifier.AT_LEAST
    after_qualifier, phrase_end = _qualifier_after(sent, max(end, unit_end), tables)
    if after_qualifier is not None and qualifier is Qualifier.EXACT:
        qualifier = after_qualifier
    if (
        bounds is not None
        and phrase_start == start
        and start > 0
        and sent[start - 1].lower_ in {"between", "from"}
    ):
        phrase_start = start - 1
    kind = FactKind.COUNT
    if currency is not None:
        kind, unit = FactKind.MONEY, currency.unit
    elif unit in {"percent", "percentage points"} or label == "PERCENT":
        kind, unit = FactKind.PERCENT, unit or "percent"
    elif unit is not None or label == "QUANTITY":
        kind = FactKind.MEASURE
    return Quantity(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        kind=kind,
        unit=unit,
        currency=currency.code if currency else None,
        phrase_start=phrase_start,
        phrase_end=max(phrase_end, unit_end, end),
    )


def _currency(tokens: list[Token], sent: Doc, end: int, label: str, tables: FactTables) -> Currency | None:
    """The currency named by a symbol in the numeral, or by a currency word inside a MONEY span."""
    following = [sent[end]] if end < len(sent) and label == "MONEY" else []
    for token in [*tokens, *following]:
        lower = token.lower_
        found = tables.currencies.get(lower)
        if found is None:
            continue
        if not lower.isalpha() or label == "MONEY":
            return found
    return None


def _unit(sent: Doc, tokens: list[Token], end: int, label: str, tables: FactTables) -> tuple[str | None, int]:
    """A unit inside the numeral or in the two words after it, and where it ends."""
    for token in tokens:
        if token.lower_ in tables.units and not token.like_num:
            return tables.units[token.lower_], token.i + 1
    for width in (2, 1):
        if end + width <= len(sent):
            words = sent[end : end + width].text.lower()
            if words in tables.units:
                if words in {"points", "point"} and label == "MONEY":
                    continue
                return tables.units[words], end + width
    return None, end


def _qualifier_before(sent: Doc, start: int, tables: FactTables) -> tuple[Qualifier, int]:
    """The longest qualifier phrase ending right before ``start``, and where it begins."""
    for width in range(min(tables.longest_qualifier, start), 0, -1):
        phrase = " ".join(t.lower_ for t in sent[start - width : start])
        if phrase in tables.qualifiers_before:
            return tables.qualifiers_before[phrase], start - width
    return Qualifier.EXACT, start


def _qualifier_after(sent: Doc, end: int, tables: FactTables) -> tuple[Qualifier | None, int]:
    """A qualifier right after the numeral or its unit ("or more", "-odd"), and where it ends."""
    for width in (2, 1):
        if end + width <= len(sent):
            span = sent[end : end + width]
            for phrase in (span.text.lower(), " ".join(t.lower_ for t in span)):
                if phrase in tables.qualifiers_after:
                    return tables.qualifiers_after[phrase], end + width
    return None, end


def _range(numeral: str, before: str, money: bool) -> tuple[float, float] | None:
    """``(low, high)`` of "200-300", "two to three", "between 200 and 300"; None when not a range."""
    lowered = numeral.lower()
    pieces: list[str] | None = None
    match = _RANGE_DIGITS.match(lowered)
    if match is not None:
        pieces = [match.group(1), match.group(2)]
    elif before == "between" and " and " in lowered:
        pieces = lowered.split(" and ", 1)
    else:
        for separator in (" to ", " or "):
            if separator in lowered:
                pieces = lowered.split(separator, 1)
                break
    if pieces is None:
        return None
    left, right = (p.strip() for p in pieces)
    tail = _SCALE_TAIL.search(right)
    if tail is not None and not any(c.isalpha() for c in left if c not in "$€£¥"):
        left = f"{left} {tail.group(1)}"
    low, high = parse_number(left, money=money), parse_number(right, money=money)
    if low is None or high is None or low.value >= high.value or not number_words(left):
        return None
    return low.value, high.value
