"""Players in the line-ups, ranking lines and scorecards of sports copy, which the model misses.

Wire services print teams and results as lists that read like no sentence the model learnt from:

- a line-up: shirt numbers and dashes before names, a substitute in brackets with the minute,
  "1 - Ann Lee; 5 - Bo Chan (12 - Cy Park 46th), 8 - Di Roe"; three items in one line at least;
- a ranking line: a place, a total or a seeding, the name, figures, a country in brackets or
  "beat": "3. Ann Lee (Norland) 11.07", "281 Bo Chan 70 69 71 71", "4 - Cy Park (Norland) beat";
  three such lines in the story at least; without a country after it only a name of two words or
  more in a sports story (else it may be a team in a standings table or a party in a poll);
- a cricket scorecard line: batter, fielder and bowler of a dismissal, "Ann Lee c Roe b Chan 45",
  "Bo Chan lbw b Park 0", "Cy Park not out 12";
- a scorer with the minute of the goal, "Ann Lee (31st)", and two competitors with their countries
  either side of "beat", "Ann Lee (Norland) beat Bo Chan (Vestmark)".

A name here is one to four capitalised words (particles such as "van" or "de" between them). It is
added as a person where no candidate overlaps it; a model span of two words or more that is
exactly the name and read as an organisation or a place is retyped (never a club the clubs rule
found), unless a word of it says otherwise or the alias table knows it (a club, a country).
"""

import re

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import sports_story
from service.enrich.entities.words import EntityWords

