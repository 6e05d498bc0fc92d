"""Persons written with a nickname in quotes between forename and surname.

US local, crime, sports and obituary copy often writes a name as 'Ann "Red" Lee' or 'Carl Ray
"C.J." Moss'. The model splits such a name at the quotes, or types the pieces as an organisation or
a work. A forename (and a middle name or initial), a one-word or initials nickname in straight or
curly quotes and a surname (with "Jr." or "Sr.") are one person, in place of the pieces or of a
person's span that took in a word before the forename. A title, a role or a kind of person before
the forename ("Singer", "Sheriff") is no part of the name.
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_WORD = r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
_NICKNAMED = re.compile(
    rf"(?<![\w.-])({_WORD})((?: (?:{_WORD}|[A-Z]\.))? [\"“](?:[A-Z][a-z]+|(?:[A-Z]\.){{1,3}})[\"”] "
    rf"{_WORD}(?: Jr\.| Sr\.)?)(?![\w-])"
)
#: The quoted nickname and the space after it, which every match holds: the full scan, which re
#: tries at every character, runs only where the text has one (most articles have none).
_QUOTED = re.compile(r"[\"“](?:[A-Z][a-z]+|(?:[A-Z]\.){1,3})[\"”] ")


def nicknamed(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with each nicknamed person as one PERSON mention in place of the pieces."""
    found = []
    if not _QUOTED.search(text):
        return chosen
    for match in _NICKNAMED.finditer(text):
        first = match.group(1)
        start = match.start(1)
        lead = first.casefold()
        if (
            first in words.of("title")
            or lead in words.of("person_lead")
            or lead in words.of("role")
            or first in words.stop
        ):
            start = match.start(2) + 1
            if not re.match(_WORD, text[start:]):
                continue
        new = MentionCandidate(start, match.end(), "PERSON", "title", sure=True)
        if any(c.label == "PERSON" and (c.start, c.end) == (new.start, new.end) for c in chosen):
            continue
        found.append(new)
    if not found:
        return chosen
    kept = [c for c in chosen if not any(c.overlaps(f) for f in found)]
    return sorted(kept + found, key=lambda c: c.start)
