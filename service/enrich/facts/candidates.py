"""Numeral candidates: the model's numeric spans and the bare numerals it missed, before any parse.

Candidates are the model's CARDINAL/MONEY/PERCENT/QUANTITY spans plus bare numerals it left out
(a currency symbol or code before and a scale word after join them, two numbers joined by "or"/"to"
are one range), numbers with a unit or currency glued on ("450km", "US$5m"), shares ("a third
of"), and the numbers of time phrases, labelled AGE ("a 70-year-old", "aged 35") or DURATION
("three years"), which need no parse. What the words alone rule out goes here: times, ordinals,
dates, phone numbers, street addresses and ZIP codes, labels ("page 5"), model and shirt numbers
("737 Max", "Mbeki (4)"), codes and numbers glued to letters ("MiG-29", "24703L202").
"""

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from service.enrich.facts.numbers import is_number_word, is_vague_plural, parse_number
from service.enrich.facts.parse import token_at
from service.enrich.facts.surface import (
    AGE_BEFORE,
    SCALE_STOPS,
    SCIENTIFIC_TOKEN,
    TimePhrase,
    glued_form,
    time_phrases,
    time_unit,
)
from service.enrich.facts.tables import FactTables
from service.enrich.text.article import AnalysedArticle

#: Model labels whose spans are quantities.
NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})

#: Labels this step gives candidates the model calls DATE or TIME: "three years", "aged 35".
AGE = "AGE"

DURATION = "DURATION"

#: Candidates whose fact needs no dependency parse: their windows are never parsed.
UNPARSED = frozenset({AGE, DURATION})

#: Leading words of a matched time phrase that are not part of its number ("and two days").
_TIME_FILLER = re.compile(r"^(?:(?:a|an|and|of|several|few|couple|half)[\s-]+)+", re.IGNORECASE)

#: A time phrase's number must hold a digit or a real number word ("a year" is not a fact).
_REAL_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|thousand|dozen)\b",
    re.IGNORECASE,
)

#: "the driver, 52, was": a number between commas right after a lower-case noun or a name.
_AGE_BETWEEN_COMMAS = re.compile(r", (?<=[a-z], )(\d{1,2})(?=, )")

#: "a third of", "two-thirds of", "half of": a share of something.
_FRACTION_OF = re.compile(
    r"\b((?:an?|one|two|three|four|five|seven|nine)[\s-]+(?:thirds?|quarters?|fifths?|tenths?|eighths?)|half)\s+of\b"
    r"(?!\s+(?:an?\s+)?(?:thousand|million|billion|trillion)\b)"  # "a quarter of a million" is one number
)

#: "one in five adults", "1 in 10", "two in every three", "one out of every four", "nine out of
#: 10": a share ("five out of eight tests" stays a count of a count).
#: Not "1-in-100-year" (hyphens), not "five in 2019" (a year), not "2 in 10 minutes" (a rate), not
#: "three for 31 in 42 balls" (a cricket figure: a share's first number is under ten).
#: "between 5 and 7 percent": a range of shares whose first number the model may tag DATE.
_SHARE_BETWEEN = re.compile(
    r"\b(between\s+\d+(?:\.\d+)?\s+and\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|pct\b))"
)
_PROPORTION_TEXT = re.compile(
    r"(?<![\w.,-])((?:one|two|three|four|five|six|seven|eight|nine|\d)\s+"
    r"(?:in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|a\s+thousand"
    r"|\d{1,3}(?:,\d{3})*)|out\s+of\s+(?:every\s+(?:two|three|four|five|six|seven|eight|nine|\d{1,3})"
    r"|ten|a\s+hundred|a\s+thousand|10|100|1,000)))"
    r"(?![\w.,-]?\d|[-\w])(?!\s+(?:sec|min|hour|hr|day|week|month|year|yr|decade|%|per\b|percent))"
)

#: "half the population", "less than half its value": a share without "of".
_HALF_THE = re.compile(r"\b(half)\s+(?:the|its|their)\s")

#: A share written with a hyphen before the noun it divides: "a one-third stake", "a
#: two-thirds majority" (the model seldom tags it; never an ordinal). A numerator above one takes a
#: plural ("a two-quarter slump" is a stretch of time).
_FRACTION_HYPHEN = re.compile(
    r"(?<![\w-])(one-(?:third|quarter|fifth|tenth|eighth)"
    r"|(?:two|three|four|five|seven|nine)-(?:thirds|quarters|fifths|tenths|eighths))(?![\w-])"
)

#: The size of a change as a share, after "by": "fell by nearly a fifth", "cut by half".
_FRACTION_BY = re.compile(
    r"\bby\s+(?:(?:nearly|almost|about|around|roughly|some|more than|less than|over|under|just|well"
    r"|as much as|up to|at least)\s+)?"
    r"((?:an?|one|two|three|four)[\s-]+(?:thirds?|quarters?|fifths?|tenths?)|half)\b(?!\s+(?:of|an?)\b)"
)

#: After "quarters": a share ("three quarters of", "three quarters million"), not three-month periods.
_QUARTER_SHARE = re.compile(r"\s+(?:of|thousand|million|billion|trillion)\b")

#: Words before "one day" that make it a stretch of time ("for one day", "in just one day").
_DURATION_BEFORE = frozenset(
    {
        "for",
        "in",
        "within",
        "after",
        "over",
        "than",
        "of",
        "last",
        "past",
        "first",
        "next",
        "only",
        "just",
        "a",
    }
)
_FRACTION_WORDS = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}
)
#: Words after "half" that make it a share of what follows: "half the population".
_SHARED = frozenset({"the", "its", "their"})
_NOT_A_SHARE_BEFORE = frozenset({"the", "first", "second", "latter", "other", "this", "that", "each"})

_SLASH_FRACTION_TOKEN = re.compile(r"^\d/\d{1,2}$")

#: A number opening a line and followed by "." or ")" and a capital: a list's position, "2. Smith".
_LIST_POSITION = re.compile(r"(?<![^\n])\d{1,3}[.)]\s+[A-Z]")

#: A US state's postal abbreviation right before five digits: a ZIP code ("PA 23456").
_ZIP_BEFORE = re.compile(r"^[A-Z]{2}$")

#: Letters, then a number, then more digits: part numbers and codes ("24703L202"), not quantities.
#: Also a drive or a grid written "4x4", "6x6": a vehicle's name, not a quantity.
_CODE_LIKE = re.compile(r"\d[A-Za-z]+\d{2,}|^[A-Za-z]+[-]?\d|^\d{1,2}x\d{1,2}$")

