"""Reading a quantity: a numeral's value, bounds, qualifier, unit or currency, from its words.

The value comes from :mod:`service.enrich.facts.numbers`; the qualifier from the phrase before the
numeral ("more than", "about") or after it ("or more"); money, percent, measures, durations and
ages from the currency and unit tables and the candidate's label, with glued forms read by
:mod:`.surface` and a sign from "minus" or a loose minus before a temperature. What the number
counts is the parse's job (:mod:`.syntax`).
"""

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from service.enrich.facts.candidates import AGE, DURATION
from service.enrich.facts.numbers import ParsedNumber, number_words, parse_number, proportion
from service.enrich.facts.surface import SCALES, SCIENTIFIC_TOKEN, TIME_FILLERS, Glued, glued_form, time_unit
from service.enrich.facts.tables import Currency, FactTables
from service.enrich.facts.units import PERCENT_UNITS, TIME_UNITS
from service.schema.events import FactKind, Qualifier

_TEMPERATURE_UNITS = frozenset({"degree Celsius", "degree Fahrenheit"})

#: "30 MUSD", "MEUR 120": millions of a currency, as Nordic and German company reports write them.
_MILLION_CODE = re.compile(r"^M([A-Z]{3})$")

#: One-letter unit surfaces ("m", "g", "c") count only glued or inside a QUANTITY span.
_SHORT_UNIT = 2
#: Two-letter units, as written, that name nothing else after a spaced number, whatever the model's
#: label: "more than 300 km away", "the 2.7 km extension", "a 40 MW plant" (the model often tags only
#: the number, and the distance was a count); "79.3 mt of iron ore", metric tonnes of commodity
#: copy. Not "in", "ms", "ha", "pa": words too; other capitals ("CM", "TB", "MG", "BP") stay out:
#: offices, diseases, brands.
_SPACED_SHORT_UNITS = frozenset(
    {"km", "kg", "mm", "cm", "ft", "lb", "mg", "ml", "oz", "yd", "bp", "kw", "kW", "MW", "GW", "hz", "Hz",
     "kb", "KB", "mb", "MB", "gb", "GB", "hp", "kj", "kJ", "m2", "m²", "m3", "m³", "°c", "°C", "°f", "°F",
     "mt"}
)  # fmt: skip

_RANGE_DIGITS = re.compile(r"^(.*\d)\s*[-–—]\s*(.*\d.*)$")

#: "$7/$9": a slash range only where the currency is written again (else "1/4" is a fraction).
_RANGE_SLASH = re.compile(r"^(.*\d)\s*/\s*([$€£¥].*\d.*)$")

#: "$5bn-$6bn", "€3m-4m": sums with a scale on both sides of a dash (one token for the tokenizer).
_RANGE_SCALED = re.compile(
    r"^(\d[\d,.]*\s*(?:bn|mn|m|k|tn|billion|million|trillion))\s*[-–]\s*([$€£¥]?\d.*)$"
)

_SCALE_TAIL = re.compile(r"\d\s*([a-z][a-z ]*)$")

