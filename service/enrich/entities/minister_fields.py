"""The field of a minister's title is no name: "Transport" of "Transport Minister Ann Lee".

News writes a minister's portfolio before the title ("Fisheries Minister", "Energy Secretary");
the small model may tag the capitalised field word alone as an organisation. A one-word span right
before "Minister" or "Secretary" that no table knows (not a party, a body or a place: "Labour
Minister", "Fed Chair" and "Hawaii Governor" keep their names) and that is no demonym ("Israeli
Minister") is dropped. Read from each candidate's own word and the word after it.
"""

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Titles whose field comes before them.
_TITLES = (" Minister", " Secretary", " Ministry")


def minister_fields(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` without the field words of ministers' titles (see the module rule)."""
    return [c for c in chosen if not _field(text, c, words)]


def _field(text: str, cand: MentionCandidate, words: EntityWords) -> bool:
    if cand.label != "ORG" or cand.entry is not None or not text.startswith(_TITLES, cand.end):
        return False
    span = text[cand.start : cand.end]
    return (
        " " not in span
        and span.isalpha()
        and not span.isupper()
        and span not in words.place_types
        and surface_key(span) not in words.nations
        and not words.is_demonym(span)
    )
