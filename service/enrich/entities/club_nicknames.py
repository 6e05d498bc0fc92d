"""A club named "the <Place> <Plural nickname>" that the model read as a person: an organisation.

Sports copy names a club by its town and a plural nickname, after "the" ("host the Eastport
Gulls"); the small model may read the two words as a person's forename and surname. In a story
that is surely about sport, a person's span of two or three capitalised words right after "the",
ending in a capitalised plural ("...s", not "...ss" or "...us"), is a club. People's names take no
"the", so the article is the cue. Read from each candidate's own words and the word before it.
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import sports_story
from service.enrich.entities.words import EntityWords

_CLUB = re.compile(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,1} [A-Z][a-z]+(?<![su])s")


def club_nicknames(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with each "the <Place> <Plural>" person of a sports story made a club."""
    if not any(c.label == "PERSON" and text.endswith(("the ", "The "), 0, c.start) for c in chosen):
        return chosen
    if not sports_story(text, words)[1]:
        return chosen
    return [_club(text, c) for c in chosen]


def _club(text: str, cand: MentionCandidate) -> MentionCandidate:
    if (
        cand.label != "PERSON"
        or cand.entry is not None
        or not text.endswith(("the ", "The "), 0, cand.start)
        or not _CLUB.fullmatch(text, cand.start, cand.end)
    ):
        return cand
    return MentionCandidate(cand.start, cand.end, "ORG", cand.source, sure=True)