#: Currency words that are also units or common words; they need the model's MONEY label.
_AMBIGUOUS_CURRENCY_WORDS = frozenset(
    {
        "pound",
        "pounds",
        "mark",
        "marks",
        "rand",
        "won",
        "real",
        "cent",
        "cents",
        "sterling",
        "try",
        "ps",
        "rm",
        "rs",
    }
)


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
    glued = [glued_form(t, tables) for t in tokens]
    millions = _million_code(sent, start, end, tables)
    currency = next((g.currency for g in glued if g is not None and g.currency), None) or millions
    currency = currency or _currency(tokens, sent, end, label, tables)
    # "14m courses": a one-letter scale before a plural noun is millions even outside money
    money = (
        currency is not None
        or label == "MONEY"
        or _plural_noun_after(sent, start, end)
        or _rate_unit_after(sent, end, tables)
    )
    unit, unit_end = _unit(sent, tokens, glued, end, label, tables, money)
    if unit is None and not money and _quake_size(sent, start, end):
        unit = "magnitude"
    share = proportion(sent[start:end].text) if end - start > 2 else None
    if share is not None:
        unit, unit_end = None, end  # "one in five": the "in" is no inch
    numeral = " ".join(_numeral_parts(tokens, glued, tables, money))
    if label == DURATION and numeral.lower() in {"a", "an"}:
        numeral = "1"  # "within a decade"
    qualifier, phrase_start = _qualifier_before(sent, start, end, label, tables)
    low = high = None
    bounds = None if share is not None else _range(numeral, _word_before_range(sent, start), money)
    if bounds is not None:
        low, high = bounds
        value, qualifier = low, Qualifier.RANGE
    else:
        parsed = ParsedNumber(share) if share is not None else parse_number(numeral, money=money)
        if parsed is None:
            return None
        value = parsed.value
        if parsed.vague and qualifier is Qualifier.EXACT:
            qualifier = Qualifier.AT_LEAST
    if millions is not None:
        value, low, high = value * 1e6, low and low * 1e6, high and high * 1e6
    if start > 0 and value > 0 and _negated(sent, start, unit):
        value, phrase_start = -value, min(phrase_start, start - 1)  # "minus 233 Celsius", "- 15 degrees F"
        if (
            unit is None
            and currency is None
            and label in {"", "CARDINAL", "QUANTITY"}
            and _temperature_talk(sent)
        ):
            unit = "degree"  # "wind chills as low as minus 15": a temperature whose unit goes unsaid
    after_qualifier, phrase_end = _qualifier_after(
        sent, max(end, unit_end), tables, money=currency is not None
    )
    if after_qualifier is None and unit is None and currency is None and _counted_word(sent, end):
        # "firms with 250 employees or fewer", "500 investors at most": the bound after the noun
        past_noun, past_end = _qualifier_after(sent, end + 1, tables, bound_only=True)
        if past_noun is not None:
            after_qualifier, phrase_end = past_noun, past_end
    if after_qualifier is not None and qualifier is Qualifier.EXACT:
        qualifier = after_qualifier
    if qualifier is Qualifier.EXACT and end - start > 2 and sent[end - 2].text == "-":
        # "60-odd survivors", "30-plus players": the model keeps the hyphenated bound in the span
        qualifier = tables.qualifiers_after.get("-" + sent[end - 1].lower_, qualifier)
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
    elif label == AGE:
        kind, unit = FactKind.AGE, unit or "year"
    elif label == DURATION or unit in TIME_UNITS:
        kind = FactKind.DURATION
    elif (
        unit in PERCENT_UNITS
        or (label == "PERCENT" and unit is None)
        or (bounds is not None and tokens[-1].text == "%")
    ):
        # "roughly 40 to 45%": a range the model splits into CARDINAL and PERCENT is a share
        kind, unit = FactKind.PERCENT, unit or "percent"
    elif unit is not None:
        kind = FactKind.MEASURE  # a QUANTITY span without a unit is a count ("4 stewards")
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


def _negated(sent: Doc, start: int, unit: str | None) -> bool:
    """A sign word before the number, or a loose minus sign before a temperature."""
    before = sent[start - 1]
    if before.lower_ in {"minus", "negative"}:
        return start < 3 or [t.lower_ for t in sent[start - 3 : start - 1]] != ["plus", "or"]  # a margin
    loose_minus = before.text in {"-", "−"} and (start < 2 or not sent[start - 2].like_num)
    return loose_minus and unit in _TEMPERATURE_UNITS


#: Words that make a unitless "minus 15" a temperature.
_TEMPERATURE_WORDS = frozenset(
    {"temperature", "temperatures", "chill", "chills", "windchill", "low", "lows", "high", "highs", "degrees",
     "thermometer", "thermometers", "frost", "cold", "freezing"}
)  # fmt: skip


def _temperature_talk(sent: Doc) -> bool:
    """Whether the sentence speaks of temperature (read only for a unitless number after "minus")."""
    return any(t.lower_ in _TEMPERATURE_WORDS for t in sent)


def _plural_noun_after(sent: Doc, start: int, end: int) -> bool:
    """Whether a plural noun follows the numeral's last number token ("12m users", "80k views")."""
    index = start
    while index < len(sent) and (
        sent[index].like_num or any(c.isdigit() for c in sent[index].text) or sent[index].lower_ in SCALES
    ):
        index += 1
    return index < len(sent) and sent[index].tag_ == "NNS"


#: Units after which a glued "m" is millions, not metres: "1.2m bpd", "1.2m b/d" (oil copy).
_MILLIONS_OF = frozenset({"barrel per day", "barrel", "tonne", "ounce", "cubic metre"})


def _rate_unit_after(sent: Doc, end: int, tables: FactTables) -> bool:
    """Whether a unit of output follows a glued "m": "averaged 1.2m bpd" was 1.2 metres."""
    if end >= len(sent) or end == 0 or not sent[end - 1].lower_.endswith("m"):
        return False
    written = sent[end : end + 3].text.lower()  # "b/d" may be three tokens
    return tables.units.get(sent[end].lower_) in _MILLIONS_OF or tables.units.get(written) in _MILLIONS_OF


