"""A firm's unit named between its owner's possessive and a unit word is an organisation.

Business and security copy names a subsidiary by its owner: "Google's Mandiant unit", "Sony's
Columbia label", "Alphabet's Waymo arm". The small model tags the owner and often nothing after
its "'s", or reads the unit as a person. One to three capitalised words between an organisation's
"'s" and "unit", "arm", "subsidiary", "division", "affiliate", "label" or "studio" are an
organisation, unless they are a people's or a place's name ("Wistron's Indian unit", "Acme's
Brazil arm": where the unit is, not its name); the model's spans inside give way. One regex scan
after ``in`` tests for "'s " and the unit words.
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_UNIT_WORDS = (" unit", " arm", " subsidiary", " division", " affiliate", " label", " studio")
_UNIT = re.compile(
    r"(?:'s|’s) ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})"
    r" (?:unit|arm|subsidiary|division|affiliate|label|studio)\b"
)


def firm_units(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with units named after their owner's possessive as sure ORG mentions."""
    if ("'s " not in text and "’s " not in text) or not any(word in text for word in _UNIT_WORDS):
        return chosen
    owners = {c.end for c in chosen if c.label == "ORG"}
    out = list(chosen)
    for match in _UNIT.finditer(text):
        if match.start() not in owners:
            continue
        start, end = match.span(1)
        name = match.group(1)
        if words.is_demonym(name) or name in words.place_types or surface_key(name) in words.nations:
            continue
        crossing = [c for c in out if c.start < end and start < c.end]
        if any(c.start < start or c.end > end for c in crossing):
            continue
        out = [c for c in out if c not in crossing]
        out.append(MentionCandidate(start, end, "ORG", "ner", sure=True))
    out.sort(key=lambda c: (c.start, c.end))
    return out