#: "She was 81.", "who is 84,": a person's age as the complement of "be" (the model calls it DATE).
_AGE_AFTER_BE = re.compile(
    r"(?:she(?<!\wshe)|he(?<!\whe)|who(?<!\wwho))"  # whole words; the words first let re skip ahead
    r"\s+(?:was|is|will be|would have been)\s+(\d{1,3})(?![.,]\d)(?=[.,;]|\s+(?:when|and)\b)"
)
_AGE_NUMBER = re.compile(r"age(?<!\wage)[ds]?\s+(\d{1,3})\b(?![.,]\d)")
#: "a boy aged five", "children aged seven and under": British copy spells small ages out after
#: "aged" (only there: "the age one starts school" is no age).
_AGE_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_AGE_WORDS = (
    rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_AGE_UNITS}))?"
    rf"|{_AGE_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_AGE_WORD = re.compile(rf"\baged\s+({_AGE_WORDS})\b")
#: "children aged eight to eighteen": one range, as "aged 18 to 65".
_AGE_WORD_TO = re.compile(rf"\baged\s+({_AGE_WORDS})\s+to\s+({_AGE_WORDS})\b")
#: "aged seven and nine": the second of two spelt ages.
_AGE_WORD_SECOND = re.compile(rf"\baged\s+(?:{_AGE_WORDS})\s+(?:and|or)\s+({_AGE_WORDS})\b")
#: "aged 16 and 17": the second of two ages (the first is :data:`_AGE_NUMBER`'s).
#: "aged between 24 and 58": both ages, one range (group 1 to group 2).
_AGE_BETWEEN = re.compile(r"age(?<!\wage)[ds]?\s+between\s+(\d{1,3})\s+and\s+(\d{1,3})\b(?![.,]\d)")
#: "aged 18 to 65", "ages 5-11": both ages, one range (group 1 to group 2).
_AGE_TO = re.compile(r"age(?<!\wage)[ds]?\s+(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})\b(?![.,]\d)")
_AGE_SECOND = re.compile(r"age(?<!\wage)[ds]?\s+\d{1,3}\s+(?:and|or)\s+(\d{1,3})\b(?![.,]\d)")

#: "people over 75", "children under 5": a group's age bound, when a clause word or a stop follows.
_AGE_BOUND = re.compile(
    r"\b(?:people|those|adults|men|women|patients|residents|children|pensioners|drivers|workers)"
    r"\s+(?:over|under|above|below)\s+(\d{1,3})(?![\d,.]\d)(?=[.,;:)]|\s+[a-z])"
    r"(?!\s*(?:%|per\b|percent|\w*met(?:re|er)s?\b|miles?\b|km\b|kg\b|kilo|pounds?\b|lbs?\b|feet\b|foot\b"
    r"|ft\b|inch|degrees?\b|mph\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|seconds?\b|tonnes?\b"
    r"|tons?\b|acres?\b|hectares?\b|million|billion|thousand|hundred|times\b|of\b|(?:m|cm|mm|g|mg|mi|yd|ha|l|ml)\b))"
)
#: "kids 12 and under", "seniors 65 and older": a group's age bound written after the number.
_AGE_AND_BOUND = re.compile(
    r"\b(?:people|adults|children|kids|students|seniors|teens|youths|players|residents|patients)"
    r"\s+(\d{1,2})\s+and\s+(?:under|younger|older|over|up)\b"
)
_AGE_AFTER = re.compile(r"^\s*-?\s*(?:year|month|week|day)s?\s*-?\s*olds?\b", re.IGNORECASE)

#: "one-vehicle collision", "two-time winner", "50 or older": adjectives and ages, not counts
#: (a quake's "6.1-magnitude" is its size, kept).
_COMPOUND_AFTER = re.compile(
    r"^-(?!odd\b|plus\b|strong\b|magnitude\b|(?:third|quarter|fifth|tenth|eighth)s?\b)[a-z]"
    r"|^\s+or (?:older|younger|over)\b",
    re.IGNORECASE,
)


_AGE_BEFORE = frozenset({"aged", "age", "ages"})

_PHONE_BEFORE = frozenset({"call", "phone", "tel", "telephone", "hotline", "dial", "fax", "text", "whatsapp"})

_TIME_AFTER = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "est", "et", "pst", "cet", "hrs"})

_PHONE_CHARS = frozenset("0123456789 -().+/")

#: A price per unit written as one compound after its number: "$4-a-share", "15-cent-an-hour".
_PRICE_RATE = re.compile(
    r"^(?:-(?:cents?|pence|dollars?|euros?|pounds?|yen))?-(?:a|an|per)-[a-z]+", re.IGNORECASE
)

#: A goalless score, "a 0-0 draw" (other scores fail to read as one number).
_GOALLESS = re.compile(r"^0\s*[-–]\s*0$")

#: Odds and ratios written with hyphens: "a 1-in-100-year flood", "a 10-for-1 stock split".
_ODDS = re.compile(r"\d\s*-\s*(?:in|for)-\d")

_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)

_DIGITS = re.compile(r"\d+")
#: Vague plurals ("hundreds"); searched only in a text holding one of :data:`_VAGUE_STEMS`.
_VAGUE_TEXT = re.compile(r"\b(?:dozens|scores|tens|hundreds|thousands|millions|billions)\b", re.IGNORECASE)
_VAGUE_STEMS = ("dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions")
#: Share words :data:`_FRACTION_OF` and :data:`_FRACTION_BY` need; a text without them is not searched.
_FRACTION_STEMS = ("third", "quarter", "fifth", "tenth", "eighth", "half")

_VULGAR_CHARS = "½¼¾⅓⅔⅛"

_VULGAR_TEXT = re.compile(f"[{_VULGAR_CHARS}]")

_SCALE_WORDS = frozenset(
    {"thousand", "million", "billion", "trillion", "bn", "bln", "mn", "mln", "mil", "m", "k", "tn", "lakh"}
    | {"crore"}
)

#: A number with thousands separators ("21,480.75").
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")

_COUNT_WORDS = frozenset({"a", "an", "several", "few", "couple"})


def numeral_cores(analysed: AnalysedArticle, tables: FactTables) -> list[tuple[tuple[int, int], str]]:
    """Numeral bounds and model label of the candidates that the words alone do not rule out."""
    doc, text = analysed.doc, analysed.source.text
    return [
        (core, label)
        for start, end, label in _candidates(doc, analysed.ents, text, tables)
        if (core := _core(doc, start, end, tables)) is not None
        and not _not_a_fact(doc, text, core, label, tables)
    ]


