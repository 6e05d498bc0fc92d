"""Hacking groups by the names security vendors give them are organisations.

Cybersecurity copy names state-backed and criminal hacking groups by a vendor's scheme: Microsoft's
weather families ("Salt Typhoon", "Midnight Blizzard", "Mint Sandstorm", "Lace Tempest"),
CrowdStrike's animals ("Fancy Bear", "Scattered Spider", "Charming Kitten", "Labyrinth Chollima")
and numbered clusters ("APT41", "UNC5807", "FIN7"). The small model reads a weather name as an
event or a person. In a story about hacking (one of its words in the text as a whole word: "hack",
"cyber", "ransomware", "malware", "espionage") a capitalised word and a family word, or a cluster
code, is an organisation (the conventions type a ransomware group so); the model's spans inside it give way.
Outside such stories "Typhoon Haikui" and "Fancy Bear" are left to the model. One regex search for
the story's words (after ``in`` tests for pieces of them), then one scan.
"""

import re

from service.enrich.entities.candidates import MentionCandidate

_ACTOR = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]+ (?:Typhoon|Blizzard|Sandstorm|Sleet|Tempest|Panda|Bear|Kitten|Chollima|Spider)"
    r"|(?:APT|UNC|FIN|TA)\d{1,4})(?![\w-])"
)
#: Words of a story about hacking, as whole words ("Shackleford" has no "hack" in this sense).
_CUES = ("ack", "yber", "ransomware", "malware", "espionage")
_STORY = re.compile(r"\b(?:[Hh]ack(?:s|ed|er|ers|ing)?|[Cc]yber\w*|ransomware|malware|espionage)\b")


def threat_actors(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` with hacking groups named by a vendor's scheme as sure ORG mentions."""
    if not any(cue in text for cue in _CUES) or _STORY.search(text) is None:
        return chosen
    actors = [m.span() for m in _ACTOR.finditer(text)]
    if not actors:
        return chosen
    out = list(chosen)
    for start, end in actors:
        crossing = [c for c in out if c.start < end and start < c.end]
        if any(c.start < start or c.end > end for c in crossing):
            continue  # a longer name holds it
        out = [c for c in out if c not in crossing]
        out.append(MentionCandidate(start, end, "ORG", "ner", sure=True))
    out.sort(key=lambda c: (c.start, c.end))
    return out
