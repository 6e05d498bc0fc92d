"""Persons the model read as an organisation together with the title before them.

Local and church copy puts titles before names ("County Clerk Ann Lee", "Councillor Ann Lee",
"Bishop Ann Lee"); the model may tag the whole run as an organisation. When such a span ends in
an office ("Sheriff", "Superintendent") and then two capitalised name words, neither of them a
word that ends an organisation's, a building's or a place's name, the name words are a person
and the office is dropped.
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: A capitalised name word, accented letters included ("Bätzing", "Nīkau").
_NAME_WORD = re.compile(r"[A-Z][^\W\d_A-Z]+(?:[-'][A-Z][^\W\d_A-Z]+)?|[A-Z]\.")
#: Offices local copy writes before a name; titles that also begin names of firms or places
#: ("General", "King", "Prince") are left out.
_OFFICES = frozenset(
    {"Superintendent", "Commissioner", "Sheriff", "Mayor", "Governor", "Senator", "Treasurer", "Clerk"}
    | {"Councilmember", "Councilman", "Councilwoman", "Alderman", "Alderwoman", "Assessor", "Coroner"}
    # British and Commonwealth councils, and church offices (a bishop of a diocese, synod copy)
    | {"Councillor", "Councilor", "Cllr", "Bishop", "Archbishop"}
)
_TAILS = ("org_tail", "org_extend", "fac_tail", "loc_tail", "event_tail")


def titled_people(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with "<title> <name>" organisations turned into the person they name."""
    out = []
    for cand in chosen:
        person = _person(text, cand, words) if cand.label == "ORG" and cand.entry is None else None
        out.append(person or cand)
    return out


def _person(text: str, cand: MentionCandidate, words: EntityWords) -> MentionCandidate | None:
    tokens = text[cand.start : cand.end].split(" ")
    for at in range(len(tokens) - 3, max(len(tokens) - 5, -1), -1):
        if at < 0 or tokens[at] not in _OFFICES:
            continue
        name = tokens[at + 1 :]
        if len(name) != 2 or not all(_NAME_WORD.fullmatch(t) for t in name):
            return None
        if any(name[-1] in words.of(kind) for kind in _TAILS) or name[-1] in words.place_types:
            return None
        start = cand.start + len(" ".join(tokens[: at + 1])) + 1
        return MentionCandidate(start, cand.end, "PERSON", "title", sure=True)
    return None