_WORD = r"(?:[A-Z]')?[A-Z](?:[a-z]+|[a-z]*[A-Z][a-z]+)(?:-[A-Z][a-z]+)?"
_PARTICLE = r"(?:van|von|de|der|den|da|di|do|dos|del|della|du|la|le|ter|bin|ibn|al|el)"
NAME_PATTERN = rf"{_WORD}(?: (?:{_PARTICLE} )*{_WORD}){{0,3}}"
#: "5 - Bo Chan" after a line start, a comma, a semicolon, a bracket or a team's dash; the name ends at
#: punctuation, a minute ("46th") or the line's end.
_LINEUP_ITEM = re.compile(
    rf"(?:^|(?<=[,;(])|(?<= -))[ \t]*\d{{1,2}}[ \t]?-[ \t]?({NAME_PATTERN})"
    r"(?=[ \t]*(?:[,;()]|\d{1,3}(?:st|nd|rd|th)\b|$))",
    re.MULTILINE,
)
#: "3. Ann Lee (Norland) 11.07", "281 Bo Chan 70 69 71 71", "4 - Cy Park (Norland) beat ...".
_RANKED = re.compile(
    rf"^[ \t]*(?:\d{{1,3}}[.=]?|\d{{1,2}} -)[ \t]+({NAME_PATTERN})([ \t]+\([^()\n]{{2,30}}\))?"
    r"(?:[ \t]+(?=\d|beat\b)|[ \t]*$)",
    re.MULTILINE,
)
#: "Ann Lee (31st)", "Bo Chan (75th, pen)": a scorer and the minute of the goal.
_SCORER = re.compile(
    rf"({NAME_PATTERN}) \(\d{{1,3}}(?:st|nd|rd|th)(?: min(?:ute)?)?(?:, pen(?:alty)?)?\)"
    rf"|\(({NAME_PATTERN}) \d{{1,3}}(?:st|nd|rd|th)\)"
)
#: "Ann Lee (Norland) beat Bo Chan (Vestmark)": a match between two competitors with their countries.
_BEAT = re.compile(
    rf"({NAME_PATTERN}) \([A-Z][A-Za-z. ]{{1,24}}\) (?:beat|bt) ({NAME_PATTERN}) \([A-Z][A-Za-z. ]{{1,24}}\)"
)
_INITIALLED = rf"(?:[A-Z]\. )?{NAME_PATTERN}"
#: "Ann Lee c Roe b Chan 45", "Bo Chan lbw b Park 0", "Di Roe c & b Park 3", "Cy Park not out 12".
_SCORECARD = re.compile(
    rf"^({_INITIALLED}) (?:(?:c|st) ({_INITIALLED}) |lbw |c & )?(?:b ({_INITIALLED})|not out|run out)"
    rf"(?: \([^()\n]{{2,40}}\))? \d{{1,3}}[ \t]*$",
    re.MULTILINE,
)
_LINEUP_MIN_ITEMS = 3
_RANKED_MIN_LINES = 3
#: Labels the model gives players in these lists.
_MISREAD = frozenset({"ORG", "FAC", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"})
_NOT_A_PERSON_KINDS = ("org_tail", "fac_tail", "loc_tail", "event_head", "title", "stop", "org_extend")


def lineup_players(
    text: str, chosen: list[MentionCandidate], aliases: AliasTable, words: EntityWords
) -> list[MentionCandidate]:
    """``chosen`` with the players of line-ups, ranking lines and scorecards (see the module)."""
    found = _player_spans(text, words)
    if not found:
        return chosen
    chosen = _split_glued(text, chosen, found)
    by_span = {(c.start, c.end): i for i, c in enumerate(chosen)}
    result = list(chosen)
    added = []
    for start, end in sorted(found):
        form = text[start:end]
        if _says_otherwise(form, aliases, words):
            continue
        index = by_span.get((start, end))
        if index is not None:
            cand = result[index]
            if cand.label in _MISREAD and cand.entry is None and cand.source != "club" and " " in form:
                result[index] = MentionCandidate(start, end, "PERSON", cand.source, None, sure=True)
        elif not any(c.start < end and start < c.end for c in result):
            added.append(MentionCandidate(start, end, "PERSON", "title", None, sure=True))
    return sorted(result + added, key=lambda c: (c.start, c.end)) if added else result


#: What the model glues between or after players of one list line: "st", "b", a score.
_GLUE = re.compile(r"(?:[\s,;()]|\d+|\b(?:c|b|st|lbw|run|out|not)\b)*")


def _split_glued(
    text: str, chosen: list[MentionCandidate], found: set[tuple[int, int]]
) -> list[MentionCandidate]:
    """A model span that runs over players of a list and the glue between them, cut into the players.

    "Ann Lee st Roe" and "Bo Chan 69" become "Ann Lee", "Roe" and "Bo Chan"; the players' own
    spans then get their reading below.
    """
    result = []
    for cand in chosen:
        inside = sorted(f for f in found if cand.start <= f[0] and f[1] <= cand.end)
        if not inside or cand.entry is not None or (cand.start, cand.end) in found:
            result.append(cand)
            continue
        edges = [cand.start, *(x for span in inside for x in span), cand.end]
        gaps = [text[edges[i] : edges[i + 1]] for i in range(0, len(edges), 2)]
        if all(_GLUE.fullmatch(gap) for gap in gaps):
            continue  # dropped: the players' spans are added as new candidates
        result.append(cand)
    return result


def _player_spans(text: str, words: EntityWords) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    if " -" in text or "- " in text:
        for line in _lines(text):
            items = list(_LINEUP_ITEM.finditer(text, *line))
            if len(items) >= _LINEUP_MIN_ITEMS:
                spans.update(m.span(1) for m in items)
    ranked = list(_RANKED.finditer(text))
    if len(ranked) >= _RANKED_MIN_LINES:
        # a one-word name with no country after it may be a team in a standings table; without a
        # country, only a sports story's ranking lists people ("1. Labour 35" is a poll)
        sporty = sports_story(text, words)[0]
        spans.update(m.span(1) for m in ranked if m.group(2) or (sporty and " " in m.group(1)))
    if "th)" in text or "st)" in text or "nd)" in text or "rd)" in text or "pen)" in text:
        spans.update(m.span(1) if m.group(1) else m.span(2) for m in _SCORER.finditer(text))
    if ") beat " in text or ") bt " in text:
        spans.update(m.span(group) for m in _BEAT.finditer(text) for group in (1, 2))
    if " b " in text or " not out " in text:
        for match in _SCORECARD.finditer(text):
            spans.update(match.span(group) for group in (1, 2, 3) if match.group(group))
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each line that has a dash."""
    bounds, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if "-" in line:
            bounds.append((start, end))
        start = end + 1
    return bounds


def _says_otherwise(form: str, aliases: AliasTable, words: EntityWords) -> bool:
    """A word of the name makes it an organisation, a place or a title, or the alias table knows it."""
    tokens = form.split()
    if any(t in words.of(kind) for t in tokens for kind in _NOT_A_PERSON_KINDS):
        return True
    if any(words.is_demonym(t) for t in tokens) or form in words.place_types:
        return True
    return aliases.lookup(form) is not None
