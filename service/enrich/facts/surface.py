"""How wire copy writes a quantity inside one token or right around it.

Units and scales glued to the number ("450km", "3min", "1.2bn", "RM3.06mil", "115USD"),
currency prefixes ("US$5.4m", "Y=5.2", "PS25m" where a feed lost the pound sign), signs
("-1.3%", "minus 5"), and the time units that make a number a duration or an age.
"""

import re
from dataclasses import dataclass

from spacy.tokens import Token

from service.enrich.facts.tables import Currency, FactTables

#: Scale words glued to a number: "35m", "1.2bn", "50k", "3.06mil", "35 lakh".
SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "trillion": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
#: Currency prefixes only written in capitals against the number ("PS25m", "RM3", "Y=5.2").
_CASED_PREFIXES = frozenset({"PS", "RM", "Y=", "Rs", "Rs.", "R$", "NT$", "$A", "R"})
_GLUED = re.compile(
    r"^(?P<pre>[A-Za-z]{0,3}\$|\$A|Rs\.?|RM|PS|Y=|R|±|[€£¥₹₩₽₦₿]|[A-Z]{3})?"
    r"(?P<num>[-−]?\d[\d,]*(?:\.\d+)?)"
    r"(?P<suf>[A-Za-z°²³µ][A-Za-z°²³/0-9]*)?$"
)
_TIME_WORDS = {
    "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}  # fmt: skip
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|thousand|dozen|a|an|several|few|couple|half|and|of)"
)
#: Where a time unit word may start, in lower-cased text; the whole word is checked afterwards.
_TIME_UNIT = re.compile(r"(?:sec|min|hour|hr|day|week|fortnight|month|quarter|year|yr|decade|centur)[a-z]*")
_NUMBER_WORDS = frozenset(_NUMBER_WORD[3:-1].split("|"))
#: The digits before a unit; a mixed fraction is one number ("7 1/2 years", not "1/2 years"), and
#: so is a vulgar one glued on ("jailed for 4½ years", which was no fact).
_DIGITS_BEFORE = re.compile(r"((?:\d+(?:\s+|-))?\d/\d{1,2}|\d[\d,]*(?:\.\d+)?[½¼¾⅓⅔]?)[\s-]*$")
_WORD_BEFORE = re.compile(r"([a-z]+)[\s-]*$")
_OLD_AFTER = re.compile(r"[\s-]*olds?\b|\s+of\s+age\b")
#: A word between a number and its time unit: "15 consecutive months", "two further years", and
#: the kinds of time of aviation, labour and contract copy ("14,000 flight hours", "3,000
#: man-hours", "80 working days", "two calendar months"), which were counts of "hours" or no fact.
TIME_FILLERS = frozenset(
    {"consecutive", "straight", "successive", "further", "additional", "flight", "working", "calendar",
     "business", "trading", "man", "person"}
)  # fmt: skip
_FILLER_BEFORE = re.compile(rf"(?<![a-z])(?:{'|'.join(sorted(TIME_FILLERS))})[\s-]+$")
#: Number words a time unit's number may span ("ninety five", "twenty-one").
_MOST_WORDS = 5


@dataclass(frozen=True, slots=True)
class TimePhrase:
    """A number and the time unit after it; ``old`` when the phrase is an age ("-year-old")."""

    number_start: int
    number_end: int
    number: str
    old: bool
    unit: str
    unit_end: int


def time_phrases(lowered: str) -> list[TimePhrase]:
    """Every "three years", "18-month-old", "90 day old", "3min" in ``lowered`` (lower-case text)."""
    found = []
    for unit in _TIME_UNIT.finditer(lowered):
        at = unit.start()
        if unit.group() not in _TIME_WORDS or (at > 0 and lowered[at - 1].isalpha()):
            continue
        filler = _FILLER_BEFORE.search(lowered, max(0, at - 14), at)
        span = _number_before(lowered, filler.start() if filler else at)
        if span is None:
            continue
        start, end = span
        if start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] in ".,"):
            continue
        if lowered.endswith("-in-", 0, start):
            continue  # "a 1-in-100-year flood": odds that name a kind of event, not a stretch of time
        old = _OLD_AFTER.match(lowered, unit.end()) is not None
        found.append(TimePhrase(start, end, lowered[start:end], old, _TIME_WORDS[unit.group()], unit.end()))
    return found


def _number_before(lowered: str, at: int) -> tuple[int, int] | None:
    """Character bounds of the digits or number words that end right before ``at``."""
    window = lowered[max(0, at - 60) : at]
    offset = at - len(window)
    digits = _DIGITS_BEFORE.search(window)
    if digits is not None:
        return offset + digits.start(1), offset + digits.end(1)
    start = end = None
    for _ in range(_MOST_WORDS):
        word = _WORD_BEFORE.search(window)
        if word is None or word.group(1) not in _NUMBER_WORDS:
            break
        start, end = offset + word.start(1), end or offset + word.end(1)
        window = window[: word.start(1)]
    return (start, end) if start is not None and end is not None else None


SCIENTIFIC_TOKEN = re.compile(r"\d[×x·]10[-−–]?\d|^\d+(?:\.\d+)?e[-+]?\d+$")
#: Words before a number that make it an age: "aged 35", "at age 87", "ages 5 to 11".
AGE_BEFORE = frozenset({"aged", "age", "ages"})


@dataclass(frozen=True, slots=True)
class Glued:
    """A token that is a number with a currency, scale or unit written against it."""

    number: str
    currency: Currency | None
    scale: str | None
    unit: str | None


