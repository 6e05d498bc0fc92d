"""A university's campus after a comma: one name ("University of Norland, Eastport").

A state university system names each campus by the system and the campus town after a comma
("University of Norland, Eastport"); the small model ends the body at the comma and reads the
town as a place of its own. An organisation "University of ..." right before ", " and a place
the model found is one organisation, unless the place is a country ("University of Oxford,
England" is an apposition), has a possessive, or begins a list ("and" or a comma and a capital after it).
Read from the candidates' neighbours only.
"""

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_PLACES = frozenset({"GPE", "LOC"})
_LIST_OR_POSSESSIVE = ("'s", "’s", " and ", " or ")


def campuses(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with each "University of X, <town>" joined into one organisation."""
    if "University of " not in text:
        return chosen
    out: list[MentionCandidate] = []
    for cand in chosen:
        body = out[-1] if out else None
        if (
            body is not None
            and body.label == "ORG"
            and cand.label in _PLACES
            and cand.start == body.end + 2
            and text.startswith(", ", body.end)
            and text.startswith("University of ", body.start)
            and surface_key(text[cand.start : cand.end]) not in words.nations
            and not text.startswith(_LIST_OR_POSSESSIVE, cand.end)
            and not (text.startswith(", ", cand.end) and text[cand.end + 2 : cand.end + 3].isupper())
        ):
            out[-1] = MentionCandidate(body.start, cand.end, "ORG", body.source, sure=True)
            continue
        out.append(cand)
    return out
