"""Mentions in headline-cased text (:mod:`service.enrich.text.headlines`), kept only when confirmed.

In a Title Case title or an all-capitals body line only mentions that the alias table or the rest
of the article confirms are kept; an all-capitals line also gets the article's other names found in
capitals ("JAPAN" when the story says "Japan"), and the countries it names in full ("ETHIOPIA AND
SENEGAL LEADING GROWTH" in a results brief written in capitals): a country's name is no ordinary
word that a capital makes look like one (not "CHAD" or "TURKEY", which are).
"""

import re

import ahocorasick

from service.enrich.entities.aliases import AliasTable, find_words, surface_key
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


#: Runs of up to four words in capitals: the country names a capitals line may hold.
_CAPS_WORDS = re.compile(r"(?<![\w'-])[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,3}(?![\w'-])")
#: Country names that are also ordinary English words, which a capitals line makes look alike.
_WORD_COUNTRIES = frozenset({"chad", "turkey", "jordan", "georgia", "guinea", "niger", "china", "japan"})


def capitals(
    raw: str,
    text: str,
    chosen: list[MentionCandidate],
    regions: list[tuple[int, int]],
    aliases: AliasTable,
    nations: frozenset[str],
) -> list[MentionCandidate]:
    """The article's names (read in ``raw``) again where all-capitals lines of ``text`` spell them.

    Also the countries those lines name in full (``nations``: folded country names), found in each
    run of capitalised words, longest first.
    """
    caps = [(start, end) for start, end in regions if text[start:end].isupper()]
    if not caps:
        return []
    found = [c for start, end in caps for c in _countries(text, start, end, aliases, nations)]
    automaton = ahocorasick.Automaton()
    outside = [c for c in chosen if not _inside(c, regions)]
    for index, cand in enumerate(outside):
        form = raw[cand.start : cand.end].upper()
        if form not in automaton:
            automaton.add_word(form, (index, len(form)))
    automaton.make_automaton()
    for start, end in caps:
        for s, e, index in find_words(automaton, text[start:end]):
            model = outside[index]
            found.append(
                MentionCandidate(
                    start + s, end=start + e, label=model.label, source="propagated", entry=model.entry
                )
            )
    return found


def _countries(
    text: str, start: int, end: int, aliases: AliasTable, nations: frozenset[str]
) -> list[MentionCandidate]:
    """Countries named in full in the capitals line ``text[start:end]``, as GPE mentions."""
    found = []
    for run in _CAPS_WORDS.finditer(text, start, end):
        words = run.group().split(" ")
        offsets = [run.start()]
        for word in words[:-1]:
            offsets.append(offsets[-1] + len(word) + 1)
        index = 0
        while index < len(words):
            for size in range(min(4, len(words) - index), 0, -1):
                form = " ".join(words[index : index + size])
                key = surface_key(form)
                if key in nations and key not in _WORD_COUNTRIES:
                    begin = offsets[index]
                    entry = aliases.lookup(form.title())
                    found.append(MentionCandidate(begin, begin + len(form), "GPE", "propagated", entry))
                    index += size
                    break
            else:
                index += 1
    return found
