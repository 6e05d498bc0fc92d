"""Players of a tennis report, which the model often calls organisations or buildings.

A story with a set score ("6-4 3-6 7-6(5)") is about an individual sport: its two- or
three-word names made of capitalised words alone ("Holger Rune", "Mirra Andreeva") are players,
whatever the model said, unless a word of the name says otherwise (an organisation's, a
building's or a place's word, a people, a title), the alias table knows it, or "the" or a locative
stands before it ("at the Foro Italico"). Such a story has no clubs named by their town either.
"""

import re

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: A set won 6-x or 7-5/7-6 followed by another set: only tennis writes that.
#: What may not stand before the set is checked after its first digit, so that re can skip to a 6 or 7.
SET_SCORE = re.compile(r"(?:6(?<![\d-]6)-[0-4]|7(?<![\d-]7)-[56])(?:\(\d+\))? [0-7]-[0-7](?![\d-])")
#: Labels the model gives players here.
_MISREAD = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "GPE", "NORP"})
_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")
_SHAPE_KINDS = ("org_tail", "fac_tail", "loc_tail", "event_head", "title", "stop", "org_extend")


def players(
    text: str, chosen: list[MentionCandidate], aliases: AliasTable, words: EntityWords
) -> list[MentionCandidate]:
    """``chosen`` with the players of a tennis story retyped as people (see the module)."""
    if not SET_SCORE.search(text):
        return chosen
    return [_player(text, cand, aliases, words) for cand in chosen]


def _player(text: str, cand: MentionCandidate, aliases: AliasTable, words: EntityWords) -> MentionCandidate:
    form = text[cand.start : cand.end]
    if cand.label not in _MISREAD or cand.entry is not None or not _NAME.fullmatch(form):
        return cand
    tokens = form.split()
    if any(t in words.of(kind) for t in tokens for kind in _SHAPE_KINDS):
        return cand
    if any(t in words.place_types or words.is_demonym(t) for t in tokens) or aliases.lookup(form) is not None:
        return cand
    before = text[max(cand.start - 12, 0) : cand.start].split()
    if before and (before[-1] in ("the", "The") or before[-1].casefold() in words.of("locative")):
        return cand
    return MentionCandidate(cand.start, cand.end, "PERSON", cand.source, None, sure=True)
