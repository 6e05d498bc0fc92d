"""Numerals as news writes them: "1,025", "1.2 million", "3bn", "two dozen", "hundreds".

Own code rather than a library (see README "Numeric facts"): no parser on PyPI reads vague plurals
("hundreds" is at least 200), and the ones that read "two dozen" cost milliseconds an article and
clash with each other's module names. The grammar here is small and closed.
"""

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Multipliers that close a group ("three thousand", "1.2 million", "3bn").
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,  # wire copy: "Y=812.4 bln", "10.2 bln shares"
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "mil": 1e6,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
#: Scale words that a second scale multiplies ("2.4 lakh crore", "5 thousand crore" in Indian copy).
_COMPOUNDING = frozenset({"lakh", "lakhs", "thousand"})
#: Vague plurals: the lower bound a reader can rely on ("hundreds" means at least 200).
_VAGUE = {
    "dozens": 24.0,
    "scores": 40.0,
    "tens": 20.0,
    "hundreds": 200.0,
    "thousands": 2e3,
    "millions": 2e6,
    "billions": 2e9,
    "trillions": 2e12,
}
#: Words that give a vague multiple of the next scale word: "several hundred", "a few thousand".
_VAGUE_COUNTS = {"several": 3.0, "few": 2.0, "couple": 2.0, "many": 2.0}
#: Denominators of fraction words: "a third", "two-thirds", "three quarters".
_FRACTIONS = {
    "third": 3, "thirds": 3, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10, "halves": 2,
}  # fmt: skip
_VULGAR = {
    "½": 0.5,
    "¼": 0.25,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
_FILLER = {"and", "of", "a", "an", "-"}
_PLURAL_SCALES = (["thousands"], ["millions"], ["billions"])
#: One-letter scales read only in money ("$5m", "3bn"); elsewhere "5m" is five metres.
_MONEY_ONLY_SCALES = {"k", "m", "b", "mil"}
#: "2.998×10−8", "6.02 x 10^23", "1.2e9".
_SCIENTIFIC = re.compile(
    r"^([-−]?\d+(?:\.\d+)?)\s*(?:[×x*·]\s*10\s*(?:\^|\*\*)?\s*([-−–]?\d+)|[eE]([-+]?\d+))$"
)
#: "1/2", "10 1/2", "7 3/4": a whole part and a fraction with a small denominator (not "9/11");
#: US and futures copy hyphenate it ("1-1/2 inches", "rose 7-1/4 cents", "$6.12-3/4": a fraction
#: of the last decimal place).
_SLASH_FRACTION = re.compile(r"^(?:(\d+(?:\.\d+)?)(?:\s+|\s*-\s*))?(\d+)\s*/\s*(\d+)$")
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32})
_SIGNED = re.compile(r"^(?:[-−]|minus\s+|negative\s+)(?=\S)", re.IGNORECASE)

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z]*)$")
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?[a-z]*|\.\d+|[a-z]+|-")


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A numeral's value; ``vague`` when it is a lower bound ("hundreds", "several thousand")."""

    value: float
    vague: bool = False


def number_words(text: str) -> list[str]:
    """Lower-cased numeral tokens of ``text``: digit groups, words and hyphens."""
    return _TOKEN.findall(text.lower().replace("\u2013", "-").replace("\u2014", "-"))


def is_number_word(word: str) -> bool:
    """Whether ``word`` (lower case) can be part of a numeral."""
    return (
        word in _UNITS
        or word in _TENS
        or word in _SCALES
        or word in _VAGUE
        or word in {"hundred", "dozen", "half", "quarter"}
        or word in _FRACTIONS
        or bool(_DIGITS.match(word))
    )


def _digit_value(word: str, money: bool) -> tuple[float, float] | None:
    """``(value, scale)`` of a digit token such as ``1,025``, ``3.5``, ``3bn``; None otherwise."""
    match = _DIGITS.match(word)
    if match is None:
        return None
    suffix = match.group(3)
    if suffix and (suffix not in _SCALES or (suffix in _MONEY_ONLY_SCALES and not money)):
        return None
    value = float(match.group(1).replace(",", "") + (match.group(2) or ""))
    return value, _SCALES.get(suffix, 1.0)


def _word_value(word: str) -> float | None:
    if word in _UNITS:
        return float(_UNITS[word])
    if word in _TENS:
        return float(_TENS[word])
    return None


