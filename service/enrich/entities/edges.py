"""Span edges: what news puts around a name that the model takes into it.

A score after a team, a sum's number after a firm, a month before an index, lower-case words at
the edges, a dash between a country and a player, a dateline fused to the next name, a wire's slug
glued to a headline's first name ("TABLE-Malaysia", "BRIEF-Acme Corp") and a month before a date
after a name ("Malaysia Oct 1-25 palm oil exports").
"""

import re

#: Scores or a phone number run into a name: "Norland 3-1", "Markets Desk 555-010-2233", a
#: tennis player's sets "Ann Lee 6-4 3-6 7-6(5)".
_TRAILING_FIGURE = re.compile(r"(?:\s+\d+(?:[-:/]\d+)+(?:\(\d+\)?)?)+$")
#: A number at a name's end that an amount word after the span shows to be a sum ("fines Acme 40
#: mln euros"): not "FTSE 100", "Ligue 1", which no amount word follows.
_TRAILING_NUMBER = re.compile(r"\s+\d+(?:[.,]\d+)?$")
_AMOUNT_AFTER = re.compile(r"\s*(?:mln|bln|million|billion|trillion|bn)\b")
#: Lower-case words at a name's edges: "Kyodo news agency", "pro-government Solidarnosc union".
_TRAILING_LOWER = re.compile(r"(?:\s+[a-z][a-z'-]*)+$")  # not "d'Ivoire": a capital inside
_LEADING_LOWER = re.compile(r"^(?:[a-z][\w'-]*\s+)+(?=[A-Z])")
_LEADING_MONTH = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?=[A-Z])"
)
#: A wire's slug before a headline, glued to its first word by a hyphen (Reuters: "BRIEF-", "TABLE-",
#: "UPDATE 2-", "EXCLUSIVE-"): no part of the name.
_SLUG = re.compile(
    r"^(?:BRIEF|TABLE|UPDATE \d{1,2}|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT|EXPLAINER|CORRECTED|REFILE"
    r"|WRAPUP(?: \d{1,2})?|GRAPHIC|POLL|COLUMN|BREAKINGVIEWS|PRESS DIGEST|RPT|URGENT)-(?=[A-Z])"
)
#: A month's short name at a name's end before a day ("Malaysia Oct 1-25"): the date's, not the name's.
_TRAILING_MONTH_DAY = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$")
_DAY_AFTER = re.compile(r" \d{1,2}\b")
#: Labels whose names keep lower-case words at their edges ("Law on the sea", a film's title).
_FREE_FORM = frozenset({"WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
#: A preposition, article or conjunction the model ran a name into ("the town of Ardo in Norland"
#: read as a title "Ardo in"): no name of any label ends in one.
_TRAILING_FUNCTION_WORD = re.compile(r"\s+(?:in|on|at|of|to|for|from|by|with|and|or|the|a|an)$")
#: " - " between a country and a player's name in line-ups ("Norland - Ann Smith").
DASH = " - "
#: "U.S." and a region of the country the model reads as one place ("U.S. West Coast").
_US_REGION = re.compile(
    r"(U\.S\.|US) ((?:West|East|Gulf|Pacific|Atlantic) Coast|Midwest|Northeast|Southeast|Southwest|Northwest"
    r"|Pacific Northwest|Great Plains|Sun Belt|Rust Belt|Corn Belt)"
)
#: A dateline's place in capitals, then "The" or a capitalised word of the next name.
_DATELINE = re.compile(r"^((?:[A-Z]{2,}[.,]?\s+)+)(?:The\s+)?(?=[A-Z][a-z])")


def edges(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """``(start, end)`` without a trailing score, edge lower-case words or a leading month."""
    span = text[start:end]
    if slug := _SLUG.match(span):
        start += slug.end()
        span = text[start:end]
    if " " not in span:
        return start, end
    if (span[-1].isdigit() or span[-1] == ")") and (figure := _TRAILING_FIGURE.search(span)):
        end -= len(figure.group())
        span = text[start:end]
    if span[-1].isdigit() and (number := _TRAILING_NUMBER.search(span)) and _AMOUNT_AFTER.match(text, end):
        end -= len(number.group())
        span = text[start:end]
    if (month := _TRAILING_MONTH_DAY.search(span)) and _DAY_AFTER.match(text, end):
        end -= len(month.group())
        span = text[start:end]
    if label in _FREE_FORM:
        if function_word := _TRAILING_FUNCTION_WORD.search(span):
            end -= len(function_word.group())
        return start, end
    last = span.rsplit(" ", 1)[-1]
    if last[:1].islower() and (lower := _TRAILING_LOWER.search(span)) and lower.start() > 0:
        end -= len(lower.group())
        span = text[start:end]
    if lead := (_LEADING_LOWER.match(span) or _LEADING_MONTH.match(span)):
        start += lead.end()
    return start, end


def pieces(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """The names in one NER span, each with the label it starts from.

    A spaced dash separates two names ("Norland - Ann Smith": a country and a player); a dateline in
    capitals at the start of a line is a place fused to the name after it ("LIMA The Transport
    Ministry": Lima, then the ministry); "U.S." before a region of the country is a name of its own
    ("the U.S. West Coast": the country, then the region, as the conventions split a name that
    modifies another).
    """
    span = text[start:end]
    if (region := _US_REGION.match(span)) and region.end() == len(span):
        return [(start, start + len(region.group(1)), "GPE"), (start + region.start(2), end, "LOC")]
    dateline = _DATELINE.match(span) if start == 0 or text[start - 1] == "\n" else None
    if dateline:
        place_end = start + len(dateline.group(1).rstrip())
        return [(start, place_end, "GPE"), *pieces(text, start + dateline.end(), end, label)]
    if DASH not in span:
        return [(start, end, label)]
    found, at = [], start
    for part in span.split(DASH):
        if part.strip():
            found.append((at, at + len(part), label))
        at += len(part) + len(DASH)
    return found
