"""A storm's or an operation's name keeps its head word: "Typhoon Kalmaegi", "Hurricane Melissa".

Weather and disaster copy names a storm by its kind and its given name. The small model often tags
only the given name, as a person ("Melissa") or a place ("Kalmaegi"), and the head word's rule
(``event_head`` in ``entity_words.tsv``) then has nothing to type. A candidate right after a
capitalised head word ("Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical Storm", "Operation")
takes the word in and is an EVENT, as the conventions label "Cyclone Mocha". Read from the
characters before each candidate (no scan of the text), after an ``in`` test for the head words.
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_COMPILED: dict[frozenset[str], re.Pattern[str]] = {}


def storm_names(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with a storm's or an operation's head word taken into its name, typed EVENT."""
    heads = words.of("event_head")
    if not any(head + " " in text for head in heads):
        return chosen
    pattern = _COMPILED.get(heads)
    if pattern is None:
        alternatives = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives}) $")
        _COMPILED[heads] = pattern
    out = []
    for cand in chosen:
        head = pattern.search(text, max(cand.start - 16, 0), cand.start)
        if head and cand.label != "EVENT":
            cand = MentionCandidate(head.start(), cand.end, "EVENT", cand.source, sure=True)
        out.append(cand)
    return out
