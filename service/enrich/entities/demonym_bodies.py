"""A people's word before a ministry's full name is the people's, and the name goes on past "and".

Wire copy names a foreign government's ministry by its country's adjective and its full name: "the
Saudi Ministry of Hajj and Umrah", "the Israeli Ministry of Defense", "the Egyptian Ministry of
Health and Population". The small model takes the adjective into the name and stops at the inner
"and" ("Saudi Ministry" and a person "Umrah"), or keeps the adjective. The conventions make the
adjective a NORP of its own (a name that modifies another) and the ministry one ORG: "<demonym>
Ministry (or Department) of <capitalised words>" (not a place's name before it: "Georgia
Department of Education" is a US state's agency by its full name), joined by "and" or "of", up to a title word
("... of Defence and Interior Minister X" ends before "and Interior Minister"). One regex scan
after an ``in`` test for "Ministry of " or "Department of ".
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_WORDS = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*"
_BODY = re.compile(
    rf"(?<![\w-])([A-Z][a-z]+) ((?:Ministry|Department) of {_WORDS}(?:,? (?:and|of) {_WORDS})*)"
)


def demonym_bodies(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with "<demonym> Ministry of ..." as a NORP and an ORG, the model's pieces dropped."""
    if "Ministry of " not in text and "Department of " not in text:
        return chosen
    out = list(chosen)
    for match in _BODY.finditer(text):
        if surface_key(match.group(1)) in words.nations or not words.is_demonym(match.group(1)):
            continue
        start, end = match.span(2)
        end = start + _before_title(match.group(2), words)
        crossing = [c for c in out if c.start < end and match.start() < c.end]
        if any(c.start < match.start() or c.end > match.end() for c in crossing):
            continue  # a longer name holds it
        out = [c for c in out if c not in crossing]
        out.append(MentionCandidate(*match.span(1), "NORP", "ner", sure=True))
        out.append(MentionCandidate(start, end, "ORG", "ner", sure=True))
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _before_title(name: str, words: EntityWords) -> int:
    """Length of the ministry's name before a title's phrase ("and Interior Minister")."""
    tokens = name.split(" ")
    for index, token in enumerate(tokens[3:], start=3):
        if token in words.of("title"):
            joins = [j for j in range(3, index) if tokens[j] == "and"]
            kept = tokens[: joins[-1]] if joins else tokens[:index]
            return len(" ".join(kept).rstrip(","))
    return len(name)