def read_glued(text: str, tables: FactTables) -> Glued | None:
    """The parts of "US$5.4m", "RM3.06mil", "450km", "115USD", "-1.3"; None when it is not one."""
    match = _GLUED.match(text)
    if match is None:
        return None
    pre, number, suffix = match.group("pre"), match.group("num"), match.group("suf") or ""
    currency = None
    if pre == "R" and not _rand_sum(number, suffix):
        return None  # "R21", "R5": road and model names
    if pre == "±":
        pre = ""  # a poll's margin "±2.2 percentage points": the size, as "plus or minus 2.2"
    if pre:
        currency = tables.currencies.get("rand" if pre == "R" else pre.lower())
        if currency is None or (pre.isalpha() and pre not in _CASED_PREFIXES and not pre.isupper()):
            return None
        if pre == "PS" and not _sizeable(number, suffix):
            return None  # "PS5": a product name, not five pounds
    scale = unit = None
    lower = suffix.lower()
    if suffix:
        if lower in SCALES:
            scale = lower
        elif lower == "sq":
            unit = "sq"  # "3,923sq m": the next word completes the unit
        elif len(suffix) == 3 and suffix.isalpha() and lower in tables.currencies and currency is None:
            currency = tables.currencies[lower]  # "115USD"
        elif suffix == "p" and currency is None and number not in _VIDEO_LINES:
            currency = tables.currencies["pence"]  # "584p": a London share price in pence
        elif lower[:1] in {"k", "m"} and lower[1:] in _SCALED_UNITS:
            # "52koz", "1.2Moz": mining copy's thousands and millions of ounces (the scale as a word)
            scale, unit = ("thousand" if lower[0] == "k" else "million"), tables.units[lower[1:]]
        elif lower in tables.units:
            unit = tables.units[lower]
        elif lower in _TIME_WORDS:
            unit = _TIME_WORDS[lower]
        else:
            return None
    return Glued(number.replace("−", "-"), currency, scale, unit)


#: Units glued after a "k" (thousands) or "m" (millions) scale in mining copy: "52koz", "1.2Moz".
_SCALED_UNITS = frozenset({"oz"})


def _rand_sum(number: str, suffix: str) -> bool:
    """Whether "R" glued before a number is South Africa's rand: "R1.2 million", "R4,500", "R2bn".

    Fixes rand sums in South African copy, which were no fact. Only with a decimal point, a
    thousands comma or a scale: road and model names ("the R21", "an R8") have neither.
    """
    return "." in number or "," in number or suffix.lower() in SCALES


def _sizeable(number: str, suffix: str) -> bool:
    return bool(suffix) or "." in number or len(number.replace(",", "")) >= 2


def time_unit(word: str) -> str | None:
    """The time unit a word names ("hrs" -> "hour"), or None."""
    return _TIME_WORDS.get(word.lower())


def glued_form(token: Token, tables: FactTables) -> Glued | None:
    """The token as a number with a unit, scale or currency against it (None when plain or not one)."""
    if not any(c.isdigit() for c in token.text):
        return None
    text = glued_text(token)
    glued = read_glued(text, tables)
    if glued is None:
        return None
    suffix = text[len(text.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) :]
    one_letter = len(suffix) == 1 and suffix not in _ONE_LETTER_SUFFIXES and glued.currency is None
    if one_letter and (suffix != "W" or _longitude(token) or _route(token)):
        return None  # "5G", "3D", "1990s", "4K": names and decades, not units
    return glued


#: A latitude glued to its hemisphere ("30N"), before a longitude that is no wattage ("45W").
_LATITUDE = re.compile(r"^\d[\d.]*°?[NS]$")


def _longitude(token: Token) -> bool:
    """Whether "45W" is a longitude after a latitude, not the watts of a charger ("45W charging").

    Fixes glued watts in product copy ("a 65W charger"), which were no fact: "W" was left out of
    the one-letter units for its use as west.
    """
    return token.i > 0 and _LATITUDE.match(token.doc[token.i - 1].text) is not None


#: Words after a number and letter that make it a route's or line's name: "the 9W bus".
_ROUTE_WORDS = frozenset({"bus", "buses", "route", "line", "train", "tram", "service", "express"})


def _route(token: Token) -> bool:
    """Whether "9W" names a bus route or line ("the 9W bus"), not the watts of a charger.

    Fixes transport copy where a route's name was read as a wattage; the word after decides.
    """
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _ROUTE_WORDS


def glued_text(token: Token) -> str:
    """The token without the full stop the tokenizer keeps at a sentence's end ("40C.", "m.", "km/h.")."""
    text = token.text
    stopped = _CAPITAL_UNIT_STOP.match(text) or text in SCALE_STOPS or _WORD_STOP.match(text)
    return text[:-1] if stopped else text


#: A unit word of three letters or more with the sentence's full stop: "points.", "km/h.".
_WORD_STOP = re.compile(r"^[A-Za-z/]{3,}\.$")


#: A scale word ending a sentence, with its full stop: "worth €95m." (the sum ends before the stop).
SCALE_STOPS = frozenset({"m.", "bn.", "mn.", "k."})


#: "40C.", "95F.": the tokenizer reads a capital after digits and a full stop as an initial.
_CAPITAL_UNIT_STOP = re.compile(r"^[-−]?\d[\d,]*(?:\.\d+)?[CF]\.$")


#: Video resolutions written like pence ("1080p"): never a price.
_VIDEO_LINES = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})

#: One-letter suffixes that are units or scales: "100m", "50k", "5g", "$3b", "35C", "95F".
_ONE_LETTER_SUFFIXES = frozenset({"m", "k", "g", "b", "C", "F"})
