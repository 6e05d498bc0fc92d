"""Both sides of a team result: the winner before the verb, and a team named like a person.

A local sports page names high school and college teams by their school, suburb or state, which
the small model reads as people or places: "Westlake beat Lake Travis 35-31", "Vandegrift lost
28-14 to Cedar Park", "Texas routed Incarnate Word 94-51". :mod:`.result_opponents` types the
side after the verb; this module types

- the side before a result verb ("X beat Y 3-1", "X lost 3-1 to Y", "X fell to Y 3-1"): a club
  (ORG), at a sentence's or clause's start (after ". ", ", ", "as", "and", "while", "when",
  "where", "the"); and
- either side read as a person when the winning score is above 21: no individual sport's final
  score goes that high (tennis sets, snooker frames, darts sets, squash and badminton games), so
  "Lake Travis" in "beat Lake Travis 35-31" is a team, while "O'Sullivan beat Trump 10-7" keeps
  its players.

A country or home nation stays a place (a national team is named like its country), a score with
another one or a tie-break after it is tennis. One regular-expression scan, in sports stories only.
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import sports_story
from service.enrich.entities.words import EntityWords

_NAME = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}"
_SCORE = r"(\d{1,3})-(\d{1,3})\b(?![-\d(])(?!,? \d{1,3}-\d)"
_BEAT = (
    r"beat|beats|defeated|defeats|edged|edges|thrashed|routed|stunned|downed|topped|blanked|"
    r"outlasted|dominated|upset|lost to|fell to|drew with|tied"
)
#: "X beat Y 3-1" (and "X lost to Y 3-1"): both sides and the score.
_VERB_FIRST = re.compile(rf"({_NAME}) (?:{_BEAT}) (?:the )?({_NAME}) {_SCORE}")
#: "X lost 3-1 to Y", "X won 3-1 over Y".
_SCORE_FIRST = re.compile(
    rf"({_NAME}) (?:lost|fell|won|dropped|drew|tied) {_SCORE}(?: (?:in overtime|at home|on the road))? "
    rf"(?:to|against|over|with) (?:the )?({_NAME})"
)
#: What may stand right before the side that opens the clause.
_CLAUSE_START = re.compile(r"(?:^|[.!?\n]\s*|, |\b(?:as|and|while|when|where|but|the|The) )$")
#: The highest final score of an individual sport's match.
_INDIVIDUAL_MAX = 21
_KEEP = frozenset({"ORG", "EVENT", "FAC"})


def team_results(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the sides of team results made clubs (ORG); see the module."""
    if not sports_story(text, words)[1]:
        return chosen
    sides: list[tuple[int, int, bool, bool]] = []  # span, subject?, team score?
    for match in _VERB_FIRST.finditer(text):
        team = max(int(match.group(3)), int(match.group(4))) > _INDIVIDUAL_MAX
        sides += [(*match.span(1), True, team), (*match.span(2), False, team)]
    for match in _SCORE_FIRST.finditer(text):
        team = max(int(match.group(2)), int(match.group(3))) > _INDIVIDUAL_MAX
        sides += [(*match.span(1), True, team), (*match.span(4), False, team)]
    if not sides:
        return chosen
    out = list(chosen)
    for start, end, subject, team in sides:
        name = text[start:end]
        first = name.split(" ")[0]
        if surface_key(name) in words.nations or first in words.stop or first in words.of("title"):
            continue
        if subject and not _CLAUSE_START.search(text[max(0, start - 8) : start]):
            continue
        same = [i for i, c in enumerate(out) if c.start == start and c.end == end]
        if same:
            cand = out[same[0]]
            if cand.label in _KEEP or (cand.label == "PERSON" and not team) or (not subject and not team):
                continue  # the object's other readings are result_opponents' to judge
            # the alias table's entry is the place's, not its team's
            out[same[0]] = MentionCandidate(start, end, "ORG", cand.source, None, sure=True)
        elif subject and not any(c.start < end and start < c.end for c in out):
            out.append(MentionCandidate(start, end, "ORG", "club", sure=True))
    out.sort(key=lambda c: (c.start, c.end))
    return out
