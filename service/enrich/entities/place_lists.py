"""A list of names before a plural place noun: each name is a place ("A, B and C districts").

Local and disaster news lists the districts or towns something touched by their names and one
plural noun after them ("rain was forecast for Ashby, Crane and Dole districts"), or in an
apposition with a number ("near Ashby and Crane, two small communities"); the small model reads
the names as organisations or people, or misses some. Each name of such a list is a GPE; a name
the model typed as a place keeps its type. The nouns are the plurals of the shared
``admin_noun`` list ("districts", "towns", "villages", ...; not "capitals", "kingdoms",
"republics", said of whole countries, nor US "counties" and "townships", whose bare names the
regions step would send to a town of another state); "communities" only after a number ("two
small communities"), as "Hispanic and Black communities" are peoples. A list with a people's or
a party's word ("Kurdish and Arab villages", "Republican and Democratic states": a demonym or a
name the model typed NORP), a stop word or a compass word ("Northern and Eastern provinces") is
left alone. One regex scan, run only when the text holds one of the nouns.
"""

import re
from bisect import bisect_left

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Admin nouns said of whole countries, whose plural follows adjectives more than names; and US
#: counties and townships, named after people and towns of other states: a bare "Clark" or
#: "Madison" made a place sends the regions step to a town elsewhere (dev: LGL's local news lost
#: subdivisions when "A, B and C counties" were typed so).
_NOT_LISTED = frozenset({"capital", "kingdom", "republic", "emirate", "state", "county", "township"})
#: Capitalised words that describe a part of a country rather than name it.
_COMPASS = frozenset(
    {"Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Coastal", "Rural", "Border"}
)
_NAME = r"[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,2}"
_LIST = rf"(?<![\w'.-])((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME})"
_PLACES = frozenset({"GPE", "LOC"})

_PATTERNS: dict[frozenset[str], tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _compiled(words: EntityWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The list pattern and a quick test for its nouns, built once per word list."""
    nouns = words.of("admin_noun")
    if nouns not in _PATTERNS:
        plurals = sorted({_plural(n) for n in nouns - _NOT_LISTED}, key=len, reverse=True)
        pattern = re.compile(
            _LIST + r"(?: (?:" + "|".join(plurals) + r")|, (?:two|three|four|five|six|both)"
            r"(?: [a-z]+)? (?:" + "|".join((*plurals, "communities")) + r"))\b"
        )
        _PATTERNS[nouns] = (pattern, re.compile(r" (?:" + "|".join((*plurals, "communities")) + r")\b"))
    return _PATTERNS[nouns]


def place_lists(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the names of each list before a plural place noun made places."""
    pattern, nouns = _compiled(words)
    if not nouns.search(text):
        return chosen
    out = chosen
    for match in pattern.finditer(text):
        out = _listed(text, out, match, words)
    return out


def _items(text: str, match: re.Match[str], words: EntityWords) -> list[tuple[int, int]] | None:
    start = match.start(1)
    found = []
    for part in re.finditer(r"[^,]+", match.group(1)):
        for piece in re.split(r" (?:and|or) ", part.group().strip()):
            at = start + part.start() + part.group().index(piece)
            found.append((at, at + len(piece)))
    first_start, first_end = found[0]
    lead, _, rest = text[first_start:first_end].partition(" ")
    if lead in words.stop and rest:  # "In Ashby and Crane districts" at a sentence's start
        found[0] = (first_start + len(lead) + 1, first_end)
    for s, e in found:
        name = text[s:e]
        if name in words.stop or words.is_demonym(name) or set(name.split()) & _COMPASS:
            return None
    return found


def _listed(
    text: str, chosen: list[MentionCandidate], match: re.Match[str], words: EntityWords
) -> list[MentionCandidate]:
    items = _items(text, match, words)
    if items is None:
        return chosen
    starts = [c.start for c in chosen]
    low, high = items[0][0], items[-1][1]
    at = bisect_left(starts, low)
    if at > 0 and chosen[at - 1].end > low:
        return chosen  # a name runs into the list from before it
    inside = []
    while at < len(chosen) and chosen[at].start < high:
        inside.append(chosen[at])
        at += 1
    if any(c.end > high or c.label == "NORP" for c in inside):
        return chosen
    kept = {(c.start, c.end): c for c in inside}
    placed = []
    for s, e in items:
        old = kept.get((s, e))
        if old is not None and (old.label in _PLACES or old.entry is not None):
            placed.append(old)
        else:
            placed.append(MentionCandidate(s, e, "GPE", old.source if old else "ner", sure=True))
    others = [c for c in chosen if c.end <= low or c.start >= high]
    return sorted(others + placed, key=lambda c: c.start)
