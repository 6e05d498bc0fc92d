"""A numbered court keeps its number: "the 10th District Court of Appeals".

US state appeals courts and federal circuits are numbered: "the 10th District Court of Appeals",
"the 2nd District Court", "the 4th Circuit Court of Appeals", and AP style puts "U.S." after the
number of a federal one: "the 7th U.S. Circuit Court of Appeals". The small model tags the ordinal
as a number and the rest as the court, so the court loses what tells it from its siblings. An
organisation starting "District Court" or "Circuit Court" (or either after "U.S.") right after an
ordinal in figures ("10th") or words ("Fifth") starts at the ordinal. One ``in`` test, then a
regex on the few characters before each such name.
"""

import re

from service.enrich.entities.candidates import MentionCandidate

_ORDINAL = re.compile(
    r"(?<![\w.-])(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|"
    r"Tenth|Eleventh|Twelfth) $"
)
_COURTS = ("District Court", "Circuit Court", "U.S. District Court", "U.S. Circuit Court")
#: How far back an ordinal may start.
_LOOKBEHIND = 12


def court_ordinals(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` with a numbered court starting at its ordinal (see the module)."""
    if not any(court in text for court in _COURTS):
        return chosen
    out = []
    for cand in chosen:
        if cand.label == "ORG" and text.startswith(_COURTS, cand.start):
            ordinal = _ORDINAL.search(text, max(0, cand.start - _LOOKBEHIND), cand.start)
            if ordinal is not None and ordinal.end() == cand.start:
                cand = MentionCandidate(ordinal.start(), cand.end, "ORG", cand.source, cand.entry, sure=True)
        out.append(cand)
    return out
