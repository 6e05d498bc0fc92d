"""Brokers in the price-target lines of earnings copy.

Earnings and deal stories list the brokers that moved their targets on a stock: "Northgate lowered
its price target to $92 from $110, Bay Street Research to $95 and Orrin & Co to $88." The model
knows few brokers and misses or mistypes them. The name before "raised/lowered/cut its (price)
target" is an organisation, and so is each name the same sentence then lists before "to" and an
amount. The text is scanned only when it holds "its price target" or "its target".
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_NAME = r"[A-Z][\w&.'-]*(?: (?:&|[A-Z][\w&.'-]*)){0,3}"
_MOVED = re.compile(
    rf"(?<![\w&.-])({_NAME}) (?:lowered|raised|cut|lifted|trimmed|reduced|increased|boosted|set)"
    r" its (?:price )?target"
)
#: The next brokers of the same sentence: ", Bay Street Research to $95", "and Orrin & Co to 88".
_LISTED = re.compile(rf"(?:, |,? and )({_NAME}) to (?:[$€£¥]|[A-Z]{{1,3}}\$ ?)?\d")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def price_targets(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with the brokers of price-target lines as ORG mentions, in place of what overlaps them."""
    if " its price target" not in text and " its target" not in text:
        return chosen
    found = []
    for match in _MOVED.finditer(text):
        found.append(match.span(1))
        stop = _SENTENCE_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        found += [m.span(1) for m in _LISTED.finditer(text, match.end(), end)]
    spans = [(s, e) for s, e in found if text[s:e].split(" ", 1)[0] not in words.stop]
    if not spans:
        return chosen
    new = [MentionCandidate(s, e, "ORG", "title", sure=True) for s, e in spans]
    kept = [c for c in chosen if not any(c.overlaps(n) for n in new)]
    return sorted(kept + new, key=lambda c: c.start)
