"""Clubs of a team-sport match report that the model read as people: "Villa manager X".

A football, rugby or hockey report names clubs by their town or a short name ("Villa", "Spurs",
"Manchester United"), and the small model often reads them as people: two capitalised words look
like a forename and a surname. Two shapes show a club where a person cannot stand:

- **the club before its staff's role and a name**: "Villa manager Unai Emery", "Harlow coach Ann
  Lee", "Rovers boss X": a person is named with a possessive before another's role ("Lee's coach");
- **the side of a result in a team sport**: "Spurs drew 1-1 at Everton", "Manchester United, who lost
  1-0 at Brentford": :mod:`.team_results` keeps a person's reading under a score of 21 (snooker and
  tennis players beat each other 10-7); in a story with a team sport's word and no individual
  sport's word a score of any size makes the side a club.

In a story surely about sport only; a country or home nation stays a place (a national team is
named like its country), a people's word stays NORP ("French striker X"). The mention becomes a
sure organisation, which the grouping step lets outweigh the model's person reading of the same
club's other forms ("Aston Villa" ... "Villa manager"). One scan each for a role or a result
verb (a literal first), after ``in`` tests, then a look at the few words before each.
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import sports_story
from service.enrich.entities.words import EntityWords

_NAME = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}"
#: A club's staff role, then a capitalised name ("Villa manager Unai Emery"); the club is before it.
_STAFF = re.compile(r" (?:manager|coach|head coach|boss|chairman|owner) (?=[A-Z][a-z])")
#: A result verb and a score ("Spurs drew 1-1"); the side is before it.
_SIDE = re.compile(r" (?:beat|drew|lost|won|tied|edged|thrashed|routed) (?:[a-z]+ ){0,2}\d{1,3}-\d{1,3}\b")
#: The name ending where a role or a result verb starts, and a relative clause's ", who" between.
_NAME_BEFORE = re.compile(rf"(?<![\w'.-])({_NAME})(, who)?$")
#: How far back a name may start.
_LOOKBEHIND = 40
#: What may stand right before a side that opens its clause.
_CLAUSE_START = re.compile(r"(?:^|[.!?\n]\s*|, |\b(?:as|and|while|when|but|the|The) )$")
#: Words only team sports' reports use, and words of individual sports (where sides are people).
_TEAM_SPORT = re.compile(
    r"\b(?:soccer|football|rugby|hockey|basketball|baseball|cricket|goalkeeper|striker|midfielder|"
    r"halftime|half-time|penalty|quarterback|touchdown|innings)\b"
)
_SOLO_SPORT = re.compile(r"\b(?:tennis|golf|snooker|darts|boxing|squash|badminton|chess|singles)\b")
_KEEP = frozenset({"ORG", "NORP", "EVENT", "FAC"})  # an organisation is made sure


def _names_before(text: str, cue: re.Pattern[str]) -> list[re.Match[str]]:
    """The names right before each match of ``cue`` (a literal first, so the scan skips fast)."""
    found = []
    for match in cue.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - _LOOKBEHIND), match.start())
        if name is not None:
            found.append(name)
    return found


def club_sides(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the clubs of a team-sport report that the model read otherwise made clubs."""
    staff = " manager " in text or " coach " in text or " boss " in text
    sides = "-" in text
    if not (staff or sides) or not sports_story(text, words)[1]:
        return chosen
    spans: list[tuple[int, int]] = []
    if staff:
        spans += [found.span(1) for found in _names_before(text, _STAFF) if not found.group(2)]
    folded = text.casefold()
    if sides and _TEAM_SPORT.search(folded) and not _SOLO_SPORT.search(folded):
        for found in _names_before(text, _SIDE):
            start = found.start(1)
            if found.group(2) or _CLAUSE_START.search(text[max(0, start - 8) : start]):
                spans.append(found.span(1))
    if not spans:
        return chosen
    at = {(c.start, c.end): i for i, c in enumerate(chosen)}
    out = list(chosen)
    for start, end in spans:
        name = text[start:end]
        first = name.split(" ")[0]
        if surface_key(name) in words.nations or first in words.stop or first in words.of("title"):
            continue
        i = at.get((start, end))
        if i is None or words.is_demonym(name) or (out[i].label in _KEEP and out[i].label != "ORG"):
            continue
        if out[i].label == "ORG" and out[i].sure and out[i].source != "club":
            continue
        # sure, and not "club": the grouping step discounts the town-named club guesses of
        # :mod:`.clubs`, while a staff role or a team result is firm evidence
        source = "ner" if out[i].source == "club" else out[i].source
        out[i] = MentionCandidate(start, end, "ORG", source, None, sure=True)
    return out
