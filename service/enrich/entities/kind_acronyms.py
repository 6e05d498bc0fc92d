"""An acronym right after a lowercase kind of organisation is that organisation.

Business and politics copy introduces a body by its kind and its acronym alone: "antitrust
regulator CADE", "state oil firm NNPC", "coalition partner SPD", "the miner ZCCM". The small model
often tags no name there (an unknown word in capitals). A word of two to eight capitals (digits,
"&" or a hyphen allowed) right after a word of ``org_noun`` ("regulator", "firm", "lender",
"union", ...) is an organisation; not a country's ("the side USA": a national team is a place),
not a word of the ``never`` and ``title`` lists ("CEO"). One regex scan (in C) for capitals after a
lowercase letter and a space, then a set lookup of the word before.
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_MIN_CAPITALS = 2
#: A word of capitals after a lowercase word; the word before is then looked up among the kinds.
#: The word before is checked after the first capital, so that re can skip to capitals.
_CAPITALS = re.compile(r"[A-Z](?<=[a-z] [A-Z])[A-Z0-9&-]{1,7}(?![\w.&'-])")


def kind_acronyms(text: str, words: EntityWords) -> list[MentionCandidate]:
    """Sure ORG candidates of the acronyms right after an organisation's kind word."""
    nouns = words.of("org_noun")
    found = []
    for match in _CAPITALS.finditer(text):
        acronym = match.group()
        start = match.start()
        if text[text.rfind(" ", 0, start - 1) + 1 : start - 1] not in nouns:
            continue
        if sum(c.isupper() for c in acronym) < _MIN_CAPITALS or surface_key(acronym) in words.nations:
            continue
        if acronym in words.of("never") or acronym in words.of("title") or acronym in words.place_types:
            continue
        found.append(MentionCandidate(start, match.end(), "ORG", "acronym", sure=True))
    return found
