"""Firms whose names are shaped like no word, which the model seldom tags.

Tech and consumer firms name themselves with shapes ordinary words do not take, and news writes
them as the firm does:

- digits fused to a capitalised word, or to a lower-case word and a capitalised one: "4Sight",
  "12andUp" (not a unit: "10Gbps");
- digits, a hyphen and a capitalised word: "9-Twelve" (not "COVID-19": the digits lead);
- a domain name standing alone: "shopwell.com", "Fetchly.io" (not in an address or a link).

Each is an organisation; one regular expression over the text finds every mention. A lower-case
letter, a hyphen and a capitalised word ("q-Loop") is left alone: headlines write "e-Commerce".
"""

import re

from service.enrich.entities.candidates import MentionCandidate

_ODD = re.compile(
    r"(?<![\w@/.$£€+-])"
    r"(?:\d+(?![KMGT](?:bps|Hz|Wh|B)\b)(?:[a-z]+)?[A-Z][a-z]+[A-Za-z]*"
    r"|\d+-[A-Z][a-z]+"
    r"|[A-Za-z][A-Za-z0-9-]*\.(?:com|io|ai))"
    r"(?![\w/@-]|\.[A-Za-z])"
)
#: What every match of the first two shapes holds: digits then a capital, maybe after lower-case
#: letters or a hyphen. With it and the domain endings, the full scan, which re tries at every
#: character, runs only on the articles that may have such a name.
_DIGITS_CUE = re.compile(r"\d(?:[a-z]*[A-Z]|-[A-Z])")
_DOMAINS = (".com", ".io", ".ai")


def odd_names(text: str) -> list[MentionCandidate]:
    """An organisation candidate for each oddly shaped firm name in ``text`` (see the module)."""
    if not _DIGITS_CUE.search(text) and not any(domain in text for domain in _DOMAINS):
        return []
    return [MentionCandidate(*m.span(), "ORG", "ner", sure=True) for m in _ODD.finditer(text)]
