"""Streets and roads named by a capitalised word and a street word: a place (FAC), not a firm.

News names a street where something happened or where an office stands ("a crash on Harlan
Avenue", "talks in Downing Street"); the small model reads such a name as an organisation or a
person, or misses it. A name of one to three capitalised words ending in a street word of the
shared ``words.tsv`` list (``street_word``: "Street", "Avenue", "Road", ...) with no capitalised
word after it ("... Street Journal" is a paper) is a FAC, with a road's number ("Mill Road 12"; not
a sum's or a share's: "fined Jane Street 48 billion rupees"),
as the conventions type streets and roads. Street words that also end organisations' names
("Court", "Place", "Way", "Circle") and abbreviations ("St", a saint too) are left out. A street
the model missed is found by one regex scan where no other name crosses it; the shorter spans
inside it give way ("Harlan" tagged alone in "Harlan Avenue", the state of "Ohio Avenue"), but
not a firm or a person a table knows. A street that names a district or a market more than a
road ("Wall Street") is the alias table's, typed there.
"""

import re
from bisect import bisect_left

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Street words that end organisations' names as often as streets', and abbreviations.
_NOT_STREET_ENDINGS = frozenset({"court", "place", "way", "circle", "trail", "vista", "pike"})
#: Labels the model gives a street that this rule corrects (a place label stays).
_MISREAD = frozenset({"ORG", "PERSON", "GPE", "NORP"})
#: Labels of a table-known name that gives way to the street named after it ("Ohio" of "Ohio Avenue").
_PLACES = frozenset({"GPE", "LOC"})


def _endings(words: EntityWords) -> tuple[str, ...]:
    """The capitalised street words this rule trusts ("Street", "Avenue", ...)."""
    full = (w for w in words.of("street_word") if len(w) > 3 and w not in _NOT_STREET_ENDINGS)
    return tuple(sorted(w.capitalize() for w in full))


def streets(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with streets retyped FAC and the streets the model missed added."""
    endings, pattern = _compiled(words)
    if not any(f" {e}" in text for e in endings):
        return chosen
    tails = tuple(f" {e}" for e in endings)
    out = [_retyped(text, c, endings, words) if text.endswith(tails, c.start, c.end) else c for c in chosen]
    return _with_missed(text, out, pattern, words)


def _retyped(
    text: str, cand: MentionCandidate, endings: tuple[str, ...], words: EntityWords
) -> MentionCandidate:
    if cand.label not in _MISREAD or cand.entry is not None:
        return cand
    span = text[cand.start : cand.end]
    head, _, last = span.rpartition(" ")
    if not head or last not in endings or _capital_after(text, cand.end):
        return cand
    if head.split(" ", 1)[0] in words.stop or not all(w[:1].isupper() for w in head.split(" ")):
        return cand
    return MentionCandidate(cand.start, cand.end, "FAC", cand.source, sure=True)


def _pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w.'-])((?:[A-Z][a-z][\w'-]* ){1,3}(?:" + "|".join(endings) + r")"
        r"(?: \d{1,4}\b(?![.,:]\d| (?:mln|bln|million|billion|trillion|bn|percent|per cent)\b| ?%))?)"
        r"(?![\w'-])(?! [A-Z])"
    )


_COMPILED: dict[frozenset[str], tuple[tuple[str, ...], re.Pattern[str]]] = {}


def _compiled(words: EntityWords) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The trusted street words and the scan's pattern, built once per word list."""
    key = words.of("street_word")
    if key not in _COMPILED:
        endings = _endings(words)
        _COMPILED[key] = (endings, _pattern(endings))
    return _COMPILED[key]


def _with_missed(
    text: str, chosen: list[MentionCandidate], pattern: re.Pattern[str], words: EntityWords
) -> list[MentionCandidate]:
    starts = [c.start for c in chosen]
    added = []
    dropped: set[int] = set()
    for match in pattern.finditer(text):
        start, end = match.span(1)
        first = match.group(1).split(" ", 1)
        while first[0] in words.stop and " " in first[1]:  # "On Harlan Avenue" at a sentence's start
            start += len(first[0]) + 1
            first = first[1].split(" ", 1)
        if first[0] in words.stop:
            continue
        inside = _inside(chosen, starts, start, end)
        if inside is None:
            continue
        dropped.update(inside)
        added.append(MentionCandidate(start, end, "FAC", "ner", sure=True))
    if not added:
        return chosen
    kept = [c for i, c in enumerate(chosen) if i not in dropped]
    return sorted(kept + added, key=lambda c: c.start)


def _inside(chosen: list[MentionCandidate], starts: list[int], start: int, end: int) -> list[int] | None:
    """Indexes of the candidates within ``start:end``; None when one crosses it or a table knows it."""
    at = bisect_left(starts, start)
    if at > 0 and chosen[at - 1].end > start:
        return None
    found = []
    while at < len(chosen) and chosen[at].start < end:
        cand = chosen[at]
        known = cand.entry is not None and cand.label not in _PLACES
        if cand.end > end or known or (cand.start == start and cand.end == end):
            return None
        found.append(at)
        at += 1
    return found


def _capital_after(text: str, end: int) -> bool:
    """Whether another capitalised word follows: the street word begins a longer name."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