def _million_code(sent: Doc, start: int, end: int, tables: FactTables) -> Currency | None:
    """The currency of an "M"-prefixed code right after or before the number ("30 MUSD")."""
    for index in (end, start - 1):
        if 0 <= index < len(sent) and (match := _MILLION_CODE.match(sent[index].text)) is not None:
            found = tables.currencies.get(match.group(1).lower())
            if found is not None:
                return found
    return None


def _numeral_parts(
    tokens: list[Token], glued: list[Glued | None], tables: FactTables, money: bool
) -> list[str]:
    """The numeral's words with glued currencies and units taken off ("US$5.4m" -> "5.4 m")."""
    parts = []
    for token, form in zip(tokens, glued, strict=True):
        if SCIENTIFIC_TOKEN.search(token.text):
            return [token.text]  # "2.998×10−8", "1.2e9": the whole numeral is this token
        if form is not None:
            scale = form.scale if form.scale and (money or form.scale != "m") else None
            parts.append(f"{form.number} {scale}" if scale else form.number)
        elif (
            token.lower_ in SCALES
            or (token.lower_ not in tables.currencies and token.lower_ not in tables.units)
            or token.like_num
        ):
            parts.append(token.text)
    return parts


def _currency(tokens: list[Token], sent: Doc, end: int, label: str, tables: FactTables) -> Currency | None:
    """The currency named by a symbol or code in or after the numeral, or a currency word in MONEY.

    Words that are also units or common nouns ("pounds", "marks") count only inside a MONEY span;
    ISO codes and unambiguous names ("USD", "rupees", "yen") count after any number.
    """
    following = [sent[end]] if end < len(sent) else []
    if following and following[0].is_title and following[0].is_alpha and end + 1 < len(sent):
        following.append(sent[end + 1])  # "75 billion Norwegian crowns": the country's adjective between
    start = tokens[0].i if tokens else end
    preceding = [sent[start - 1]] if start > 0 and _currency_mark(sent[start - 1]) else []
    for token in [*preceding, *tokens, *following]:
        lower = token.lower_
        pair = f"{token.nbor(-1).lower_} {lower}" if token.i > 0 else ""
        found = tables.currencies.get(pair) or tables.currencies.get(lower)  # "CFA francs", "Swiss francs"
        if found is None or (lower == "cent" and token.i > 0 and token.nbor(-1).lower_ == "per"):
            continue  # "12 per cent", which the model sometimes calls MONEY
        if (
            token.i > 0
            and token.nbor(-1).lower_ == "per"
            and (quoted := quoted_currency(sent, start, found, tables))
        ):
            return quoted  # "the lira weakened to 34.1 per dollar": a rate in lira, per dollar
        if lower in _POUNDS and _pounds_of_a_thing(token):
            continue  # "2 million pounds of ground beef", which the model calls MONEY: a weight
        if not lower.isalpha() or label == "MONEY":
            return found
        if token.text.isupper() or lower not in _AMBIGUOUS_CURRENCY_WORDS:
            return found  # "42 lakh rupees", "40 RMB": a name or code no unit shares
        if _scaled_sum(token):
            return found  # "fined 1.2 million pounds", "a 2 billion pound deal", "14.2 trillion won"
    return None


#: Tokens read back from an exchange rate for the currency it quotes.
_QUOTED_REACH = 10


def quoted_currency(sent: Doc, start: int, base: Currency, tables: FactTables) -> Currency | None:
    """The currency an exchange rate starting at token ``start`` quotes against ``base``, or None.

    Fixes exchange rates in currency copy: "the zloty firmed to 4.27 per euro", "the rupee closed
    at 83.5 to the dollar" are sums in the currency named before the number in its clause (the own
    sets label "32.4 per dollar" of the lira money in lira), not counts nor dollars. The nearest
    currency word (not a symbol) at most ten tokens back, other than ``base``, before a full stop.
    """
    for token in reversed(sent[max(0, start - _QUOTED_REACH) : start]):
        if token.lower_ in {".", ";"}:
            return None
        quoted = tables.currencies.get(token.lower_)
        if quoted is not None and token.is_alpha and quoted.code != base.code:
            return quoted
    return None


_POUNDS = frozenset({"pound", "pounds"})
_SCALES = frozenset({"million", "billion", "trillion", "mln", "bln", "bn"})