def _bare_numeral(token: Token, tables: FactTables) -> bool:
    """A numeral the model left out of every numeric entity ("hundreds", "300", "3bn", "450km")."""
    if token.ent_type_ in NUMERIC_LABELS:
        return False
    glued = glued_form(token, tables)
    if glued is not None and (glued.currency or glued.unit or glued.scale or token.text[0] == "±"):
        return True  # "USD115", "200lbs", "3min", "±2.2": the model often calls these GPE, DATE or PERSON
    if token.ent_iob_ != "O" and not (token.ent_type_ in {"DATE", "TIME"} and _GROUPED.match(token.text)):
        return _victims_not_a_year(token, tables) or _moved_from_to(
            token, tables
        )  # a date never has a thousands separator: "ended at 21,480.75"
    if is_vague_plural(token.text):
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return token.lower_ != "scores" or (
            following is not None and (following.lower_ == "of" or _scores_more(token))
        )  # "leading scores"; "scores of people", "scores more were hurt" count
    return any(c.isdigit() for c in token.text) and parse_number(token.text, money=True) is not None


def _scores_more(token: Token) -> bool:
    """Whether "Scores more were wounded" is a vague count; not "the final scores more or less"."""
    doc, i = token.doc, token.i
    after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    before = doc[i - 1].lower_ if i > 0 else ""
    return doc[i + 1].lower_ == "more" and after not in {"or", "than"} and before not in _SCORE_OWNERS


#: Words before "scores" that make it results, not a vague count ("the final scores", "test scores").
_SCORE_OWNERS = frozenset(
    {"the", "final", "their", "its", "his", "her", "our", "these", "those", "test", "high"}
)


def _moved_from_to(token: Token, tables: FactTables) -> bool:
    """A number of "rose from 40 to 52" that the model tags as a date or a time.

    Fixes revised tolls and counts that were no fact at all ("The death toll rose from 40 to 52
    overnight" is one TIME span for the model). Only both plain numbers of two or three digits
    (or grouped), after a change verb and "from", and no time unit or clock word after them
    ("from 9 to 5", "rose from 10 to 12 degrees" keep their own readings).
    """
    if token.ent_type_ not in {"DATE", "TIME"} or not _PLAIN_COUNT.match(token.text):
        return False
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].lower_ == "from" and i + 2 < len(doc) and doc[i + 1].lower_ == "to":
        first, second = i, i + 2
    elif i >= 4 and doc[i - 1].lower_ == "to" and doc[i - 3].lower_ == "from":
        first, second = i - 2, i
    else:
        return False
    after = doc[second + 1].lower_ if second + 1 < len(doc) else ""
    return (
        _PLAIN_COUNT.match(doc[first].text) is not None
        and _PLAIN_COUNT.match(doc[second].text) is not None
        and doc[first - 2].lower_ in tables.changes
        and time_unit(after) is None
        and after not in _CLOCK_AFTER
    )


#: A mobile network generation or a screen resolution: one digit and a capital G or K ("5G", "8K");
#: grams and thousands are written "5g", "50K".
_GENERATION = re.compile(r"^[2-8][GK]$")
_GENERATIONS = frozenset("2345678")

#: A count the model may tag as a date: two or three digits, or a grouped number ("1,480").
_PLAIN_COUNT = re.compile(r"^(?:\d{2,3}|\d{1,3}(?:,\d{3})+)$")
_CLOCK_AFTER = frozenset({"am", "pm", "a.m.", "p.m.", "o'clock", "hrs", "gmt", "bst", "et", "est"})


def _victims_not_a_year(token: Token, tables: FactTables) -> bool:
    """A lone number of two or three digits the model calls a date, right after a count-type word.

    "killing 12 and injuring 87": the model reads "87" as the year '87; after "injuring",
    "arrested" or "rescued" it counts people.
    """
    doc = token.doc
    return (
        token.ent_type_ == "DATE"
        and token.ent_iob_ == "B"
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
        and token.text.isdigit()
        and 2 <= len(token.text) <= 3
        and token.i > 0
        and doc[token.i - 1].lower_ in tables.count_types
    )


