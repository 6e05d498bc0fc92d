"""Numbered highways are roads (FAC): "Interstate 385", "State Route 4", "I-95".

US local copy places crashes, closures and projects on numbered roads. The small model reads
"Interstate 385" as an organisation or a person, or misses the road. A road word ("Interstate",
"State Route", "Highway", "County Road", "I-", ...) and a number of up to three digits (and a
letter: "I-35E") is a FAC, as the conventions type roads; no number run on into a hyphen, a
decimal or a percentage. The model's spans inside the road give way. "U.S. 19" is left to the
model: its "U.S." is often a local story's only mention of the country, which the regions step
reads (one LGL story lost its country and state when the whole road was a FAC). One regex scan
after an ``in`` test for the road words.
"""

import re

from service.enrich.entities.candidates import MentionCandidate

_NUMBER = r"\d{1,3}[A-Z]?(?![\w-]|[.,]\d| ?%| percent)"
_ROAD = re.compile(
    r"(?<![\w.-])(?:(?:Interstate|State Route|State Road|State Highway|County Road|Route|Highway) |I-)"
    + _NUMBER
)
_CUES = ("Interstate ", "Route ", "Road ", "Highway ", "I-")


def highways(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` with numbered highways as FAC mentions, the model's spans inside them dropped."""
    if not any(cue in text for cue in _CUES):
        return chosen
    roads = [m.span() for m in _ROAD.finditer(text)]
    if not roads:
        return chosen
    out = list(chosen)
    for start, end in roads:
        crossing = [c for c in out if c.start < end and start < c.end]
        if any(c.start < start or c.end > end for c in crossing):
            continue  # a longer name holds it ("Interstate 35 Bridge Authority")
        out = [c for c in out if c not in crossing]
        out.append(MentionCandidate(start, end, "FAC", "ner", sure=True))
    out.sort(key=lambda c: (c.start, c.end))
    return out
