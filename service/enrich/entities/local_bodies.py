"""Local bodies named after their place: "Kent Police", "Atlanta Public Schools".

Regional papers name a county's or town's police force, sheriff's office, fire service, council
and school system by the place and a body word: "Harwich Police said", "Suffolk Fire and Rescue
Service", "Harwich County Council", "Dallas Public Schools". The small model often tags only the
place ("Atlanta" as a city), cuts the name at its inner "and" ("Suffolk Fire" as a person) or
misses it. One to three capitalised words (optionally "County", "City", ...) before such a body
word are one organisation, unless a word is a stop word, a title or a demonym ("the Israeli
Police" stays a people's word) or another capitalised word follows (a longer name or a title:
left to the other rules). A sentence's first word before a longer place goes ("Neighboring Tulsa
Public Schools") unless it is a known place or a word that starts place names ("West", "New",
"Port", "San"); a royal's or saint's possessive names the place although "Prince" is a title
("Prince George's County Police"). One regex, run only when a body word occurs in the text.
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Body words of local services and councils, longest first.
_BODIES = (
    "Fire and Rescue Service",
    "Fire & Rescue Service",
    "Fire and Rescue",
    "Sheriff's Office",
    "Sheriff's Department",
    "Fire Department",
    "County Council",
    "City Council",
    "Borough Council",
    "District Council",
    "Town Council",
    "Police Department",
    "Police Service",
    "Police",
    "Public Schools",
    "City Schools",
    "County Schools",
)
_PLACE_WORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_BODY = re.compile(
    rf"(?<![\w&.'-])((?:St\. )?(?:{_PLACE_WORD} ){{1,3}}(?:(?:County|City|Borough|Parish|Town) )?)"
    rf"({'|'.join(re.escape(b) for b in _BODIES)})(?![\w&-]| [A-Z&])"
)
#: Words that start place names, kept at a sentence's start.
_PLACE_STARTS = frozenset(
    "North South East West Northern Southern Eastern Western Central Greater Upper Lower New Old "  # noqa: SIM905
    "Fort Port Lake Mount Prince Princess Queen King St Saint San Santa Los Las El La Le Grand "
    "Little Great Glen".split()
)
_SENTENCE_END = frozenset('.!?\n":')
#: Cheap test: a body word must occur at all.
_GATE = ("Police", " Schools", "Fire ", " Council", "Sheriff's ")


def local_bodies(text: str, words: EntityWords) -> list[MentionCandidate]:
    """An organisation candidate per "<Place> <body word>" name in ``text`` (see the module)."""
    if not any(word in text for word in _GATE):
        return []
    found = []
    for match in _BODY.finditer(text):
        start, end = match.span()
        place = match.group(1).split()
        if len(place) > 1 and _sentence_start(text, start) and _drops(place[0], words):
            start += len(place[0]) + 1
            place = place[1:]
        if _royal_possessive(place):  # "Prince George's County Police": a title word names the place
            place = place[1:]
        if any(_not_a_place_word(word, words) for word in place):
            continue
        found.append(MentionCandidate(start, end, "ORG", "alias", sure=True))
    return found


def _sentence_start(text: str, start: int) -> bool:
    at = start
    while at > 0 and text[at - 1] == " ":  # only the spaces before the name, never the whole text
        at -= 1
    return at == 0 or text[at - 1] in _SENTENCE_END


def _drops(first: str, words: EntityWords) -> bool:
    """Whether a sentence's first word is no part of the place's name."""
    return first not in words.place_types and first.rstrip(".") not in _PLACE_STARTS


def _royal_possessive(place: list[str]) -> bool:
    """Whether a place's name is a royal's or a saint's possessive ("Prince George's", "St. Mary's")."""
    return len(place) > 1 and place[0].rstrip(".") in _PLACE_STARTS and place[1].endswith("'s")


def _not_a_place_word(word: str, words: EntityWords) -> bool:
    return word in words.stop or word in words.of("title") or words.is_demonym(word)
