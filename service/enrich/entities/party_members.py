"""A party's member adjective of two words is one people: "the Liberal Democrat leader" (NORP).

British and European copy types a politician by a party named "<word> Democrats" in the singular:
"the Liberal Democrat leader of the council", "a Free Democrat lawmaker". The small model splits
the pair ("Liberal" an organisation, "Democrat" a people) or keeps only its second word. The
singular pair, not followed by "s" or "ic", is one NORP, as the conventions type a party's members
(the plural "Liberal Democrats" names the party, ORG, and is the model's). One regex scan after an
``in`` test.
"""

import re

from service.enrich.entities.candidates import MentionCandidate

_MEMBER = re.compile(r"(?<![\w-])(?:Liberal|Social|Christian|Free|Sweden|Swiss) Democrat(?![\w-])")


def party_members(text: str, chosen: list[MentionCandidate]) -> list[MentionCandidate]:
    """``chosen`` with each "<word> Democrat" member adjective one NORP mention."""
    if " Democrat" not in text:
        return chosen
    spans = [m.span() for m in _MEMBER.finditer(text)]
    if not spans:
        return chosen
    out = list(chosen)
    for start, end in spans:
        crossing = [c for c in out if c.start < end and start < c.end]
        if any(c.start < start or c.end > end for c in crossing):
            continue  # inside a longer name ("Free Democrat Party")
        out = [c for c in out if c not in crossing]
        out.append(MentionCandidate(start, end, "NORP", "ner", sure=True))
    out.sort(key=lambda c: (c.start, c.end))
    return out