#: What "pounds of" money is ("millions of pounds of public money"); other nouns are weighed.
_MONEY_NOUNS = frozenset(
    {"taxpayers", "taxpayer", "public", "funding", "funds", "investment", "money", "cash", "savings",
     "revenue", "debt", "profit", "profits", "sales", "spending", "subsidies", "aid", "assets", "income",
     "losses", "contracts", "orders", "bonuses", "fines", "damages", "compensation", "new"}
)  # fmt: skip


def _pounds_of_a_thing(token: Token) -> bool:
    """Whether "pounds of" a thing that is not money follow: "2 million pounds of ground beef"."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return False
    return doc[token.i + 2].lower_ not in _MONEY_NOUNS and not doc[token.i + 2].is_punct


def _scaled_sum(token: Token) -> bool:
    """Whether a currency word that is also a unit or a word ("pounds", "rand") names money here.

    After "million" or "billion" it does, unless "of" a thing follows: "2 million pounds of beef".
    """
    doc = token.doc
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return token.i > 0 and doc[token.i - 1].lower_ in _SCALES and after != "of"


def _currency_mark(token: Token) -> bool:
    """A symbol, capitalised ISO code or wire prefix that names a currency before a number."""
    return (
        not token.is_alpha
        or token.text in {"RM", "Rs", "PS"}
        or (len(token.text) == 3 and token.text.isupper())
    )


def _unit(
    sent: Doc,
    tokens: list[Token],
    glued: list[Glued | None],
    end: int,
    label: str,
    tables: FactTables,
    money: bool,
) -> tuple[str | None, int]:
    """The normalised unit inside, against or after the numeral, and where it ends."""
    for token, form in zip(tokens, glued, strict=True):
        if form is None:
            continue
        if form.unit == "sq" and end < len(sent):  # "3,923sq m"
            return tables.units.get("sq " + sent[end].lower_.rstrip(".")), end + 1
        if form.unit is not None:
            return form.unit, token.i + 1
        if form.scale == "m" and not money:
            return "metre", token.i + 1  # "100m": metres unless money or a plural noun follows
    if label in {AGE, DURATION}:
        return _time_unit_after(sent, end)
    for token in tokens:
        lower = token.lower_
        if (
            lower in SCALES
            and lower in tables.units
            and not money
            and token.i > 0
            and not sent[token.i - 1].whitespace_
        ):
            return tables.units[lower], token.i + 1  # "100" "m": metres where no money or plural noun
        if lower in SCALES or token.like_num:
            continue
        for width in _widths(lower, tables):  # the longest: "degrees fahrenheit" before "degrees"
            words = _unit_words(sent, token.i, width, tables)
            fits = token.i + width <= len(sent)
            written = sent[token.i : token.i + width].text
            short = len(words) <= _SHORT_UNIT and label != "QUANTITY" and written not in _SPACED_SHORT_UNITS
            if fits and words in tables.units and not short:
                return tables.units[words], token.i + width
    number_end = end
    if any(t.text == "%" for t in tokens) or (
        label == "PERCENT" and (end >= len(sent) or sent[end].lower_ not in _POINT_WORDS)
    ):
        return None, end  # "rose 7.4% year on year": the share has its unit
    if end < len(sent) and sent[end].text == "-" and not sent[end - 1].whitespace_:
        end += 1  # "three-foot", "16-bit"
    elif tokens and tokens[-1].lower_ in _FRACTION_HEADS:
        end += _article_after(sent, end)  # "half a percentage point", "a quarter of a point"
    for width in _widths(sent[end].lower_, tables) if end < len(sent) else ():
        if end + width <= len(sent):
            words = _unit_words(sent, end, width, tables)
            if words in tables.units:
                if words in {"points", "point"} and label == "MONEY":
                    continue
                if (
                    len(words) <= _SHORT_UNIT
                    and label != "QUANTITY"
                    and sent[end - 1].whitespace_
                    and sent[end : end + width].text not in _SPACED_SHORT_UNITS
                ):
                    continue  # "5 m", "3 g" only where the model saw a quantity
                return tables.units[words], end + width
    return None, number_end  # not "$4-" of "$4-a-share"


#: Words for an earthquake, after which a number with decimals is its magnitude ("the 6.1 quake").
_QUAKES = frozenset({"quake", "earthquake", "tremor", "aftershock", "temblor"})


def _quake_size(sent: Doc, start: int, end: int) -> bool:
    """Whether the number is a quake's magnitude written before it or around it, not a count.

    "magnitude 6.1", "a magnitude of 6.1", "a preliminary magnitude 6.1", "5.9 on the Richter
    scale", "the 6.1 quake" (decimals before a quake word: no count of quakes has them). "6.1-magnitude"
    and "6.1 magnitude" are read by the unit table.
    """
    before = [t.lower_ for t in sent[max(start - 2, 0) : start]]
    if before[-1:] == ["magnitude"] or before == ["magnitude", "of"]:
        return True
    after = [t.lower_ for t in sent[end : end + 3]]
    if after == ["on", "the", "richter"]:
        return True
    return bool(after) and after[0] in _QUAKES and "." in sent[start:end].text


#: First words of the points a PERCENT span may leave out: the model tags "as much as 12" of "rose
#: as much as 12 basis points" PERCENT, and the unit after it is still read (a measure in basis points).
_POINT_WORDS = frozenset({"basis", "percentage", "points", "point", "bps", "bp", "pts"})


#: Fraction words whose unit follows an article: "half a mile", "a quarter of a percentage point".
_FRACTION_HEADS = frozenset({"half", "quarter", "third"})


def _article_after(sent: Doc, end: int) -> int:
    """How many tokens "a"/"an" or "of a"/"of an" take right after ``end`` (0 if neither)."""
    words = [t.lower_ for t in sent[end : end + 2]]
    if words[:1] in (["a"], ["an"]):
        return 1
    return 2 if words in (["of", "a"], ["of", "an"]) else 0


def _widths(first: str, tables: FactTables) -> tuple[int, ...]:
    """Token counts to try for a unit starting with ``first``: longest first, 1 if no longer one does."""
    return (3, 2, 1) if first in tables.unit_first_words else (1,)


def _unit_words(sent: Doc, start: int, width: int, tables: FactTables) -> str:
    """The unit surface of ``width`` tokens: as written ("km/h", "pound-feet") or word by word.

    A full stop the tokenizer left on the last word is dropped: "gusts of 100 km/h." ends a sentence.
    """
    span = sent[start : start + width]
    written = span.text.lower()
    stopped = span[-1].text != "." and len(written) > 3 and written.endswith(".")  # "km/h.", not "S."
    if stopped and written not in tables.units and written[:-1] in tables.units:
        return written[:-1]
    if width == 1:
        return written
    return written if written in tables.units else " ".join(t.lower_ for t in span)


def _time_unit_after(sent: Doc, end: int) -> tuple[str | None, int]:
    """The time unit after a duration's or age's number ("-year-old", " months"), and its end."""
    index = end
    while index < len(sent) and sent[index].text == "-":
        index += 1
    if index + 1 < len(sent) and sent[index].lower_ in TIME_FILLERS:
        index += 1  # "15 consecutive months"
        if index + 1 < len(sent) and sent[index].text == "-":
            index += 1  # "3,000 man-hours"
    if index < len(sent) and (unit := time_unit(sent[index].text)) is not None:
        index += 1
        while index + 1 < len(sent) and sent[index].text == "-" and sent[index + 1].lower_ in {"old", "olds"}:
            index += 2
        return unit, index
    return None, end


def _qualifier_before(
    sent: Doc, start: int, end: int, label: str, tables: FactTables
) -> tuple[Qualifier, int]:
    """The longest qualifier phrase ending right before ``start``, and where it begins.

    Not where its words are a verb's particle or a preposition: "ticked up to 3.9%" is the level
    reached, "handed over 40 prisoners" a transfer, "a race over 57 laps" and "a poll conducted
    over three days" spans.
    """
    if start > 1 and sent[start - 1].lower_ == "another" and sent[start - 2].lower_ in tables.qualifier_ends:
        qualifier, phrase_start = _qualifier_before(sent, start - 1, end, label, tables)
        if phrase_start < start - 1:
            return qualifier, phrase_start  # "at least another five days"
    if start > 1 and sent[start - 1].lower_ == "top" and _plural_word(sent[start - 2]):
        return Qualifier.MORE_THAN, start - 1  # a headline's verb: "Measles cases top 1,000"
    if start > 1 and sent[start - 1].lower_ in {"a", "an"} and sent[start].lower_ in _ARTICLE_NUMBERS:
        qualifier, phrase_start = _qualifier_before(sent, start - 1, end, label, tables)
        if phrase_start < start - 1:
            return qualifier, phrase_start  # "About a quarter of a million jobs": the article left out
    if _verb_bound(sent, start, end):
        return Qualifier.MORE_THAN, start - 1  # "the toll could top 200", "has passed 120 million"
    if start == 0 or sent[start - 1].lower_ not in tables.qualifier_ends:
        return _estimated_of(sent, start)
    for width in range(min(tables.longest_qualifier, start), 0, -1):
        phrase = " ".join(t.lower_ for t in sent[start - width : start])
        if phrase in tables.qualifiers_before:
            before = sent[start - width - 1].lower_ if start > width else ""
            if phrase == "up to" and (before in _MOVED_UP or before in _OBJECT_PRONOUNS):
                break  # "ticked up to 3.9%"; "top it up to 70%": a particle after the verb's object
            if phrase == "over" and (
                before in _TOPIC_OVER
                or sent[start - width].dep_ == "prt"
                or _spanned(sent, start - width, end, label, tables)
                or _took_over_ago(sent, start - width, end)
            ):
                break  # "handed over 30 captives", "took over three towns": a particle
            return tables.qualifiers_before[phrase], start - width
    return _estimated_of(sent, start)


#: Number words an article may stand before outside the model's span ("about a quarter of a million").
_ARTICLE_NUMBERS = frozenset(
    {"quarter", "third", "fifth", "half", "dozen", "hundred", "thousand", "million", "billion", "few"}
)

#: Verbs of passing a mark, read as "more than" only after a modal, "to" or a perfect auxiliary
#: ("could top 200", "is set to pass 1 million", "has passed 120 million"); bare "top" and "pass"
#: are too often a rank or a vote ("the top 10", "passed 12 bills").
_BOUND_VERBS = frozenset({"top", "pass", "passed", "exceed", "surpass", "break", "broken"})
_MODALS = frozenset(
    {"could", "would", "will", "may", "might", "should", "can", "to", "'ll", "has", "have", "had", "'s"}
)
#: Objects between a verb and its particle "up": "top it up to 70%" is a level, not "at most".
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me"})


def _verb_bound(sent: Doc, start: int, end: int) -> bool:
    """A verb of passing a mark after a modal or perfect, before a number that counts nothing.

    Fixes bounds written as verbs in disaster and market copy ("the toll could top 200", "has
    passed 120 million", "is expected to exceed $5bn") that were read exact. A plural noun after
    the number makes it an object ("has passed 12 bills", "could break 3 records", "could pass 3
    more"): only punctuation or a function word may follow; "the top 10" has a determiner, not a
    modal, before "top".
    """
    if start < 2 or sent[start - 1].lower_ not in _BOUND_VERBS or sent[start - 2].lower_ not in _MODALS:
        return False
    if sent[start - 1].lower_ in {"passed", "broken"} and sent[start - 2].lower_ in {"to", "will", "can"}:
        return False
    return end >= len(sent) or not sent[end].is_alpha or sent[end].lower_ in _AFTER_A_MARK


#: Words after a number that leave it a bare mark ("could top 200 this year", "by June").
_AFTER_A_MARK = frozenset(
    {"this", "next", "by", "in", "on", "at", "for", "before", "after", "within", "as", "and", "but",
     "when", "if", "until", "last", "soon", "early", "later", "a", "the", "mark",
     "threshold", "level"}
)  # fmt: skip


def _plural_word(token: Token) -> bool:
    """A plural noun by its letters (the NER doc has no tags): "cases", "Deaths"; not "the", "its"."""
    word = token.lower_
    return token.is_alpha and len(word) > 3 and word.endswith("s") and not word.endswith("ss")


#: Words that may stand between "estimated" and the "of" before a number: "an estimated street
#: value of", "the estimated death toll of" (content words, no numbers; the NER doc has no tags).
_ESTIMATE_REACH = 4
_ESTIMATE_DETERMINERS = frozenset({"an", "the", "a"})


def _estimated_of(sent: Doc, start: int) -> tuple[Qualifier, int]:
    """An estimate over a short noun phrase before "of": "an estimated street value of €95m".

    Only content words between (never a number: "an estimated 200 of the 900 homes"). Not
    "estimated at $3bn": the only labels of it (the quantities dev set) keep it exact.
    """
    if start < 3 or sent[start - 1].lower_ != "of":
        return Qualifier.EXACT, start
    for index in range(start - 3, max(-1, start - 3 - _ESTIMATE_REACH), -1):
        token = sent[index]
        if token.lower_ == "estimated":
            between = sent[index + 1 : start - 1]
            if all(t.is_alpha and not t.is_stop and not t.like_num for t in between):
                first = index - 1 if index > 0 and sent[index - 1].lower_ in _ESTIMATE_DETERMINERS else index
                return Qualifier.APPROXIMATELY, first
            break
        if not token.is_alpha:
            break
    return Qualifier.EXACT, start


#: Verbs whose "up" is a particle before "to" and a level: "ticked up to 3.9%", "revised up to 2%".
_MOVED_UP = frozenset(
    {"tick", "ticked", "ticks", "edge", "edged", "edges", "inch", "inched", "creep", "crept", "creeps",
     "move", "moved", "moves", "go", "went", "goes", "gone", "pick", "picked", "picks", "nudge", "nudged",
     "revise", "revised", "revises", "shoot", "shot", "shoots", "push", "pushed", "pushes"}
)  # fmt: skip

#: Counted things that an event is played over: "a race over 57 laps", "two goals over two legs".
_PLAYED_OVER = frozenset(
    {"lap", "laps", "inning", "innings", "hole", "holes", "round", "rounds", "set", "sets", "leg", "legs",
     "stage", "stages", "game", "games", "match", "matches", "season", "seasons"}
)  # fmt: skip

#: Participles before "over" and a duration that make it a span, not "more than": "conducted over
#: three days", "spread over five years" (but "lasted over three hours", "waited over an hour").
_DONE_OVER = frozenset(
    {"conducted", "carried", "held", "spread", "staged", "played", "run", "raced", "phased", "paid", "repaid",
     "built", "collected", "gathered", "recorded", "measured", "surveyed", "interviewed", "polled",
     "taken", "made", "completed", "scheduled", "split", "divided", "staggered", "scattered", "stretched",
     "stretching", "extending", "sprawling"}
)  # fmt: skip


#: Verbs in "-s" before "over" and a duration that make it "more than": "it lasts over three hours".
_LASTING = frozenset(
    {"lasts", "takes", "spends", "waits", "serves", "remains", "stays", "runs", "was", "is", "has"}
)


#: Words whose "over" names a topic, not "more than": "a dispute over 2 million euros in fees",
#: "fears over 400 job cuts", "presided over 14 meetings" (a bound there is written "more than").
_TOPIC_OVER = frozenset(
    {"dispute", "disputes", "disputed", "row", "rows", "argued", "argue", "argument", "arguments", "clash",
     "clashed", "clashes", "battle", "battled", "concern", "concerns", "concerned", "fears", "worries",
     "anger", "outrage", "uproar", "furore", "fury", "criticism", "talks", "negotiations", "lawsuit",
     "suit", "sued", "probe", "controversy", "scandal", "feud", "standoff", "tensions", "wrangle",
     "wrangling", "presided", "preside", "presides", "presiding", "questioned", "quarrel"}
)  # fmt: skip

#: Verbs whose "over" is a particle before a time that ends in "ago": "who took over 18 months ago".
_TAKE_OVER = frozenset({"take", "takes", "took", "taken", "taking", "handed", "hand", "hands", "handing"})


def _took_over_ago(sent: Doc, over: int, end: int) -> bool:
    """Whether "over" is a particle: "took over two years ago" is when, not "more than"."""
    return (
        over > 0
        and sent[over - 1].lower_ in _TAKE_OVER
        and any(t.lower_ == "ago" for t in sent[end : end + 3])  # the unit stands between
    )


def _spread_over_time(before: Token) -> bool:
    """A plural noun or a sum before "over" and a duration: "350 jobs over two years", "£3m over 10 years"."""
    word = before.lower_
    if any(c.isdigit() for c in word) or word in SCALES or word in {"%", "cent", "percent"}:
        return True
    return (
        word.isalpha()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _LASTING
    )


#: Units of the ground a thing is spread over ("spread over 900 hectares").
_EXTENT_UNITS = frozenset(
    {"hectare", "acre", "square metre", "square kilometre", "square mile", "square foot", "kilometre", "mile",
     "metre"}
)  # fmt: skip


def _spanned(sent: Doc, over: int, end: int, label: str, tables: FactTables) -> bool:
    """Whether "over" at ``over`` is a preposition of extent ("over 57 laps"), not "more than"."""
    if over == 0:
        return False
    before = sent[over - 1]
    if label == DURATION:  # durations are not parsed: the word before decides
        return before.lower_ in _DONE_OVER or _spread_over_time(before) or _noun_after_determiner(sent, over)
    following = sent[end] if end < len(sent) else None
    if following is None:
        return False
    if before.lower_ in _DONE_OVER and following.lower_ in tables.units:
        return tables.units[following.lower_] in _EXTENT_UNITS  # "spread over 900 hectares"
    return following.lower_ in _PLAYED_OVER and (
        before.tag_ in {"NN", "NNS"} or before.lower_ in _DONE_OVER or before.like_num
    )  # "struck out 11 over seven innings": a tally spread over the innings


#: Determiners before a noun that a span "over" a duration may follow.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "your"})


def _noun_after_determiner(sent: Doc, over: int) -> bool:
    """A determiner and one word before "over" and a duration: a thing spread over the time.

    "sold the drug over six months", "repay the loan over five years" (the NER doc has no tags;
    "lasted over", "in over" stay bounds).
    """
    return (
        over > 1
        and (sent[over - 2].lower_ in _DETERMINERS or _of_a_thing(sent, over))
        and sent[over - 1].is_alpha
        and sent[over - 1].lower_ not in _LASTING
    )


def _of_a_thing(sent: Doc, over: int) -> bool:
    """A measured thing before "over" and a duration: "moved 2.2 tonnes of cocaine over four years".

    Court and drugs copy gives the amount, then the span it was moved or sold over; only after a
    number a few words back ("a wait of over two hours" has none, and stays "more than").
    """
    return (
        over > 3
        and sent[over - 2].lower_ == "of"
        and any(t.like_num for t in sent[max(0, over - 6) : over - 2])
    )


def _counted_word(sent: Doc, end: int) -> bool:
    """A lower-case word right after the number, which a bound may follow ("250 employees or fewer")."""
    return end < len(sent) and sent[end].is_alpha and sent[end].is_lower and not sent[end].is_stop


#: After-bounds read past a counted noun: "or"/"and" phrases and "at most"/"at least" (not "plus",
#: "-odd" or "odd", which belong to the number).
_BOUNDS_AFTER_A_NOUN = ("or ", "and ", "at ")


def _qualifier_after(
    sent: Doc, end: int, tables: FactTables, *, money: bool = False, bound_only: bool = False
) -> tuple[Qualifier | None, int]:
    """A qualifier right after the numeral or its unit ("or more", "-odd"), and where it ends.

    A spaced "plus" before more words adds a second thing ("£60m plus £10m in add-ons", "$5 plus
    tax"); it bounds a sum only at the clause's end, a count unless a number or article follows
    ("200 plus people" is more than 200, "12 plus 3" a sum).
    """
    if end >= len(sent) or sent[end].lower_[:1] not in tables.qualifier_after_starts:
        return None, end
    tokens = list(sent[end : end + 4])
    written = [t.text_with_ws.lower() for t in tokens]
    lowers = [t.lower_ for t in tokens]
    for width in range(len(tokens), 0, -1):
        as_written = "".join(written[: width - 1]) + lowers[width - 1]  # the span's text, lower-cased
        for phrase in (as_written, " ".join(lowers[:width])):
            if phrase in tables.qualifiers_after:
                if phrase == "plus" and _adds(sent, end + 1, money):
                    continue
                if bound_only and not phrase.startswith(_BOUNDS_AFTER_A_NOUN):
                    continue
                return tables.qualifiers_after[phrase], end + width
    return None, end


def _adds(sent: Doc, after: int, money: bool) -> bool:
    """Whether a spaced "plus" before ``after`` joins a second amount or item, not a bound."""
    if after >= len(sent) or sent[after].is_punct:
        return False
    following = sent[after]
    return money or following.like_num or following.is_currency or following.lower_ in {"a", "an", "the"}


#: Qualifiers that may stand between "between" and a range's first number ("between about 5,000 and 6,000").
_INSIDE_BETWEEN = frozenset({"about", "around", "roughly", "approximately", "some", "nearly", "almost"})


def _word_before_range(sent: Doc, start: int) -> str:
    """The word before a numeral, skipping a qualifier after "between" ("between about 5,000 and 6,000").

    Fixes ranges with a qualifier inside, which read as no number at all.
    """
    if start == 0:
        return ""
    before = sent[start - 1].lower_
    if before in _INSIDE_BETWEEN and start > 1 and sent[start - 2].lower_ == "between":
        return "between"
    return before


def _range(numeral: str, before: str, money: bool) -> tuple[float, float] | None:
    """``(low, high)`` of "200-300", "two to three", "between 200 and 300"; None when not a range."""
    lowered = numeral.lower().replace("%-", "-")  # "5.25%-5.5%": a rate band
    pieces: list[str] | None = None
    match = (
        _RANGE_DIGITS.match(lowered)
        or _RANGE_SLASH.match(lowered)
        or (_RANGE_SCALED.match(lowered) if money else None)
    )
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