def _candidates(doc: Doc, ents: Sequence[Span], text: str, tables: FactTables) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of numeric entities and bare numerals, in text order.

    A currency symbol before a bare numeral and a scale word after a span join it ("€" "3bn",
    "£25" "m"); two numbers joined by "or", "to" or a dash are one range ("three or four").
    ``text`` is ``doc.text``; bare numerals are found in it by a regular expression.
    """
    found = [
        (ent.start - 1, _trimmed_end(doc, ent), "MONEY")
        if _symbol_before(doc, ent.start, tables)
        else (ent.start, _trimmed_end(doc, ent), ent.label_)
        for ent in ents
        if ent.label_ in NUMERIC_LABELS
    ]
    starts: list[int] | None = None
    vulgar = _VULGAR_TEXT.finditer(text) if any(c in text for c in _VULGAR_CHARS) else ()
    folded = text.lower()
    vague = _VAGUE_TEXT.finditer(text) if any(stem in folded for stem in _VAGUE_STEMS) else ()
    # the model's own numeric spans are candidates already; "1,250,000" is one token, three matches
    seen = {i for ent in ents if ent.label_ in NUMERIC_LABELS for i in range(ent.start, ent.end)}
    for match in (*_DIGITS.finditer(text), *vague, *vulgar):
        starts = starts if starts is not None else doc.to_array("IDX").tolist()
        index = token_at(starts, match.start())
        if index in seen:
            continue
        seen.add(index)
        token = doc[index]
        symbol = _symbol_before(doc, token.i, tables)
        if (_bare_numeral(token, tables) or (symbol and token.ent_type_ not in NUMERIC_LABELS)) and not (
            found and found[-1][:2] == (token.i, token.i + 1)
        ):
            victims = (token.ent_type_ == "DATE" and _victims_not_a_year(token, tables)) or _moved_from_to(
                token, tables
            )  # a count, not a stray
            found.append(
                (token.i - 1 if symbol else token.i, token.i + 1, "MONEY" if symbol else victims * "CARDINAL")
            )
    found = _with_ages_and_durations(doc, text, [p for c in found for p in _split_listed(doc, c, tables)])
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(found):
        while (
            end < len(doc)
            and (doc[end].lower_ in _SCALE_WORDS or (label == "MONEY" and doc[end].lower_ in SCALE_STOPS))
            and (label == "MONEY" or len(doc[end]) > 2 or not doc[end - 1].whitespace_)
        ):
            end += 1  # "£25" "m", "1.2" "million", "14" "m" (read as millions only before a plural noun)
        if merged and _fraction_of_scale(doc, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end, merged[-1][2] or label)  # "A quarter" "of a" "million"
            continue
        fraction = _SLASH_FRACTION_TOKEN.match(doc[start].text)
        if merged and fraction and _fraction_follows(doc, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end, label or merged[-1][2])  # "10" "1/2 miles", "$6.12" "-" "3/4"
            continue
        if (
            merged
            and merged[-1][2] in {label, "", "CARDINAL"}
            and _joins_range(doc, merged[-1][1], start)
            and not _two_amounts(doc, merged[-1], end, tables)
            and not _descending(doc, merged[-1], (start, end))
        ):
            merged[-1] = (merged[-1][0], end, merged[-1][2] or label)
            continue
        merged.append((start, end, label))
    return merged


def _fraction_follows(doc: Doc, left_end: int, start: int) -> bool:
    """Whether a slash fraction at ``start`` ends the number before it: "10 1/2", "6.12-3/4"."""
    if left_end == start:
        return True
    hyphen = doc[left_end]
    return (
        start == left_end + 1
        and hyphen.text == "-"
        and not hyphen.whitespace_
        and not doc[left_end - 1].whitespace_
    )


def _trimmed_end(doc: Doc, ent: Span) -> int:
    """Where a model span ends without a trailing joiner: "$4.1 billion to" then "$4.3 billion".

    The joiner is left for the range join, which reads the two amounts as one range or as two; so
    is the second amount's currency sign when the model took it too ("$7.00 to $" "7.40").
    """
    end = ent.end
    if end - ent.start > 2 and doc[end - 1].is_currency and doc[end - 2].lower_ in {"to", "or", "and"}:
        return end - 2
    if end - ent.start > 1 and doc[end - 1].lower_ in {"to", "or", "and"}:
        return end - 1
    return end


def _fraction_of_scale(doc: Doc, left_end: int, right_start: int) -> bool:
    """Whether "of (a)" joins a fraction ending at ``left_end`` to a scale word: "a quarter of a million"."""
    if not 0 < right_start - left_end <= 2 or left_end == 0:
        return False
    if doc[left_end - 1].lower_ not in _FRACTION_WORDS:
        return False
    between = [t.lower_ for t in doc[left_end:right_start]]
    return between in (["of"], ["of", "a"], ["of", "an"]) and doc[right_start].lower_ in _SCALE_WORDS


def _split_listed(
    doc: Doc, candidate: tuple[int, int, str], tables: FactTables
) -> list[tuple[int, int, str]]:
    """One span the model gave to two amounts, cut between them: "50 dollars 40 yuan", "5 feet 4 inches".

    The cut goes before a number that follows another number's currency or unit word, and around
    "to" or "or" between two numbers that fall ("61% to 39%", see :func:`_descending`) or that
    are a change and the level it reached (:func:`_two_amounts`).
    """
    start, end, label = candidate
    pieces = []
    for index in range(start + 2, end):
        marker, number = doc[index - 1].lower_, doc[index - 2]
        numeral = doc[index].like_num or doc[index].text[:1].isdigit()
        if (
            numeral
            and (marker in tables.currencies or marker in tables.units)
            and (number.like_num or is_number_word(number.lower_))
        ):
            pieces.append((start, index, label))
            start = index
        elif numeral and (
            _descending(doc, (start, index - 1, label), (index, end))
            or (
                marker == "to"
                and index - 1 > start
                and _two_amounts(doc, (start, index - 1, label), end, tables)
            )
        ):  # "fell by 12,000 to 209,000": the change, then the level
            pieces.append((start, index - 1, label))
            start = index
    return [*pieces, (start, end, label)]


def _with_ages_and_durations(
    doc: Doc, text: str, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``found`` plus the numbers of time phrases ("three years", "18-month-old", "aged 35").

    A time phrase replaces any candidate it overlaps: the model calls "20 minutes" QUANTITY.
    """
    spans: list[tuple[int, int, str]] = []
    starts: list[int] | None = None
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for phrase in time_phrases(lowered):
        halved = phrase.number in {"half a", "half an"}  # "half an hour"
        if not (_REAL_NUMBER.search(phrase.number) or halved or _one_unit_bounded(lowered, phrase)):
            continue
        if phrase.unit == "quarter" and (
            _QUARTER_SHARE.match(lowered, phrase.unit_end)
            or (phrase.number.isdigit() and len(phrase.number) > 2)
            or (
                lowered[phrase.number_end : phrase.number_end + 1] == "-"
                and lowered[phrase.unit_end - 1] == "s"
            )
        ):
            continue  # "three quarters of voters", "a three-quarters majority": shares; "the 1994 quarter"
        lead = None if halved else _TIME_FILLER.match(phrase.number)
        first_char = phrase.number_start + (lead.end() if lead else 0)
        starts = starts if starts is not None else doc.to_array("IDX").tolist()
        first, last = token_at(starts, first_char), token_at(starts, phrase.number_end - 1)
        before = doc[first - 1].lower_ if first > 0 else ""
        label = AGE if phrase.old or before in AGE_BEFORE else DURATION
        if label == DURATION and _some_day(doc, first, last, phrase.number):
            continue  # "one day China will pay": some day, not a stretch of one day
        if (
            label == DURATION
            and phrase.unit == "second"
            and text[phrase.unit_end - 6 : phrase.unit_end] == "Second"
        ):
            continue  # "March 3-7 Second test": a name's ordinal
        if label == DURATION:
            first = _range_start(doc, first, last)
        spans.append((first, last + 1, label))
    spelt = ((_AGE_WORD, lowered), (_AGE_WORD_SECOND, lowered)) if "aged " in lowered else ()
    ages = (
        (_AGE_NUMBER, lowered),
        *spelt,
        (_AGE_SECOND, lowered),
        (_AGE_BETWEEN_COMMAS, text),
        (_AGE_AFTER_BE, lowered),
        (_AGE_BOUND, lowered),
        (_AGE_AND_BOUND, lowered),
    )
    ranged = (
        [
            *_AGE_BETWEEN.finditer(lowered),
            *_AGE_TO.finditer(lowered),
            *(_AGE_WORD_TO.finditer(lowered) if spelt else ()),
        ]
        if "age" in lowered
        else []
    )
    for pattern, source in ages:
        for match in pattern.finditer(source):
            if any(r.start(1) <= match.start(1) < r.end(2) for r in ranged):
                continue  # one of a range's ages: "aged 18 to 65"
            starts = starts if starts is not None else doc.to_array("IDX").tolist()
            index = token_at(starts, match.start(1))
            spans.append((index, token_at(starts, match.end(1) - 1) + 1, AGE))  # "forty-two": three tokens
    for match in ranged:
        starts = starts if starts is not None else doc.to_array("IDX").tolist()
        spans.append((token_at(starts, match.start(1)), token_at(starts, match.end(2) - 1) + 1, AGE))
    kept = [c for c in found if not any(c[0] < e and s < c[1] for s, e, _ in spans)] if spans else found
    shares = any(stem in lowered for stem in _FRACTION_STEMS)
    matches = (
        (
            *_FRACTION_OF.finditer(lowered),
            *_FRACTION_BY.finditer(lowered),
            *_HALF_THE.finditer(lowered),
            *_FRACTION_HYPHEN.finditer(lowered),
        )
        if shares
        else ()
    )
    for match in matches:
        starts = starts if starts is not None else doc.to_array("IDX").tolist()
        first, last = token_at(starts, match.start(1)), token_at(starts, match.end(1) - 1) + 1
        if first > 0 and doc[first - 1].lower_ in _NOT_A_SHARE_BEFORE:
            continue  # "the first half of 2024"
        if not any(s < last and first < e for s, e, _ in kept):  # "a quarter of a million" is the model's
            spans.append((first, last, ""))
    for match in _PROPORTION_TEXT.finditer(lowered) if " in " in lowered or " of " in lowered else ():
        starts = starts if starts is not None else doc.to_array("IDX").tolist()
        first, last = token_at(starts, match.start(1)), token_at(starts, match.end(1) - 1) + 1
        kept = [c for c in kept if not (c[0] < last and first < c[1])]
        spans = [c for c in spans if not (c[0] < last and first < c[1])]
        spans.append((first, last, ""))  # the model's "one" and "five" give way to the share
    for match in _SHARE_BETWEEN.finditer(lowered) if "between" in lowered else ():
        starts = starts if starts is not None else doc.to_array("IDX").tolist()
        first, last = token_at(starts, match.start(1)), token_at(starts, match.end(1) - 1) + 1
        kept = [c for c in kept if not (c[0] < last and first < c[1])]
        spans = [c for c in spans if not (c[0] < last and first < c[1])]
        spans.append((first, last, "PERCENT"))  # the model's DATE "between 5" and PERCENT "7 percent"
    return [*kept, *spans] if spans else found


