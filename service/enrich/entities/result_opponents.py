"""Opponents named around one match score in the prose of a sports round-up.

A round-up of a league's weekend names each club once or twice, often by its town or a short name
that the small model reads as a place or a person, or misses: "beat Castelmar 3-1", "won 1-0 at
Harbourg", "a 4-0 win over Vestra Kessel", "were held 0-0 by Ardmore". In a story surely about
sport (:func:`~service.enrich.entities.clubs.sports_story`), capitalised words

- right after a result verb and right before a single score ("beat X 3-1"), or
- right after a single score (with "win", "defeat", ... between) and "over", "against", "to",
  "by", "with" or "at" ("2-0 at X"), when the word before the score is lowercase (in "beat X
  3-1 at Y", Y is the ground),

are a competitor: a club (ORG). A country stays a place (a national team is named like its
country), a two-word person none of whose words is a place stays a person (a player), and a
score with another one or a tie-break right after it is a set score of tennis ("7-6(5) 6-4"), no
club's. After "at"
only a name the model called a place or a person is retyped: an untagged or FAC name there is
more likely the ground ("won 2-0 at Wembley"). One regular-expression scan, in sports stories only.
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import sports_story
from service.enrich.entities.words import EntityWords

#: Capitalised words; a dot only inside a word ("S.Paulo"), so that a name never runs past a full stop.
_NAME = r"[A-Z][\w'-]*(?:\.[A-Z][\w'-]*)*(?: [A-Z][\w'-]*(?:\.[A-Z][\w'-]*)*){0,2}"
_SCORE = r"\d{1,3}-\d{1,3}"
#: "beat X 3-1": the name between a result verb and a lone score.
_BEFORE_SCORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|edged|thrashed|routed|stunned|downed|drew with|lost to|"
    rf"fell to)\s+(?:the\s+)?({_NAME})\s+{_SCORE}\b(?![-\d(])(?!\s+\d{{1,3}}-\d)"
)
#: "won 1-0 at X", "a 4-0 win over X": the name after a lone score and a preposition.
_AFTER_SCORE = re.compile(
    rf"(?<![-\d])([a-z]+)\s+{_SCORE}\b(?![-\d(])(?:\s+(?:win|victory|defeat|loss|draw|home win|away win))?"
    rf"\s+(over|against|to|by|with|at)\s+(?:the\s+)?({_NAME})\b"
)
_PLACES = frozenset({"GPE", "LOC"})
_KEEP_AFTER_AT = frozenset({"FAC", "ORG", "EVENT"})


def result_opponents(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the opponents named around a match score made clubs (ORG)."""
    if not sports_story(text, words)[1]:
        return chosen
    found: list[tuple[int, int, bool]] = []  # name's span, and whether it came after "at"
    for match in _BEFORE_SCORE.finditer(text):
        found.append((*match.span(1), False))
    for match in _AFTER_SCORE.finditer(text):
        found.append((*match.span(3), match.group(2) == "at"))
    if not found:
        return chosen
    out = list(chosen)
    for start, end, after_at in found:
        name = text[start:end]
        if text.startswith(". ", end) and len(name) <= 3:
            continue  # an abbreviation cut at its dot ("St. ...")
        if surface_key(name) in words.nations or name in words.stop or name.split(" ")[0] in words.stop:
            continue
        same = [i for i, c in enumerate(out) if c.start == start and c.end == end]
        inside = [i for i, c in enumerate(out) if c.start >= start and c.end <= end]
        if same:
            cand = out[same[0]]
            if cand.label == "ORG" or not _retyped(cand, name, after_at, words):
                continue
            out[same[0]] = MentionCandidate(start, end, "ORG", cand.source, cand.entry, sure=True)
        elif not after_at and not any(c.overlaps(MentionCandidate(start, end, "ORG", "club")) for c in out):
            out.append(MentionCandidate(start, end, "ORG", "club", sure=True))
        elif not after_at and inside and all(out[i].label in _PLACES for i in inside):
            # a club's place word the model tagged alone ("Vestra [Kessel]")
            out = [c for i, c in enumerate(out) if i not in inside]
            out.append(MentionCandidate(start, end, "ORG", "club", sure=True))
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _retyped(cand: MentionCandidate, name: str, after_at: bool, words: EntityWords) -> bool:
    """Whether the model's reading of ``name`` gives way to a club's."""
    if after_at and cand.label in _KEEP_AFTER_AT:
        return False
    if cand.label == "PERSON" and " " in name:
        return any(word in words.place_types for word in name.split(" "))
    return cand.label in _PLACES or cand.label == "PERSON" or cand.label in {"NORP", "PRODUCT", "FAC"}
