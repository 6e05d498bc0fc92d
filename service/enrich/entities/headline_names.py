"""Mentions in headline-cased text (:mod:`service.enrich.text.headlines`), kept only when confirmed.

In a Title Case title or an all-capitals body line only mentions that the alias table or the rest
of the article confirms are kept; an all-capitals line also gets the article's other names found in
capitals ("JAPAN" when the story says "Japan").
"""

import ahocorasick

from service.enrich.entities.aliases import find_words, surface_key
from service.enrich.entities.candidates import MentionCandidate


def _inside(cand: MentionCandidate, regions: list[tuple[int, int]]) -> bool:
    return any(start <= cand.start and cand.end <= end for start, end in regions)


def confirmed(
    raw: str, chosen: list[MentionCandidate], regions: list[tuple[int, int]]
) -> list[MentionCandidate]:
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


def capitals(
    raw: str, text: str, chosen: list[MentionCandidate], regions: list[tuple[int, int]]
) -> list[MentionCandidate]:
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
                MentionCandidate(
                    start + s, end=start + e, label=model.label, source="propagated", entry=model.entry
                )
            )
    return found
