"""Acronyms in parentheses after a body's name translated from another language.

News gives a party's or a body's name in English and its acronym in the name's own language:
"the Civic Union (UO)", "the Order and Renewal (PiR) party". The letters do not spell the English
name, so the defined-acronym rule (:mod:`.acronyms`) does not take them. Two kinds:

- an acronym in parentheses right after an organisation's name of two words or more is its
  acronym, whatever its letters, when it has two capitals at least and is no place ("(US)") and no
  instrument code (those have a dot);
- so is a one-word short name with one capital that starts with the name's first letter, after a
  name of three words or more: "the Pharmaceuticals Export Promotion Council of India
  (Pharmexcil)" (a portmanteau of the name's syllables, as bodies in India and Africa coin them);
- capitalised words (with "and", "of", "for", "the" between them) before "(<acronym>) party" are a
  party's name the model may have read as a person ("Law" of "Order and Renewal"): the name and the
  acronym are organisations.

Read from the characters after each organisation and from one regular-expression scan for
"(...) party" (in C); the later mentions of the acronym are found by propagation.
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: " (ACR)" right after a name: a capital, then letters (with one more capital at least, or a short
#: name's lowercase letters); up to twelve letters ("LANACOME" of a French name, "Pharmexcil").
_AFTER = re.compile(r" \(([A-Z][A-Za-z]{1,11})\)")
_MIN_SHORT_NAME = 5
_MIN_LONG_NAME = 3
#: A party's name of capitalised words and minor words, then "(ACR) party".
_PARTY = re.compile(
    r"((?:[A-Z][\w'-]*)(?: (?:and|of|for|the|[A-Z][\w'-]*)){0,5}) \(([A-Z][A-Za-z]{1,6})\) [Pp]arty\b"
)
_MINOR = frozenset({"and", "of", "for", "the"})


def foreign_acronyms(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """New candidates: the acronyms and party names of the module rules."""
    found = []
    for cand in chosen:
        if cand.label != "ORG" or " " not in text[cand.start : cand.end].strip():
            continue
        if (match := _AFTER.match(text, cand.end)) and (
            _acronym(match.group(1), words) or _short_name(match.group(1), text[cand.start : cand.end], words)
        ):
            found.append(MentionCandidate(*match.span(1), "ORG", "acronym", cand.entry))
    if ") party" in text or ") Party" in text:
        for match in _PARTY.finditer(text):
            start = _name_start(text, *match.span(1), words)
            if start is not None and _acronym(match.group(2), words):
                found.append(MentionCandidate(start, match.end(1), "ORG", "acronym", sure=True))
                found.append(MentionCandidate(*match.span(2), "ORG", "acronym"))
    return found


def _acronym(token: str, words: EntityWords) -> bool:
    capitals = sum(c.isupper() for c in token)
    return capitals >= 2 and surface_key(token) not in words.nations and token not in words.place_types


def _short_name(token: str, name: str, words: EntityWords) -> bool:
    """A portmanteau short name: one capital, the name's first letter, a name of three words or more."""
    return (
        len(token) >= _MIN_SHORT_NAME
        and token[1:].islower()
        and token[0] == name.lstrip()[:1]
        and len(name.split()) >= _MIN_LONG_NAME
        and token not in words.stop
        and token not in words.place_types
        and surface_key(token) not in words.nations
    )


def _name_start(text: str, start: int, end: int, words: EntityWords) -> int | None:
    """Where the party's name begins: past leading stop words and minor words; None if nothing is left."""
    tokens = text[start:end].split(" ")
    while tokens and (
        tokens[0] in _MINOR or tokens[0] == "The" or tokens[0] in words.stop or not tokens[0][:1].isupper()
    ):
        start += len(tokens.pop(0)) + 1
    return start if tokens and tokens[-1] not in _MINOR else None
