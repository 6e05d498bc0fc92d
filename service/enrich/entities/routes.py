"""Two places of "from X to Y" that the model read as one name ("from Ardmore to Kilbeg").

A route or a range between two towns is written "from X to Y"; the small model sometimes tags
"X to Y" as one organisation or place. After "from", a span of capitalised words either side of
one " to " is two places: each takes its type from the place table, else the model's when that was
a place's, else GPE (a town too small for the table). "Race to the Sea" or a title with "to" and
no "from" before it stays whole, and so do days and months ("from Monday to Friday"). Read from
each candidate's own words (no scan of the text).
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: Capitalised words, " to ", capitalised words: the whole span.
_ROUTE = re.compile(
    r"((?:[A-Z][\w'.-]*)(?: [A-Z][\w'.-]*){0,2}) to ((?:[A-Z][\w'.-]*)(?: [A-Z][\w'.-]*){0,2})"
)
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def routes(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with each "from X to Y" span split into its two places."""
    out = []
    for cand in chosen:
        match = None
        if " to " in text[cand.start : cand.end] and text.endswith("from ", 0, cand.start):
            match = _ROUTE.fullmatch(text, cand.start, cand.end)
        if match is None or cand.entry is not None or {match.group(1), match.group(2)} & words.stop:
            out.append(cand)
            continue
        for group in (1, 2):
            name = match.group(group)
            label = words.place_types.get(name) or (cand.label if cand.label in _PLACES else "GPE")
            out.append(MentionCandidate(*match.span(group), label, cand.source, sure=True))
    return out
