"""Cricket sides named by their county: "Kentmere bowled out Eastshire for 214".

English county cricket names its first-class sides by the counties alone, and the model reads
them as places, people or peoples. In a story with cricket's own words (two of "cricket",
"innings", "wicket(s)", "batsman", "bowled", "bowler", "championship"), a name of the
``cricket_county`` list of ``entity_words.tsv`` is the side: an organisation, whatever the model
said or where it said nothing. Outside cricket copy the county stays a place.
"""

import re
from functools import cache

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_CRICKET_WORDS = re.compile(
    r"\b(cricket|innings|wickets?|batsm[ae]n|bowled|bowlers?|championship|county championship)\b"
)
_MIN_CRICKET_WORDS = 2
#: A piece of the words above that each match holds: the case-folded text is searched for them (a
#: quick substring test) before the scan, which re tries at every character.
_CRICKET_CUES = ("cricket", "innings", "wicket", "batsm", "bowl", "championship")


def county_sides(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the county sides of a cricket story as organisations (see the module)."""
    counties = words.of("cricket_county")
    folded = text.casefold()
    if (
        not counties
        or not any(cue in folded for cue in _CRICKET_CUES)
        or len({m.group(1) for m in _CRICKET_WORDS.finditer(folded)}) < _MIN_CRICKET_WORDS
    ):
        return chosen
    result = []
    for cand in chosen:
        if cand.label != "ORG" and text[cand.start : cand.end] in counties:
            cand = MentionCandidate(cand.start, cand.end, "ORG", cand.source, cand.entry, sure=True)
        result.append(cand)
    pattern = _names_pattern(counties)
    added = [
        MentionCandidate(m.start(), m.end(), "ORG", "club", None, sure=True)
        for m in pattern.finditer(text)
        if not any(c.start < m.end() and m.start() < c.end for c in result)
    ]
    return sorted(result + added, key=lambda c: (c.start, c.end)) if added else result


@cache
def _names_pattern(names: frozenset[str]) -> re.Pattern[str]:
    """One expression for the whole list, compiled once."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