def _range_start(doc: Doc, first: int, last: int) -> int:
    """Where a duration's range starts: "36 to 72 hours", "two or three days", "10-12 hours".

    Only a smaller number joined by "to", "or" or a dash ("cut from 7 to 5 days" stays two).
    """
    if first < 2 or doc[first - 1].lower_ not in {"to", "or", "-", "–", "—"}:
        return first
    start = first - 2
    while start > 0 and _number_word_before(doc, start):
        start -= 2 if doc[start - 1].text == "-" else 1  # "forty-eight to seventy-two hours"
    low = parse_number(doc[start : first - 1].text)
    high = parse_number(doc[first : last + 1].text)
    if low is None or high is None or not 0 < low.value < high.value:
        return first
    return start


def _number_word_before(doc: Doc, start: int) -> bool:
    """Whether a number word joins the one at ``start`` from before ("twenty-four", "twenty five")."""
    index = start - 2 if doc[start - 1].text == "-" else start - 1
    return index >= 0 and doc[index].lower_ in _TENS_WORDS and doc[start].lower_ in _UNIT_WORDS


_TENS_WORDS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNIT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def _one_unit_bounded(lowered: str, phrase: TimePhrase) -> bool:
    """One unit of time written "a"/"an" after a bound: "more than a minute", "within a decade".

    Also before "or so": "waited a week or so". Not after "in" ("the highest in a decade"), not a
    time reference ("less than a year ago") and not a rate ("$53 million a year"): "a year" alone
    is no fact.
    """
    return (
        phrase.number in {"a", "an"}
        and phrase.unit not in {"second", "quarter"}  # "up to a second round", "a quarter-century"
        and lowered[phrase.unit_end : phrase.unit_end + 1] != "-"
        and (
            _BOUND_BEFORE.search(lowered, max(0, phrase.number_start - 16), phrase.number_start) is not None
            or (  # "waited a week or so": the bound after; not "in a month or so" (when, not how long)
                lowered.startswith(" or so", phrase.unit_end)
                and not lowered.endswith(" in ", 0, phrase.number_start)
            )
        )
        and _TIME_REFERENCE_AFTER.match(lowered, phrase.unit_end) is None
    )


#: Bounds before "a"/"an" and a time unit that make it a duration of one unit.
_BOUND_BEFORE = re.compile(
    r"\b(?:than|within|nearly|almost|about|around|roughly|under|up to|at least"
    r"|(?:for|waited|waiting|lasted|lasting|spent|been|served|serving) over)\s+$"  # "waited over a year"
)
#: After a time unit: a point in time measured from another ("a year earlier", "an hour before").
_TIME_REFERENCE_AFTER = re.compile(r"\s+(?:ago|earlier|later|before|after|on|from|since)\b")


def _some_day(doc: Doc, first: int, last: int, number: str) -> bool:
    """Whether "one day" means some day: not a compound ("one-day match"), no preposition before."""
    if number.lower() != "one" or last + 1 >= len(doc) or doc[last + 1].lower_ != "day":
        return False
    compound = (last + 2 < len(doc) and doc[last + 2].text == "-") or doc[last].whitespace_ == ""
    return not compound and (first == 0 or doc[first - 1].lower_ not in _DURATION_BEFORE)


def _symbol_before(doc: Doc, index: int, tables: FactTables) -> bool:
    """Whether a currency symbol or code the model left out stands right before token ``index``.

    Symbols ("$" "1,000"), capitalised ISO codes ("EUR" "125") and wire prefixes ("Rs", "RM").
    """
    if index == 0:
        return False
    before = doc[index - 1]
    if before.lower_ not in tables.currencies:
        return False
    if not before.is_alpha:  # or the sign the model ran into the amount before: "$7.00 to $" "7.40"
        joined = index > 1 and doc[index - 2].lower_ in {"to", "or", "and"}
        return before.ent_iob_ == "O" or before.ent_type_ not in NUMERIC_LABELS or joined
    return before.text in {"RM", "Rs"} or (len(before.text) == 3 and before.text.isupper())


