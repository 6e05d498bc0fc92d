"""Events, prizes and trophies named by their last words, and an event fused with its venue.

The small model reads an unfamiliar event or prize as an organisation or a place. News names them
by a few endings, whatever comes before:

- a prize or an award ("Golden Lantern Prize", "Hollis Eminent Writer Award", "Player of the
  Year") is a WORK_OF_ART, as the labelling conventions type prizes and titles;
- a "... Cup" is a competition (EVENT), or its trophy (WORK_OF_ART) when it is lifted, hoisted,
  raised, brought or paraded ("lifted the Harlan Cup");
- a "... Games" the model did not call an organisation is a meeting ("Norby Games"; a studio
  such as "Riot Games" it calls an organisation);
- a nationality or a country and "Open" is a tournament whatever the model said, also with a
  sponsor's name before it ("Danish Open", "Acme Danish Open");
- an ordinal before a "... Council" is a council of a church ("Third Lateran Council"), an event;
- a "... Summit" is a meeting;
- "<event> at <venue>" that the model read as one name is two: the event and the ground ("the
  Northern Senior Championship at Harlow Park").

Read from each candidate's own words and a few characters before it. One regular-expression scan
(in C) finds what the model missed altogether, where no other name stands: a nationality or a
country before "Open" ("The Danish Open starts"), capitalised words before "Cup", "Trophy" or
"Games" ("the next Harlan Trophy matches"), not after a stop word alone ("The Cup"), and without a
country or nationality before a longer name ("Norland Harlan Cup team" names the Harlan Cup).
"""

import re
from bisect import bisect_left

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Last words of a prize's name.
_PRIZE_TAIL = frozenset({"Prize", "Award"})
#: "... of the Year": an award named for the one it goes to.
_OF_THE_YEAR = " of the Year"
#: Ordinals that open the name of a church council ("Second Vatican Council").
_ORDINALS = frozenset({"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth"})
#: What is done to a trophy, not to a competition, right before "the ... Cup".
_TROPHY_VERB = re.compile(r"\b(?:lift|hoist|rais|bring|brought|parad)\w* (?:the )?$", re.IGNORECASE)
#: Last words of an event that may be fused with its venue over " at ".
_EVENT_END = frozenset(
    {
        "Championship",
        "Championships",
        "Cup",
        "Open",
        "Games",
        "Final",
        "Classic",
        "Festival",
        "Trophy",
        "Summit",
    }
)
#: Capitalised words (one to three) before an event's last word, in the text.
#: What may not stand before the first word is checked after its capital, so that re can skip to
#: capitals (the first of the one to three words is written out).
_EVENT_NAME = re.compile(
    r"([A-Z](?<![\w.'-][A-Z])[\w'-]*[ ](?:[A-Z][\w'-]*[ ]){0,2})(Open|Cup|Trophy|Games)\b(?![-'])"
)
#: Labels a venue's name keeps when the model typed it as a place already.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def events(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with events, prizes and trophies retyped and events split from their venue."""
    out = []
    for cand in chosen:
        span = text[cand.start : cand.end]
        if cand.entry is not None or len(span.split()) < 2:
            out.append(cand)
            continue
        if " at " in span and (split := _at_venue(text, cand, span, words)):
            out.extend(split)
            continue
        label = event_label(text, cand.start, span, cand.label, words)
        out.append(
            cand if label is None else MentionCandidate(cand.start, cand.end, label, cand.source, sure=True)
        )
    return out


def event_names(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """Events the model missed altogether, named by their last word, where ``chosen`` has nothing."""
    found = []
    starts = [c.start for c in chosen]  # sorted: chosen is in text order and never overlaps
    for match in _EVENT_NAME.finditer(text):
        head = match.group(1).split()
        while head and (head[0] in words.stop or head[0] in ("The", "A", "An")):
            head.pop(0)
        while len(head) > 1 and match.group(2) != "Open" and _nationality(head[0], words):
            head.pop(0)  # "the Norland Harlan Cup squad": the country's side in the Harlan Cup
        if not head or (match.group(2) == "Open" and not _nationality(head[-1], words)):
            continue
        start = match.end(1) - len(" ".join(head)) - 1
        at = bisect_left(starts, match.end())
        if at and chosen[at - 1].end > start:
            continue  # the model or a rule named something here: its span stands
        label = event_label(text, start, text[start : match.end()], "EVENT", words) or "EVENT"
        found.append(MentionCandidate(start, match.end(), label, "ner", sure=True))
    return found


def event_label(text: str, start: int, span: str, label: str, words: EntityWords) -> str | None:
    """EVENT or WORK_OF_ART when ``span`` (at ``start``) is named like an event or a prize."""
    tokens = span.split()
    last = tokens[-1]
    if last in _PRIZE_TAIL or span.endswith(_OF_THE_YEAR):
        return "WORK_OF_ART"
    if last == "Cup":
        trophy = _TROPHY_VERB.search(text, max(start - 24, 0), start)
        return "WORK_OF_ART" if trophy else "EVENT"
    if last == "Games" and label != "ORG":
        return "EVENT"
    if last == "Open" and _nationality(tokens[-2], words):
        return "EVENT"
    if last == "Council" and tokens[0] in _ORDINALS:
        return "EVENT"
    if last == "Summit":
        return "EVENT"
    return None


def _nationality(word: str, words: EntityWords) -> bool:
    return words.is_demonym(word) or surface_key(word) in words.nations


def _at_venue(
    text: str, cand: MentionCandidate, span: str, words: EntityWords
) -> list[MentionCandidate] | None:
    """The event and its venue of "<event> at <venue>", or None when the span is no such pair."""
    event, _, venue = span.partition(" at ")
    if " " not in event or event.split()[-1] not in _EVENT_END or not venue[:1].isupper():
        return None
    venue_start = cand.start + len(event) + len(" at ")
    event_type = event_label(text, cand.start, event, "EVENT", words) or "EVENT"
    venue_type = cand.label if cand.label in _PLACES else words.place_types.get(venue, "FAC")
    return [
        MentionCandidate(cand.start, cand.start + len(event), event_type, cand.source, sure=True),
        MentionCandidate(venue_start, cand.end, venue_type, cand.source, sure=True),
    ]
