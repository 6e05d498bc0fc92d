"""Products named by how the sentence introduces them: "sold as", "called", a model code.

Three constructions of drug, launch and defence copy say a name is a product where the small model
reads a firm or a place, or nothing:

- what a firm sells it as: "syrups sold in Cameroon as Kofrex-DX and Pedimol", "marketed as
  Zentiva", "sold under the brand Lumora" (one or two names, joined by "and" or "or");
- a product's kind and then its name: "The spacecraft, called Chandrayaan-5 in India and LUPEX in
  Japan", "a vaccine named Covira" (the kind words of ``product_after``);
- a model code of letters and digits before a kind of machine: "a Japanese H3 rocket", "F-16
  jets", "A320neo aircraft" (a rocket, an aircraft or a weapon type is PRODUCT by the conventions).

Not a name the alias table or the place tables know, nor one a verb follows ("sold as Apple
reported results": "as" is a conjunction there). The model's spans inside the name give way; a
longer name holding it stays. Three regular-expression scans, each after an ``in`` test for its cue words.
"""

import re

from service.enrich.entities.aliases import AliasTable, surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

_NAME = r"[A-Z][\w-]*(?: [A-Z0-9][\w-]*)?"
#: Where the noun phrase of the names ends: punctuation or a preposition, not a verb ("sold as Apple
#: reported results": "as" is a conjunction there).
_PHRASE_END = r"(?=[,.;:)]|\s(?:and|or|in|to|at|for|from|under|by|across|since|until|with)\b|$)"
_SOLD_AS = re.compile(
    r"\b(?:sold|marketed|sells|sell)(?: (?:in|to) [A-Z][\w'-]*(?: [A-Z][\w'-]*)?)?"
    rf" (?:as|under the (?:brand|name)s?) ({_NAME})(?:,? (?:and|or) ({_NAME}))?{_PHRASE_END}"
)
_CALLED = re.compile(
    r"\b(?:spacecraft|probe|rocket|satellite|lander|rover|telescope|capsule|vaccine|drug|pill|app"
    r"|chatbot|phone|chip)s?,? (?:called|named|dubbed)"
    rf" ({_NAME})(?:(?: in [A-Z][\w-]*)? (?:and|or) ({_NAME}))?{_PHRASE_END}"
)
_MODEL_CODE = re.compile(
    r"(?<![\w-])([A-Z]{1,4}-?\d{1,4}(?:[A-Z]{1,2}|neo|ceo)?)"
    r" (?:rocket|launcher|jet|aircraft|plane|fighter|bomber|missile|helicopter|drone|tank|howitzer"
    r"|satellite|lander|rover)s?\b"
)
_MACHINES = (
    *(" rocket", " launcher", " jet", " aircraft", " plane", " fighter", " bomber", " missile"),
    *(" helicopter", " drone", " tank", " howitzer", " satellite", " lander", " rover"),
)
_CUES = (("sold ", "marketed ", "sells ", "sell "), ("called ", "named ", "dubbed "))
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def brand_names(
    text: str, chosen: list[MentionCandidate], aliases: AliasTable, words: EntityWords
) -> list[MentionCandidate]:
    """``chosen`` with the products of the module's constructions as sure PRODUCT mentions."""
    spans: list[tuple[int, int, int, int]] = []  # each name, and the stretch of the names listed
    for pattern, cues in ((_SOLD_AS, _CUES[0]), (_CALLED, _CUES[1])):
        if any(cue in text for cue in cues):
            for match in pattern.finditer(text):
                listed = (match.start(1), match.end(2) if match.group(2) else match.end(1))
                spans += [(*match.span(group), *listed) for group in (1, 2) if match.group(group)]
    if any(noun in text for noun in _MACHINES):
        spans += [(*m.span(1), *m.span(1)) for m in _MODEL_CODE.finditer(text)]
    if not spans:
        return chosen
    out = list(chosen)
    for start, end, first, last in spans:
        name = text[start:end]
        known = aliases.lookup(name) is not None or name in words.place_types
        if known or surface_key(name) in words.nations:
            continue
        if name.split(" ")[-1] in words.stop:
            continue
        crossing = [c for c in out if c.start < end and start < c.end]
        if any(c.start < first or c.end > last for c in crossing):
            continue  # a longer name holds it (not one the model ran over both names listed)
        out = [c for c in out if c not in crossing]
        out.append(MentionCandidate(start, end, "PRODUCT", "ner", sure=True))
    out.sort(key=lambda c: (c.start, c.end))
    return out
