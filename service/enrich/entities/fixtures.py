"""Teams and grounds of a sports fixture list, and the ground a results line opens with.

A tour itinerary or a county programme lists matches one a line: "May 18 v Northby", "June 4-7
First test (at Kingsmead Oval, Eastport)". The name after "v" is the opposing team: an
organisation (a club, a county side), unless it is a country (a national side, left to the model).
A name after "(at" is the ground or town where it is played, and so is a town after its comma
("(at Kingsmead Oval, Eastport)"). A results line that opens with a town (and its ground in
brackets) and a colon before a team and its score names them: "Eastport (Kingsmead Oval): Northby
301 and 120-4".
Fixtures count only where two lines of that shape stand in the story, grounds only in such a story.

Sports tables too: a standings row is a team and figures only ("Northby 80 53 .602 -"), three rows
at least, and a schedule line puts the visiting team "at" the home ground ("NORTHBY AT EASTPORT"),
two lines at least, both in a sports story only (a table of votes is no standings); countries are
left to the model (a national side).
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import sports_story
from service.enrich.entities.lineups import NAME_PATTERN
from service.enrich.entities.words import EntityWords

_DATE = r"(?:[A-Z][a-z]+ )?\d{1,2}(?:-\d{1,2})?"
_FIXTURE = re.compile(rf"^{_DATE}(?: [A-Za-z-]+)*? v ({NAME_PATTERN})(?= \(|,| or |[ \t]*$)", re.MULTILINE)
_GROUND = re.compile(rf"\(at ({NAME_PATTERN}(?:'s)?)(?:,\s+({NAME_PATTERN}))?(?=[,)])")
_RESULT_GROUND = re.compile(
    rf"^({NAME_PATTERN})(?: \(({NAME_PATTERN}(?:'s)?)\))?: {NAME_PATTERN} (?:\d|beat\b)", re.MULTILINE
)
#: A team as a table prints it, capitals or not: "CLEVELAND", "Greenock Morton", "St Johnstone".
_TEAM = r"[A-Z][A-Za-z.'&-]*(?: [A-Z][A-Za-z.'&-]*){0,2}"
#: A standings row: the team, then only figures (played, won, lost, percentage, games behind).
_STANDING = re.compile(rf"^({_TEAM})(?:[ \t]+(?:\d{{1,3}}(?: 1/2)?|\.\d{{3}}|-)){{3,}}[ \t]*$", re.MULTILINE)
#: A schedule line: the visiting team "at" the home ground, "CHICAGO AT EASTPORT".
_AT_LINE = re.compile(rf"^({_TEAM}) (?:AT|at) ({_TEAM})[ \t]*$", re.MULTILINE)
_MIN_FIXTURES = 2
_MIN_STANDINGS = 3
#: Labels a team of a fixture list may carry from the model; a place reading is the usual misread.
_TEAM_MISREAD = frozenset({"GPE", "LOC", "PERSON", "FAC", "NORP"})


def fixture_names(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the teams and grounds of a fixture list typed (see the module)."""
    typed: dict[tuple[int, int], str] = {}
    fixtures = list(_FIXTURE.finditer(text)) if " v " in text else []
    if len(fixtures) >= _MIN_FIXTURES:
        for match in fixtures:
            if surface_key(match.group(1)) not in words.nations:
                typed[match.span(1)] = "ORG"
        for pattern in (_GROUND, _RESULT_GROUND):
            for match in pattern.finditer(text):
                for group in (1, 2):
                    form = match.group(group)
                    if form:
                        typed[match.span(group)] = (
                            "FAC" if form.endswith("'s") or _ground_word(form, words) else "GPE"
                        )
    standings = list(_STANDING.finditer(text))
    if len(standings) >= _MIN_STANDINGS and sports_story(text, words)[0]:
        typed.update((m.span(1), "ORG") for m in standings if surface_key(m.group(1)) not in words.nations)
    schedule = list(_AT_LINE.finditer(text))
    if len(schedule) >= _MIN_FIXTURES and sports_story(text, words)[0]:
        for match in schedule:
            typed[match.span(1)] = "ORG"
            typed[match.span(2)] = "GPE"
    return _apply(chosen, typed) if typed else chosen


def _ground_word(form: str, words: EntityWords) -> bool:
    return any(t in words.of("fac_tail") or t in {"Oval", "Park", "Ground", "Road"} for t in form.split())


def _apply(chosen: list[MentionCandidate], typed: dict[tuple[int, int], str]) -> list[MentionCandidate]:
    result = list(chosen)
    by_span = {(c.start, c.end): i for i, c in enumerate(result)}
    added = []
    for (start, end), label in sorted(typed.items()):
        index = by_span.get((start, end))
        if index is not None:
            cand = result[index]
            if cand.entry is None and cand.label != label and (label != "ORG" or cand.label in _TEAM_MISREAD):
                result[index] = MentionCandidate(start, end, label, cand.source, None, sure=True)
        elif not any(c.start < end and start < c.end for c in result):
            added.append(MentionCandidate(start, end, label, "title", None, sure=True))
    return sorted(result + added, key=lambda c: (c.start, c.end)) if added else result
