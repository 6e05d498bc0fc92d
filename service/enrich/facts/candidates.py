"""Numeral candidates: the model's numeric spans and the bare numerals it missed, before any parse.

Candidates are the model's CARDINAL/MONEY/PERCENT/QUANTITY spans plus bare numerals it left out
(a currency symbol before and a scale word after join them, two numbers joined by "or"/"to" are one
range). What the words alone rule out goes here: times, ordinals, ages, dates, phone numbers,
street addresses, labels ("page 5") and numbers glued to letters ("F-16").
"""

import re

from spacy.tokens import Doc, Token

from service.enrich.facts.numbers import is_number_word, is_vague_plural, parse_number
from service.enrich.facts.parse import token_at
from service.enrich.facts.tables import FactTables

#: Model labels whose spans are quantities.
NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})

_AGE_AFTER = re.compile(r"^\s*-?\s*(?:year|month|week|day)s?\s*-?\s*olds?\b", re.IGNORECASE)

#: "one-car crash", "two-time winner", "50 or older": adjectives and ages, not counts.
_COMPOUND_AFTER = re.compile(
    r"^-(?!odd\b|plus\b|strong\b)[a-z]|^\s+or (?:older|younger|over)\b", re.IGNORECASE
)

#: "the 900 block of", "12 Downing Street", "165 Route 31": street addresses.
_ADDRESS_AFTER = re.compile(
    r"^\s+(?:block of\b|(?!(?:On|In|At|Of|For|To|From|By|After|Near|As|And)\b)(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace)\b"
    r"|(?:Route|Highway|Hwy|Interstate|CR|County Road|State Road|SR)\s+\d)"
)

#: Month names next to a number make it a date ("17 September"); "May" and "March" are left out
#: because they are also words ("400 may have died", "5,000 march").
_MONTHS = frozenset(
    {"january", "february", "april", "june", "july", "august", "september", "october", "november",
     "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."}
)  # fmt: skip

_AGE_BEFORE = frozenset({"aged", "age", "ages"})

_PHONE_BEFORE = frozenset({"call", "phone", "tel", "telephone", "hotline", "dial", "fax", "text", "whatsapp"})

_TIME_AFTER = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "est", "et", "pst", "cet", "hrs"})

_PHONE_CHARS = frozenset("0123456789 -().+/")

_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)

_NUMERAL_TEXT = re.compile(
    r"\d+|\b(?:dozens|scores|tens|hundreds|thousands|millions|billions)\b", re.IGNORECASE
)

_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "mn", "m", "k", "tn"})

_COUNT_WORDS = frozenset({"a", "an", "several", "few", "couple"})


def numeral_cores(doc: Doc, text: str, tables: FactTables) -> list[tuple[tuple[int, int], str]]:
    """Numeral bounds and model label of the candidates that the words alone do not rule out."""
    return [
        (core, label)
        for start, end, label in _candidates(doc, text, tables)
        if (core := _core(doc, start, end, tables)) is not None
        and not _not_a_fact(doc, text, core, label, tables)
    ]


def _bare_numeral(token: Token) -> bool:
    """A numeral the model left out of every entity ("hundreds", "300", "3bn")."""
    if token.ent_iob_ != "O":
        return False
    if is_vague_plural(token.text):
        return True
    return any(c.isdigit() for c in token.text) and parse_number(token.text, money=True) is not None


