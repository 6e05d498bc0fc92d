"""Names the model stops short of: the words right after a name that belong to it.

Read from the few characters after each candidate only (no scan of the text):

- an organisation word after a place ("New Jersey Transit", "King County Metro": ``org_tail``,
  ``org_extend`` in ``entity_words.tsv``) makes the whole an organisation;
- a corporate suffix after a firm ("Harborview Securities LLC", "eBay Inc.": ``org_suffix``);
- a plus sign right after an organisation or a product is part of its name ("OPEC+", "Disney+");
- a country's short form after an organisation is part of its name ("Reform UK", "Amazon UK");
- "Open" after a nationality or a country is a tournament ("Australian Open", "U.S. Open");
- a building's, an organisation's or a place's word after a saint's name with its possessive
  belongs to it ("St. Andrew's Cathedral", "St. Mary's Hospital", "St. Mark's Square");
- a sport's capitalised name right before a place is its governing body ("Tennis Australia",
  "Cricket Ireland": ``federation``);
- an organisation, " in ", a place, and an acronym in parentheses after them is one name: the
  acronym defines the whole ("U.N. Mission in South Sudan (UNMISS)", "Board of Control for
  Cricket in India (BCCI)").
"""

import re

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: The capitalised word right after a name, one space on ("Transit", "Inc.", "UK").
_NEXT_WORD = re.compile(r" ([A-Z][\w.&-]*)")
#: A plus sign ending a name: no word character right after it.
_PLUS = re.compile(r"\+(?![\w+])")
_PLUS_NAMES = frozenset({"ORG", "PRODUCT"})
#: Country short forms that end an organisation's name ("Reform UK").
_COUNTRY_TAIL = frozenset({"UK", "U.K."})
_PLACES = frozenset({"GPE", "LOC"})
#: What the model types a nationality or a country before "Open".
_OPEN_HEADS = frozenset({"NORP", "GPE"})
#: A saint's name with its possessive: a whole place or church name ("St. John's", "St. Mary's").
SAINT_POSSESSIVE = re.compile(r"(?:St|Ste|Saint)\.? [A-Z][\w.-]*(?:'s|')")
#: Kinds of tail word after a saint's name, with the label of the whole.
_SAINT_TAILS = (("fac_tail", "FAC"), ("org_tail", "ORG"), ("loc_tail", "LOC"))
#: The capitalised word right before a name ("Tennis" of "Tennis Australia").
_WORD_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z]+) $")
#: " in " between an organisation and a place, then the place's first capital.
_IN_PLACE = " in "
#: An acronym in parentheses right after a name.
_ACRONYM_AFTER = re.compile(r" \(([A-Z]{3,7})\)")


def tails(text: str, candidates: list[MentionCandidate], words: EntityWords) -> list[MentionCandidate]:
    """Longer candidates for the names that go on past their span (see the module rules)."""
    starts = {c.start: c for c in candidates if c.label in _PLACES}
    found = []
    for cand in candidates:
        if cand.label in _PLUS_NAMES and _PLUS.match(text, cand.end):
            found.append(MentionCandidate(cand.start, cand.end + 1, cand.label, cand.source, sure=True))
            continue
        after = _NEXT_WORD.match(text, cand.end)
        extended = _with_next_word(cand, after.group(1), words) if after else None
        if after and extended is None and SAINT_POSSESSIVE.fullmatch(text, cand.start, cand.end):
            extended = _after_saint(after.group(1), words)
        if after and extended:
            label, whole = extended
            end = after.end() if whole else after.start(1) + len(after.group(1).rstrip("."))
            found.append(MentionCandidate(cand.start, end, label, cand.source, sure=True))
        elif cand.label == "ORG" and text.startswith(_IN_PLACE, cand.end):
            place = starts.get(cand.end + len(_IN_PLACE))
            if place is not None and _ACRONYM_AFTER.match(text, place.end):
                found.append(MentionCandidate(cand.start, place.end, "ORG", cand.source, sure=True))
        elif cand.label in _PLACES and text[cand.start - 1 : cand.start] == " ":
            before = _WORD_BEFORE.search(text, max(cand.start - 16, 0), cand.start)
            if before and before.group(1) in words.of("federation"):
                found.append(MentionCandidate(before.start(1), cand.end, "ORG", cand.source, sure=True))
    return found


def _after_saint(word: str, words: EntityWords) -> tuple[str, bool] | None:
    """The label of a saint's name with a building's, a body's or a place's word after it."""
    bare = word.rstrip(".")
    return next(((label, False) for kind, label in _SAINT_TAILS if bare in words.of(kind)), None)


def _with_next_word(cand: MentionCandidate, word: str, words: EntityWords) -> tuple[str, bool] | None:
    """The label of the name with ``word`` after it, and whether the word's dot belongs to it."""
    bare = word.rstrip(".")
    if cand.label in ("ORG", "PERSON") and word in words.of("org_suffix"):
        return "ORG", True  # "Acme LLC", "Acme Inc."
    if cand.label == "ORG" and word in _COUNTRY_TAIL:
        return "ORG", True
    place_tail = bare in words.of("org_tail") or bare in words.of("org_extend")
    if cand.label in _PLACES and place_tail and word not in words.of("org_suffix"):
        return "ORG", False  # not "South Africa Ltd": a firm the model cut short
    if cand.label in _OPEN_HEADS and bare == "Open":
        return "EVENT", False
    return None