def parse_number(text: str, *, money: bool = False) -> ParsedNumber | None:
    """Value of one numeral phrase, or None when ``text`` holds no numeral.

    ``money`` allows the one-letter scales of financial copy ("$5m", "£2b", "10k").

    >>> parse_number("two dozen").value, parse_number("half a million").value
    (24.0, 500000.0)
    """
    stripped = text.strip()
    sign = _SIGNED.match(stripped)
    if sign is not None:
        positive = parse_number(stripped[sign.end() :], money=money)
        return ParsedNumber(-positive.value, positive.vague) if positive is not None else None
    special = _special_value(stripped)
    if special is not None:
        return ParsedNumber(special)
    words = number_words(text)
    total = 0.0
    group = 0.0
    seen = False
    vague = False
    fraction: float | None = None
    pending_vague: float | None = None
    for index, word in enumerate(words):
        digit = _digit_value(word, money)
        if digit is not None:
            if group or (seen and total):
                return None  # "21-11", "1/4": a tally or a fraction, not one number
            value, scale = digit
            group += value
            if scale > 1:
                total += group * scale
                group = 0.0
            seen = True
            continue
        small = _word_value(word)
        if small is not None:
            group += small
            seen = True
        elif word in {"hundred", "dozen"}:
            vague = vague or (not group and pending_vague is not None)
            group = (group or _implicit(pending_vague)) * (100 if word == "hundred" else 12)
            seen = True
        elif word in {"half", "quarter"}:
            fraction = 0.5 if word == "half" else 0.25
        elif word in _SCALES and not group and index and words[index - 1] in _COMPOUNDING and total:
            total *= _SCALES[word]  # "1.5 lakh crore": a lakh of crores
        elif word in _SCALES and (money or word not in _MONEY_ONLY_SCALES):
            base = group or fraction or _implicit(pending_vague)
            if pending_vague is not None and not group:
                vague = True
            total += base * _SCALES[word]
            group, fraction, seen = 0.0, None, True
        elif word in _VAGUE:
            following = words[index + 1 : index + 3]
            if word in {"tens", "hundreds"} and following[:1] == ["of"] and following[1:] in _PLURAL_SCALES:
                continue  # "tens of thousands": the scale word carries the value
            if index >= 2 and words[index - 1] == "of" and words[index - 2] in {"tens", "hundreds"}:
                total += _VAGUE[words[index - 2]] * _SCALES.get(word[:-1], 1.0)
            else:
                total += _VAGUE[word]
            vague, seen = True, True
        elif word in _VAGUE_COUNTS:
            pending_vague = _VAGUE_COUNTS[word]
        elif word in _FRACTIONS:
            fraction = (group or 1.0) / _FRACTIONS[word]  # "a third", "three quarters", "two-thirds"
            group, seen = 0.0, True
        elif word not in _FILLER and seen:
            break
    if not seen:
        return None if fraction is None or total or group else ParsedNumber(fraction)
    return ParsedNumber(total + group + (fraction or 0.0), vague)


def _special_value(text: str) -> float | None:
    """Scientific notation, slash fractions and vulgar fractions; None for anything else."""
    match = _SCIENTIFIC.match(text)
    if match is not None:
        exponent = (match.group(2) or match.group(3)).replace("−", "-").replace("–", "-")
        return float(match.group(1).replace("−", "-")) * 10.0 ** int(exponent)
    match = _SLASH_FRACTION.match(text)
    if match is not None:
        whole, numerator, denominator = match.group(1) or "0", int(match.group(2)), int(match.group(3))
        if denominator in _FRACTION_DENOMINATORS and 0 < numerator < denominator:
            place = 10.0 ** -len(whole.partition(".")[2])  # "6.12-3/4" is 6.1275
            return float(whole) + numerator / denominator * place
        return None
    if text and text[-1] in _VULGAR:
        integer = text[:-1].strip()
        if not integer:
            return _VULGAR[text[-1]]
        if integer.isdigit():
            return int(integer) + _VULGAR[text[-1]]
    return None


#: "one in five", "1 in 10", "two in every three", "one out of every four": a share.
_PROPORTION = re.compile(r"^(\S+)\s+(?:in|out\s+of)\s+(?:every\s+)?(\S+(?:\s+\S+)?)$", re.IGNORECASE)


def proportion(text: str) -> float | None:
    """The share a phrase "N in M" names ("one in five" is 0.2); None for anything else.

    >>> proportion("One in five"), proportion("3 in every 10"), proportion("1 in 1")
    (0.2, 0.3, None)
    """
    match = _PROPORTION.match(text.strip())
    if match is None:
        return None
    part, whole = parse_number(match.group(1)), parse_number(match.group(2))
    if part is None or whole is None or part.vague or whole.vague or not 0 < part.value < whole.value:
        return None
    return part.value / whole.value


def _implicit(pending_vague: float | None) -> float:
    """The multiplier of a bare scale word: "a hundred" is 100, "several hundred" at least 300."""
    return pending_vague if pending_vague is not None else 1.0


def is_vague_plural(word: str) -> bool:
    """Whether ``word`` is a vague plural such as "hundreds" or "dozens"."""
    return word.lower() in _VAGUE
