"""A capital "The" inside a sentence belongs to the name after it: "a report in The Information".

Newspapers, magazines and some firms keep "The" in their names ("The Wall Street Journal", "The
Information", "The Hill"), and news prints it with its capital inside a sentence, where an
ordinary article would be lower case. The model leaves it out, and the span trimming drops it as
an article. An organisation right after "The", itself after a lowercase word or a comma (inside a
sentence, not a Title Case headline, where every word has a capital), starts at "The". A check of
each organisation's few characters before, no scan of the text.
"""

import re

from service.enrich.entities.candidates import MentionCandidate

#: A lowercase word or a comma, then "The " right before the name.
_INSIDE = re.compile(r"(?:[a-z]|,) The $")
#: How far back the check looks.
_LOOKBEHIND = 7


def capital_the(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` with an organisation after a capital "The" inside a sentence starting at "The"."""
    out: list[MentionCandidate] = []
    for cand in chosen:
        if cand.label == "ORG" and text[cand.start - 4 : cand.start] == "The ":
            inside = _INSIDE.search(text, max(0, cand.start - _LOOKBEHIND), cand.start)
            if inside is not None and not (out and out[-1].end > cand.start - 4):
                cand = MentionCandidate(
                    cand.start - 4, cand.end, "ORG", cand.source, cand.entry, sure=cand.sure
                )
        out.append(cand)
    return out