def _two_amounts(doc: Doc, left: tuple[int, int, str], right_end: int, tables: FactTables) -> bool:
    """Two amounts around "to", not a range: each has its own unit word, or a change comes first.

    "fell 3.2 per cent to 412 pence"; a change, then the level it reached: "rose 1.2 cents to 63.67
    cents", "gained $1.20 to $45.60". A range writes its unit once ("5 to 7 per cent") or follows
    no change verb.
    """
    left_first, left_last, right_last = doc[left[0]], doc[left[1] - 1], doc[right_end - 1]
    left_unit, right_unit = _unit_word(left_last), _unit_word(right_last)
    if left_unit and right_unit and left_last.lower_ != right_last.lower_:
        return True
    glued = glued_form(left_last, tables)
    marked = (
        left_unit or left_first.lower_ in tables.currencies or bool(glued and (glued.currency or glued.unit))
    )
    if doc[left[1]].lower_ != "to":
        return False
    if _changed_from(doc, left[0], tables):
        return True  # "lifting the average bill from $52.40 to $55.81": the level before and after
    before = [t.lower_ for t in doc[max(0, left[0] - 2) : left[0]]]
    if not marked and (before[-1:] != ["by"] or right_unit or not _far_above(doc, left, right_end)):
        return False  # "climbed 14p to 262.5p" is marked like "rose 1.4 cents to 58.40 cents"; bare
        # numbers after "by" are two only when the second is far above: "fell by 12,000 to 209,000",
        # not "cut by 40 to 50 per cent" (the unit written once) or "by 5 to 7"
    changed = bool(before) and before[-1] in tables.changes
    if before[-1:] != ["by"]:
        return changed
    # "cut its forecast by 3 million tonnes to 78.5 million tonnes": the verb may be a few words back
    verbs = (t.lower_ for t in doc[max(0, left[0] - 6) : left[0] - 1])
    return any(v in tables.changes or v in tables.changes_by for v in verbs)


#: How far back from "from" a change verb may stand: "lifting the average monthly bill from".
_FROM_REACH = 6
#: Words that end the search for that verb: a preposition or copula stands between.
_FROM_STOPS = frozenset({"at", "of", "in", "on", "for", "with", "is", "are", "was", "were", "be", "been"})


def _changed_from(doc: Doc, start: int, tables: FactTables) -> bool:
    """Whether "from" at or right before ``start`` follows a change verb in its clause.

    "raises starting pay from $41,500 to $45,000" gives the two levels; "range from $5 to $7" and
    "forecast at from 5 to 7 per cent" stay ranges.
    """
    at = start if doc[start].lower_ == "from" else start - 1
    if at < 1 or doc[at].lower_ != "from":
        return False
    for token in reversed(doc[max(0, at - _FROM_REACH) : at]):
        if token.is_punct or token.lower_ in _FROM_STOPS:
            return False  # "Growth is forecast at from 5 to 7 per cent": the verb is not the change
        if token.lower_ in tables.changes or token.lower_ in tables.changes_by:
            return True
    return False


def _far_above(doc: Doc, left: tuple[int, int, str], right_end: int) -> bool:
    """Whether the number after "to" is at least twice the one before: a level after a change."""
    low = parse_number(doc[left[0] : left[1]].text)
    high = parse_number(doc[left[1] + 1 : right_end].text)
    return low is not None and high is not None and 0 < 2 * low.value <= high.value


def _descending(doc: Doc, left: tuple[int, int, str], right: tuple[int, int]) -> bool:
    """Two numbers around "to" or "or" that fall: a tally or two levels, never a range.

    "rejected by 54.2% to 45.8%", "cut from 7 to 5 per cent"; a range goes up ("5 to 7"). Dashes
    stay joined: "6-2" is a score, which the value reader then rejects whole.
    """
    if doc[left[1]].lower_ not in {"to", "or"}:
        return False
    low = parse_number(doc[left[0] : left[1]].text, money=left[2] == "MONEY")
    high = parse_number(doc[right[0] : right[1]].text, money=left[2] == "MONEY")
    return low is not None and high is not None and low.value > high.value


def _unit_word(token: Token) -> bool:
    """A word after a number that is not itself part of the number ("pence", not "six", "million")."""
    return token.is_alpha and not token.like_num and not is_number_word(token.lower_)


def _joins_range(doc: Doc, left_end: int, right_start: int) -> bool:
    """Whether one token between two numbers makes them a range."""
    if right_start - left_end != 1:
        return False
    joiner = doc[left_end].lower_
    if joiner == "and":
        return any(t.lower_ == "between" for t in doc[max(0, left_end - 6) : left_end])
    return joiner in {"or", "to", "-", "–", "—"}


#: A range of shares in one token, its last "%" split off: "5.25%-5.5" of "5.25%-5.5%" (a rate band).
_PERCENT_PAIR = re.compile(r"^\d[\d.,]*%[-–]\d[\d.,]*$")


def _core(sent: Doc, start: int, end: int, tables: FactTables) -> tuple[int, int] | None:
    """The numeral tokens of a candidate, without the qualifier words the model included."""
    for index in range(start, end):
        token = sent[index]
        lower = token.lower_
        if (
            token.like_num
            or is_number_word(lower)
            or (lower in tables.currencies and not lower.isalpha())
            or glued_form(token, tables) is not None
            or _PERCENT_PAIR.match(token.text) is not None
            or (
                any(c.isdigit() or c in "½¼¾⅓⅔⅛" for c in token.text) and parse_number(token.text) is not None
            )
        ):
            if (
                index > 1
                and lower in {"dozen", "hundred"}
                and sent[index - 1].lower_ == "of"
                and sent[index - 2].lower_ == "couple"
            ):
                index -= 2  # "a couple of hundred"
            while (
                index > 0
                and (lower in _SCALE_WORDS | {"dozen", "hundred"} or sent[index].lower_ == "couple")
                and sent[index - 1].lower_ in _COUNT_WORDS
            ):
                index -= 1  # "a dozen", "several hundred", "a few thousand"
            if lower in _FRACTION_WORDS and index > 0 and sent[index - 1].lower_ in {"a", "an"}:
                index -= 1  # "a third", "nearly a fifth": the article is the numerator
            words = [t.lower_ for t in sent[max(0, index - 2) : index]]
            if (
                lower in _SCALE_WORDS
                and words
                and (words[-1] == "half" or words in (["quarter", "of"], ["half", "of"]))
            ):
                index -= len(words) if words[-1] == "of" else 1  # "a quarter of a million", "half a million"
            return index, end
        if lower in {"half", "quarter"} or (lower in {"a", "an"} and end - start == 1):
            return index, end  # "an" alone: the number of "more than an hour" (see _one_unit_bounded)
    return None