def _candidates(doc: Doc, text: str, tables: FactTables) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of numeric entities and bare numerals, in text order.

    A currency symbol before a bare numeral and a scale word after a span join it ("€" "3bn",
    "£25" "m"); two numbers joined by "or", "to" or a dash are one range ("three or four").
    ``text`` is ``doc.text``; bare numerals are found in it by a regular expression.
    """
    found = [
        (ent.start - 1, ent.end, "MONEY")
        if _symbol_before(doc, ent.start, tables)
        else (ent.start, ent.end, ent.label_)
        for ent in doc.ents
        if ent.label_ in NUMERIC_LABELS
    ]
    starts: list[int] | None = None
    for match in _NUMERAL_TEXT.finditer(text):
        starts = starts if starts is not None else doc.to_array("IDX").tolist()
        token = doc[token_at(starts, match.start())]
        if _bare_numeral(token):
            symbol = _symbol_before(doc, token.i, tables)
            found.append((token.i - 1 if symbol else token.i, token.i + 1, "MONEY" if symbol else ""))
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(found):
        while (
            end < len(doc)
            and doc[end].lower_ in _SCALE_WORDS
            and (label == "MONEY" or len(doc[end]) > 2 or not doc[end - 1].whitespace_)
        ):
            end += 1  # "£25" "m", "1.2" "million", "14" "m" (read as millions only before a plural noun)
        if merged and merged[-1][2] in {label, "", "CARDINAL"} and _joins_range(doc, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end, merged[-1][2] or label)
            continue
        merged.append((start, end, label))
    return merged


def _symbol_before(doc: Doc, index: int, tables: FactTables) -> bool:
    """Whether a currency symbol the model left out stands right before token ``index`` ("$" "1,000")."""
    if index == 0:
        return False
    before = doc[index - 1]
    return before.lower_ in tables.currencies and not before.is_alpha and before.ent_iob_ == "O"


def _joins_range(doc: Doc, left_end: int, right_start: int) -> bool:
    """Whether one token between two numbers makes them a range."""
    if right_start - left_end != 1:
        return False
    joiner = doc[left_end].lower_
    if joiner == "and":
        return any(t.lower_ == "between" for t in doc[max(0, left_end - 6) : left_end])
    return joiner in {"or", "to", "-", "–", "—"}


def _core(sent: Doc, start: int, end: int, tables: FactTables) -> tuple[int, int] | None:
    """The numeral tokens of a candidate, without the qualifier words the model included."""
    for index in range(start, end):
        token = sent[index]
        lower = token.lower_
        if token.like_num or is_number_word(lower) or (lower in tables.currencies and not lower.isalpha()):
            while (
                index > 0
                and lower in _SCALE_WORDS | {"dozen", "hundred"}
                and sent[index - 1].lower_ in _COUNT_WORDS
            ):
                index -= 1  # "a dozen", "several hundred", "a few thousand"
            words = [t.lower_ for t in sent[max(0, index - 2) : index]]
            if (
                lower in _SCALE_WORDS
                and words
                and (words[-1] == "half" or words in (["quarter", "of"], ["half", "of"]))
            ):
                index -= len(words) if words[-1] == "of" else 1  # "a quarter of a million", "half a million"
            return index, end
        if lower in {"half", "quarter"}:
            return index, end
    return None


def _not_a_fact(sent: Doc, text: str, core: tuple[int, int], label: str, tables: FactTables) -> bool:
    """Times, ordinals, ages, phone numbers, labels and names, decided from the words alone."""
    start, end = core
    numeral = sent[start:end].text
    before = sent[start - 1] if start > 0 else None
    after = sent[end] if end < len(sent) else None
    if ":" in numeral or _ORDINAL.match(numeral) or (after is not None and after.lower_ in _TIME_AFTER):
        return True
    following = text[sent[end - 1].idx + len(sent[end - 1].text) :]
    if _AGE_AFTER.match(following) or _COMPOUND_AFTER.match(following) or _ADDRESS_AFTER.match(following):
        return True
    if (before is not None and before.lower_ in _MONTHS) or (after is not None and after.lower_ in _MONTHS):
        return True  # a date the model missed: "17 September", "Sept. 17"
    if before is not None and before.lower_ in _AGE_BEFORE | _PHONE_BEFORE:
        return True
    if _phone_like(sent, text, start, end):
        return True
    if before is not None and before.lower_.rstrip(".") in tables.reference_nouns and label != "MONEY":
        return True
    char_before = text[sent[start].idx - 1] if sent[start].idx > 0 else " "
    # glued to letters: "F-16", "COVID-19"
    return char_before.isalpha() or (char_before == "-" and before is not None and before.text[:1].isalpha())


def _phone_like(sent: Doc, text: str, start: int, end: int) -> bool:
    """Seven or more digits in groups joined by spaces, dashes, dots or brackets."""
    left = sent[start].idx
    right = sent[end - 1].idx + len(sent[end - 1].text)
    while left > 0 and text[left - 1] in _PHONE_CHARS:
        left -= 1
    while right < len(text) and text[right] in _PHONE_CHARS:
        right += 1
    chunk = text[left:right].strip()
    groups = re.findall(r"\d+", chunk)
    return sum(len(g) for g in groups) >= 7 and len(groups) >= 3
