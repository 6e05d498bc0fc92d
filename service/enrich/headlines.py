"""Headline-cased text, where a capital letter says nothing about a name.

A Title Case title and an all-capitals body line (a section slug or a headline repeated in capitals)
make the model tag ordinary words. In them only mentions that the alias table or the rest of the
article confirms are kept; an all-capitals line also gets the article's other names found in
capitals ("JAPAN" when the story says "Japan").
"""

import re

import ahocorasick

from service.enrich.aliases import find_words, surface_key
from service.enrich.candidate import Candidate
from service.enrich.document import ArticleText

_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2}[^a-z\n]*$", re.MULTILINE)
_MIN_WORDS = 3
_LOWER_SHARE = 0.2


def headline_regions(source: ArticleText) -> list[tuple[int, int]]:
    """Joined-text stretches in headline case: the title if Title Case, all-capitals body lines."""
    regions = [(0, len(source.title.text))] if is_title_case(source.title.text) else []
    for match in _CAPS_LINE.finditer(source.text, source.body_offset):
        if len(match.group().split()) >= _MIN_WORDS:
            regions.append(match.span())
    return regions


def is_title_case(line: str) -> bool:
    """Headline Case: at least three longer words, hardly any of them lowercase."""
    long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    lower = sum(w[0].islower() for w in long_words)
    return len(long_words) >= _MIN_WORDS and lower <= _LOWER_SHARE * len(long_words)


def _inside(cand: Candidate, regions: list[tuple[int, int]]) -> bool:
    return any(start <= cand.start and cand.end <= end for start, end in regions)


def confirmed(raw: str, chosen: list[Candidate], regions: list[tuple[int, int]]) -> list[Candidate]:
    """Candidates outside the regions, and those inside that the rest of the text confirms.

    In a Title Case title an alias-table entry confirms itself too; in capitals it does not.
    """
    if not regions:
        return chosen
    known = {surface_key(raw[c.start : c.end]) for c in chosen if not _inside(c, regions)}
    shouted = [(start, end) for start, end in regions if raw[start:end].isupper()]
    return [
        c
        for c in chosen
        if not _inside(c, regions)
        or (c.entry is not None and not _inside(c, shouted))  # "THE MAN WHO ..." is not the WHO
        or surface_key(raw[c.start : c.end]) in known
    ]


def capitals(raw: str, text: str, chosen: list[Candidate], regions: list[tuple[int, int]]) -> list[Candidate]:
    """The article's names (read in ``raw``) again where all-capitals lines of ``text`` spell them."""
    caps = [(start, end) for start, end in regions if text[start:end].isupper()]
    if not caps:
        return []
    automaton = ahocorasick.Automaton()
    outside = [c for c in chosen if not _inside(c, regions)]
    for index, cand in enumerate(outside):
        form = raw[cand.start : cand.end].upper()
        if form not in automaton:
            automaton.add_word(form, (index, len(form)))
    automaton.make_automaton()
    found = []
    for start, end in caps:
        for s, e, index in find_words(automaton, text[start:end]):
            model = outside[index]
            found.append(
                Candidate(start + s, end=start + e, label=model.label, source="propagated", entry=model.entry)
            )
    return found