#: How much text after a number the tests of :func:`_not_a_fact` read ("-year-old", "or older", an
#: address's street word): a bounded slice, not the rest of the article, for each candidate.
_FOLLOWING_CHARS = 200


def _not_a_fact(sent: Doc, text: str, core: tuple[int, int], label: str, tables: FactTables) -> bool:
    """Times, ordinals, ages, phone numbers, labels and names, decided from the words alone."""
    start, end = core
    numeral = sent[start:end].text
    before = sent[start - 1] if start > 0 else None
    after = sent[end] if end < len(sent) else None
    if ":" in numeral or _ORDINAL.match(numeral) or _ODDS.search(numeral) or _GOALLESS.match(numeral):
        return True
    if _GENERATION.match(numeral) or (
        after is not None
        and after.text in {"G", "K"}
        and not sent[end - 1].whitespace_
        and numeral in _GENERATIONS
    ):
        return True  # "the 5G network", "a 4K screen": names of a standard, not grams or thousands
    if numeral.lower() == "zero" and before is not None and before.lower_ == "absolute":
        return True  # "cooled to near absolute zero": a point of a scale, not a quantity
    if _CODE_LIKE.search(numeral) and not SCIENTIFIC_TOKEN.search(numeral):
        glued = glued_form(sent[start], tables)
        if glued is None or glued.currency is None:
            return True  # "24703L202", "MiG29"; not "RM3", "US$5"
    if label in {AGE, DURATION}:
        return False
    words = [t.lower_ for t in sent[start:end] if t.lower_ not in {"a", "an", "one", "-"}]
    if (
        words
        and all(w in _FRACTION_WORDS for w in words)
        and (after is None or after.lower_ != "of")
        and not (words == ["half"] and after is not None and after.lower_ in _SHARED)
        and not _after_by(sent, start)
        and not _fraction_of_unit(sent, end, tables)
        and "-" not in numeral  # "a one-third stake", "a two-thirds majority": a share, never an ordinal
    ):
        return True  # "her own half", "a third successive title": not a share of anything
    if after is not None and after.lower_ in _TIME_AFTER:
        return True
    if (
        _shirt_number(sent, start, end)
        or _model_name_after(sent, start, end)
        or _cricket_score(sent, start, end)
        or _set_score(text, sent[start].idx, sent[end - 1].idx + len(sent[end - 1].text))
    ):
        return True
    following_at = sent[end - 1].idx + len(sent[end - 1].text)
    following = text[following_at : following_at + _FOLLOWING_CHARS]
    compound = _COMPOUND_AFTER.match(following)
    if compound and _hyphen_word(following) in tables.units and not _named_points(following):
        compound = None  # "a four-foot drop", "a 16-bit chip": a measure, not an adjective
    if compound and label == "MONEY" and _PRICE_RATE.match(following):
        compound = None  # "a $4-a-share offer", "a 15-cent-a-share dividend": a price
    if _AGE_AFTER.match(following) or compound or tables.address_after.match(following):
        return True
    if following.startswith(("-in-", "-for-")):  # "a one-in-a-million chance"
        return True
    if (before is not None and before.lower_ in tables.months) or (
        after is not None and after.lower_ in tables.months
    ):
        return True  # a date the model missed: "23 November", "Oct. 5"
    if before is not None and before.lower_ in _AGE_BEFORE | _PHONE_BEFORE:
        return True
    if before is not None and numeral.isdigit() and _camel_case(before.text):
        return True  # a model after a lower-case-initial brand: "the iPhone 16 launch", "eBay 2"
    if (
        before is not None
        and before.lower_ == "per"
        and label in {"CARDINAL", "", "MONEY"}
        and (after is None or after.lower_ not in tables.units)
    ):
        return True  # a rate's denominator: "8.5 per 100,000 people", "$11.42 per $1,000 of assessed
        # value"; not "2,275 rupees per 100 kg"
    if _phone_like(sent, text, start, end):
        return True
    if (
        before is not None
        and before.lower_.rstrip(".") in tables.reference_nouns
        and label != "MONEY"
        and not _GROUPED.match(numeral)  # "on its busiest day 254,000 people": a label has no commas
    ):
        return True
    if before is not None and before.text == "." and _abbreviated_label(sent, start, tables):
        return True  # "wearing No. 23", where the tokenizer splits the stop off "No"
    if before is not None and _ZIP_BEFORE.match(before.text) and len(numeral) == 5 and numeral.isdigit():
        return True  # "Springfield, IL 62701"
    if (
        after is not None
        and after.text == ")"
        and (before is None or before.text != "(")
        and numeral.isdigit()
    ):
        return True  # a list item: "1 )", "2)"
    if numeral.isdigit() and _LIST_POSITION.match(text, sent[start].idx):
        return True  # a place in a results list: "\n2. Mara Olsen (Norway) 50.47"
    if numeral[:1] == "0" and numeral[1:2].isdigit():
        return True  # "000", "007": a code or a broken thousands group
    at = sent[start].idx
    char_before = text[at - 1] if at > 0 else " "
    # glued to letters: "MiG-29", "COVID-19"
    return char_before.isalpha() or (char_before == "-" and at > 1 and text[at - 2].isalnum())


def _fraction_of_unit(sent: Doc, end: int, tables: FactTables) -> bool:
    """A fraction of one unit: "half a mile", "half a percentage point" (not "half a million")."""
    if end + 1 >= len(sent) or sent[end].lower_ not in {"a", "an"}:
        return False
    unit = sent[end + 1].lower_
    two = f"{unit} {sent[end + 2].lower_}" if end + 2 < len(sent) else ""
    return (unit in tables.units or two in tables.units) and unit not in _SCALE_WORDS


def _abbreviated_label(sent: Doc, start: int, tables: FactTables) -> bool:
    """A label noun abbreviated with a stop the tokenizer split off: "No. 23", "Sec. 4".

    Only digits after a short word: "this week. Three residences" is a sentence end.
    """
    if start < 2 or not sent[start].text.isdigit():
        return False
    word, stop = sent[start - 2], sent[start - 1]
    return (
        word.idx + len(word.text) == stop.idx
        and len(word.text) <= _ABBREVIATION_MOST
        and word.lower_ in tables.reference_nouns
    )


#: The longest label abbreviation read before a split stop ("No.", "Sec.", "Fig.", "Vol.").
_ABBREVIATION_MOST = 4


