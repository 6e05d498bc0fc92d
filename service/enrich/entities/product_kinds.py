"""Products named by the kind of thing they are right after them, behind their maker's name.

Launch and science copy names a product with its kind after it and its maker before it: "Vantor's
latest Quill chip", "a Kestrel Orbital Condor Heavy rocket", "the agency's Tern Clipper probe" (a
possessive of a firm), and the small model reads the product as an organisation or a place. A
candidate right before a product noun ("spacecraft", "probe", "rocket", "chip", "assistant",
"phone", "vaccine", ...: ``product_after`` rows) is a PRODUCT when

- an organisation (a candidate the model or a table made ORG) stands right before it, with "'s"
  and at most one lowercase word between ("Vantor's latest Quill chip", "Kestrel Orbital Condor
  Heavy rocket"; then also when the model read the product as a person), or
- it follows "the", "a", "an" or "its" and is written in capitals of two letters or more (an
  initialism of a vaccine or a drug: "the DTP vaccine");

and it is no place the tables know (a country, a town: "China's Long March rocket" keeps China);

or when an apposition ", a/an [adjective] <product noun>" follows it and ends there ("unveiled the
Orra Fold, a foldable phone."). A firm's own name before the noun ("a Kestrel rocket", "the Pfizer
vaccine") has no maker before it and stays the firm. Read from each candidate's neighbourhood (no
scan of the text).
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
_MAKER_GAP = re.compile(r"(?:'s|’s)?(?: [a-z]+)? $")
_INITIALISM = re.compile(r"[A-Z]{2,6}")
_DETERMINER = re.compile(r"(?:^|\s)(?:the|a|an|its) $")
_APPOSITION = re.compile(r", an? (?:[a-z-]+ )?([a-z]+)(?=[.,;:)]| that | which | with | for )")
_FIRMS = frozenset({"ORG"})


def product_kinds(text: str, chosen: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """``chosen`` with products named by their kind after them retyped PRODUCT."""
    nouns = words.of("product_after")
    out = list(chosen)
    for i, cand in enumerate(out):
        if cand.label in {"PRODUCT", "NORP"} or _a_place(text[cand.start : cand.end], cand, words):
            continue
        if _is_product(text, out, i, nouns):
            out[i] = MentionCandidate(cand.start, cand.end, "PRODUCT", cand.source, cand.entry, sure=True)
    return out


def _a_place(name: str, cand: MentionCandidate, words: EntityWords) -> bool:
    """A place the tables know, or one the model called a place that names a country."""
    return (
        name in words.place_types
        or surface_key(name) in words.nations
        or (cand.label == "GPE" and words.is_demonym(name))
    )


def _is_product(text: str, chosen: list[MentionCandidate], i: int, nouns: frozenset[str]) -> bool:
    cand = chosen[i]
    after = _NOUN_AFTER.match(text, cand.end)
    if after is not None and after.group(1) in nouns:
        if i > 0 and chosen[i - 1].label in _FIRMS:
            gap = text[chosen[i - 1].end : cand.start]
            if len(gap) <= 20 and _MAKER_GAP.fullmatch(gap):
                return True
        if cand.label == "PERSON":
            return False  # a person before a product's kind only behind a maker ("Nortek's new Vireo chip")
        before = text[max(0, cand.start - 5) : cand.start]
        return bool(_INITIALISM.fullmatch(text, cand.start, cand.end) and _DETERMINER.search(before))
    if cand.label == "PERSON":
        return False
    apposition = _APPOSITION.match(text, cand.end)
    return apposition is not None and apposition.group(1) in nouns
