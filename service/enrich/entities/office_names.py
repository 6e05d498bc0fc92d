"""An office named after its holder keeps the holder's title: "Governor's Office of Crime Policy".

US state and city governments name offices after the official they serve: "the Governor's Office
of Highway Safety", "the Mayor's Office of Housing", "the Attorney General's Office of Victim
Services". The small model starts the name at "Office", leaving the title and its possessive
outside. A name beginning "Office of" or "Office for" right after a capitalised office title and
"'s" ("Governor", "Mayor", "Attorney General", ...) starts at the title. One ``in`` test, then a
regex on the few words before each such name.
"""

import re

from service.enrich.entities.candidates import MentionCandidate

_TITLE = re.compile(
    r"(?<![\w.'-])(?:Governor|Lieutenant Governor|Lt\. Governor|Mayor|Deputy Mayor|Attorney General|"
    r"Inspector General|Comptroller|Controller|Treasurer|Secretary of State|County Executive|"
    r"President|Prime Minister|Chancellor|Speaker|Sheriff|Chief Medical Examiner)'s $"
)
#: How far back a title may start.
_LOOKBEHIND = 40


def office_names(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` with "<Title>'s Office of ..." names starting at the title (see the module)."""
    if "'s Office " not in text:
        return chosen
    out = []
    for cand in chosen:
        if text.startswith(("Office of ", "Office for "), cand.start):
            title = _TITLE.search(text, max(0, cand.start - _LOOKBEHIND), cand.start)
            if title is not None and title.end() == cand.start:
                cand = MentionCandidate(title.start(), cand.end, "ORG", cand.source, cand.entry, sure=True)
        out.append(cand)
    return out