def _camel_case(word: str) -> bool:
    """A brand written lower-case first with a capital inside: "iPhone", "iPad", "eBay"."""
    return word[:1].islower() and any(c.isupper() for c in word[1:])


def _shirt_number(sent: Doc, start: int, end: int) -> bool:
    """A small number alone in brackets after a name: a player's shirt number, "Mbeki (4)"."""
    if start < 2 or end >= len(sent) or end - start != 1:
        return False
    return (
        sent[start - 1].text == "("
        and sent[end].text == ")"
        and sent[start].text.isdigit()
        and int(sent[start].text) < 100
        and (sent[start - 2].ent_type_ == "PERSON" or sent[start - 2].text.istitle())
    )


def _model_name_after(sent: Doc, start: int, end: int) -> bool:
    """A model number: digits then a capitalised name word ("737 Max jets", "iPhone 11 Pro").

    Only where the words before cannot make it a count: right after another number ("20 more
    737 Max jets") or after a lower-case-initial brand ("iPhone", "eBay").
    """
    if end >= len(sent) or end - start != 1 or not sent[start].text.isdigit():
        return False
    after = sent[end]
    if len(sent[start].text) >= 3 and after.text.isupper() and after.text.title() in _MODEL_SUFFIXES:
        return True  # "and 737 MAX 8 jets": an edition word in capitals after a type number names a model
    if not (after.text[:1].isupper() and after.text[1:].islower() and after.ent_type_ not in {"NORP", "GPE"}):
        return False
    words_before = list(sent[max(0, start - 2) : start])
    name = words_before[-1] if words_before else None
    if after.text in _MODEL_SUFFIXES and name is not None and name.text[:1].isupper() and not name.is_stop:
        return True  # "the Pixel 8 Pro", "a BMW 5 Series": a model's edition word after its name
    return any(t.like_num for t in words_before) or (
        bool(words_before)
        and words_before[-1].text[:1].islower()
        and any(c.isupper() for c in words_before[-1].text[1:])
    )


#: Edition words of product models after their number, right after a capitalised name.
_MODEL_SUFFIXES = frozenset({"Pro", "Max", "Ultra", "Plus", "Mini", "Lite", "Fold", "Flip", "Neo", "Series"})


def _after_by(sent: Doc, start: int) -> bool:
    """Whether "by" comes before ``start``, past qualifier words: "fell by nearly a fifth"."""
    index = start - 1
    while index >= 0 and start - index <= 3 and sent[index].lower_ in _QUALIFYING_WORDS:
        index -= 1
    return index >= 0 and sent[index].lower_ == "by"


_QUALIFYING_WORDS = frozenset(
    {
        "nearly",
        "almost",
        "about",
        "around",
        "roughly",
        "some",
        "more",
        "less",
        "than",
        "over",
        "under",
        "just",
        "well",
        "as",
        "much",
        "up",
        "to",
        "at",
        "least",
    }
)


#: A set of a tennis or volleyball score ("3-6"), and the set before or after it in the line.
_SET = re.compile(r"[0-7]-[0-7]")
_SET_AFTER = re.compile(r"(?:\(\d{1,2}\))?,? [0-7]-[0-7](?![\d-])")
_SET_BEFORE = re.compile(r"(?<![\d-])[0-7]-[0-7](?:\(\d{1,2}\))?,? $")


def _set_score(text: str, at: int, end: int) -> bool:
    """One set of a match score, "beat Lena Ortiz 3-6 6-3 7-5": a score, neither a range nor a count.

    A lone "3-6" stays a range ("3-6 inches of snow"); it takes a second set beside it.
    """
    if not _SET.fullmatch(text, at, end):
        return False
    return bool(_SET_AFTER.match(text, end) or _SET_BEFORE.search(text[max(0, at - 12) : at]))


def _cricket_score(sent: Doc, start: int, end: int) -> bool:
    """A cricket score, runs "for" wickets: "declared on 487 for seven", "were 58 for two at stumps".

    The wickets are a number up to ten after "for", closing the phrase (punctuation, the end, or
    a preposition or conjunction), and the runs the number before "for"; both are left out.
    """
    if end - start != 1:
        return False
    if end + 1 < len(sent) and sent[end].lower_ == "for" and sent[start].text.isdigit():
        return _wickets(sent, end + 1)
    return (
        start > 1
        and sent[start - 1].lower_ == "for"
        and sent[start - 2].text.isdigit()
        and _wickets(sent, start)
    )


def _wickets(sent: Doc, index: int) -> bool:
    token = sent[index]
    if token.lower_ not in _WICKETS:
        return False
    after = sent[index + 1] if index + 1 < len(sent) else None
    return after is None or after.is_punct or after.lower_ in _AFTER_WICKETS


_WICKETS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", *map(str, range(1, 11))}
)
_AFTER_WICKETS = frozenset(
    {"at", "in", "on", "when", "before", "after", "with", "and", "by", "off", "from", "declared"}
)


def _named_points(following: str) -> bool:
    """A "-point" compound that names a thing ("three-point attempts", "a 10-point plan"), not a gap.

    Points measure only a lead, a margin or a move: "a five-point lead", "a 12-point drop".
    """
    match = re.match(r"-points?\s+([a-z]+)", following)
    return match is not None and match.group(1) not in _POINT_GAPS


_POINT_GAPS = frozenset(
    {"lead", "gap", "margin", "advantage", "deficit", "swing", "drop", "fall", "rise", "jump", "gain", "loss",
     "decline", "cushion", "slide", "surge", "increase", "decrease", "win", "victory", "defeat"}
)  # fmt: skip


def _hyphen_word(following: str) -> str:
    """The lower-case word after a hyphen at the start of ``following`` ("-foot trip" -> "foot")."""
    match = re.match(r"-([A-Za-z]+)", following)
    return match.group(1).lower() if match else ""


def _phone_like(sent: Doc, text: str, start: int, end: int) -> bool:
    """Seven or more digits in groups joined by spaces, dashes, dots or brackets."""
    if any(c not in _PHONE_CHARS for c in sent[start:end].text):
        return False  # "2.998×10−8", "1,234": not dialled digits
    left = sent[start].idx
    right = sent[end - 1].idx + len(sent[end - 1].text)
    while left > 0 and text[left - 1] in _PHONE_CHARS:
        left -= 1
    while right < len(text) and text[right] in _PHONE_CHARS:
        right += 1
    chunk = text[left:right].strip()
    groups = re.findall(r"\d+", chunk)
    return sum(len(g) for g in groups) >= 7 and len(groups) >= 3
