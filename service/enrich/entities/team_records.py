"""A team's nickname before its win-loss record: "The Chaparrals (12-1) trailed by 10".

US sports copy gives a team's record in parentheses after its name. The small model often leaves
a plural nickname there untagged. In a story surely about sport, one or two capitalised words
after "the", ending in a plural ("...s", not "...ss" or "...us"), right before a record ("(12-1)",
"(8-3-1)") are a team (ORG). People take no "the" (a pitcher's or a boxer's record follows a
person's name: "Ann Lee (12-4)"), so the article is the cue. One regex scan after an ``in`` test.
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import sports_story
from service.enrich.entities.words import EntityWords

_RECORD = re.compile(
    r"\b(?:The|the) ((?:[A-Z][\w.'-]* )?[A-Z][a-z]+(?<![su])s) \(\d{1,3}-\d{1,3}(?:-\d{1,2})?\)"
)
_RETYPED = frozenset({"PERSON", "GPE", "NORP", "LOC"})


def team_records(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with each "the <Plural> (W-L)" nickname a team (ORG), added or retyped."""
    if "-" not in text or not sports_story(text, words)[1]:
        return chosen
    found = [match.span(1) for match in _RECORD.finditer(text)]
    if not found:
        return chosen
    out = list(chosen)
    for start, end in found:
        crossing = [i for i, c in enumerate(out) if c.start < end and start < c.end]
        if not crossing:
            out.append(MentionCandidate(start, end, "ORG", "club", sure=True))
            continue
        c = out[crossing[0]]
        same = len(crossing) == 1 and (c.start, c.end) == (start, end)
        if same and c.label in _RETYPED and c.entry is None:
            out[crossing[0]] = MentionCandidate(start, end, "ORG", c.source, sure=True)
    out.sort(key=lambda c: (c.start, c.end))
    return out
