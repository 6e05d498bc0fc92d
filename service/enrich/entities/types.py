"""Type fixes for NER spans, from how news names things rather than from any one story.

A span that is only a title ("Minister"), that puts a digit in a person's or place's name
("H7N9") or that is a generic organisation word not after "the" ("Department officials") is not
a name. Otherwise the order matters: a curated alias decides first (in
:mod:`service.enrich.entities.mentions`), then a lone demonym is NORP and a lone home nation a
place, then the span's own head or tail word ("Hurricane ...", "... Party", "... Airport", "...
Peninsula", "Ministry of ...", "... Grand Prix"), then a title or role right before it ("Captain
Ibrahim Traore", "coach Carlo Ancelotti": PERSON), then the
lowercase noun beside it ("Rakhine state", "the town of Djibo"), then the words around an
organisation or product the model took for a person ("shipping group Maersk", "the Morena party":
:mod:`.context_types`), then an age in commas or a player's statistics after a full name ("Ann Lee,
22,", "Ann Lee had 31 points, 14 rebounds": a person), then a known city or US state that NER
took for a person or a people, or for an organisation right after a locative preposition ("in
Lisbon") or with a name of two words or more ("El Fasher"), or a one-word city it took for a
product with no maker's name before it ("fleeing Largo police").
"""

import re

from service.enrich.entities.context_types import by_context
from service.enrich.entities.words import EntityWords

_NOUN_BEFORE = re.compile(r"\b([a-z]+) of $")
#: A settlement noun right before the name, no "of": "the capital Dushanbe", "the port city Aden".
_SETTLEMENT_BEFORE = re.compile(r"\b(?:capital|town|village|city|port) $")
_NOUN_AFTER = re.compile(r"^ ([a-z]+)\b")
#: How far back to look for "the town of".
_LOOKBEHIND = 40
#: NER labels a known city name overrides; ORG only after "in", "near", ... (else it may be a
#: team or a firm named after its city).
_PLACE_HINTED = frozenset({"PERSON", "NORP"})
#: A capitalised word right before a name: a maker before a product named like a city.
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.&'-]* $")
#: Labels whose names never contain a digit.
_NO_DIGITS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
#: What comes before a generic word that stands for an organisation named before ("the Commission").
_THE = ("the ", "The ")
#: Generic words that name one body on their own, with or without "the" ("Parliament voted",
#: "Army engineers").
_ONE_BODY = frozenset({"Parliament", "Assembly", "Army", "Navy"})
#: What follows only a person's full name: an age in commas, or a player's line of statistics.
_PERSON_AFTER = re.compile(
    r", \d{1,2}, | (?:had|added|grabbed|finished with) \d+ (?:points,? (?:and )?\d+ )?(?:rebounds|assists)"
)
#: Longest span an age or a statistics line after it retypes as a person.
_MAX_PERSON_AFTER = 3
#: Longest span the title rule retypes as a person.
_MAX_NAME_WORDS = 4


def retype(text: str, start: int, end: int, label: str, words: EntityWords) -> tuple[str, bool] | None:
    """The label ``text[start:end]`` should have, and whether a rule saw it in the text.

    None when the span is not a name at all.
    """
    span = text[start:end]
    if span in words.of("never") or span in words.of("title") or span.casefold() in words.of("role"):
        return None
    if _title_piece(text, start, span, words):
        return None  # "State" of "Secretary of State"
    if label in _NO_DIGITS and any(c.isdigit() for c in span):
        return None  # "H7N9", "MiG-29": a strain or a model, not a person or a place
    if _generic_alone(text, start, span, label, words):
        return None  # "Department officials", "the Attorney's Office": a generic word, no name
    if words.is_demonym(span):
        return "NORP", True
    if span in words.of("nation") and label != "GPE":
        return "GPE", True  # a home nation the model took for a player in a results line
    tokens = span.split()
    if label in _BANK_HINTED and _BANK_WORD.fullmatch(span) and span not in words.place_types:
        return "ORG", True  # "Vietcombank", "Rabobank": a bank named in one word, read as a place
    by_shape = _by_shape(tokens, words)
    if by_shape:
        return by_shape, True
    if len(tokens) <= _MAX_NAME_WORDS and _after_title(text, start, words):
        if _title_word_after(text, end, words):
            return None  # "Chief Cabinet Secretary Ann Lee": a word inside a title, no name
        return "PERSON", True
    owned = text.endswith(("'s ", "’s "), 0, start)  # "Codelco's El Teniente mine": a firm's site
    site = _NOUN_AFTER.match(text[end : end + 20]) if label == "PERSON" or owned else None
    if site and site.group(1) in words.of("fac_noun") and not words.place_types.get(span):
        return "FAC", True  # "the Kansanshi mine": a mine, not a person
    by_noun = _by_neighbour_noun(text, start, end, words) if len(tokens) <= 3 else None
    if by_noun:
        return by_noun, True
    in_context = by_context(text, start, end, label, words)
    if in_context:
        return in_context, True
    place = words.place_types.get(span)
    if (
        label != "PERSON"
        and not place
        and 1 < len(tokens) <= _MAX_PERSON_AFTER
        and _PERSON_AFTER.match(text, end)
    ):
        return "PERSON", True  # "Ann Lee, 22,", "Ann Lee had 31 points, 14 rebounds"
    if place and (label in _PLACE_HINTED or _after_locative(text, start, words) or _named_place(span, label)):
        return place, True
    if (
        place
        and label == "PRODUCT"
        and " " not in span
        and not _CAPITAL_BEFORE.search(text, 0, start)
        and not text.startswith(("'s", "’s"), end)  # "Lee's Crossing": a name after a person's
    ):
        return place, True  # "fleeing Largo police": a city, not a model named after one ("Hyundai Tucson")
    return label, False


#: One word that ends in "bank" after four letters or more: a bank's name ("Vietcombank",
#: "Commerzbank", "MekongBank"); the model, which does not know it, reads a place. Not a person's
#: reading: surnames end so too ("Fairbank").
_BANK_WORD = re.compile(r"[A-Z][A-Za-z]{3,}(?:bank|Bank)")
_BANK_HINTED = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT"})


def _title_piece(text: str, start: int, span: str, words: EntityWords) -> bool:
    """The end of a title after "<title> of" ("Secretary of State", "Chief of Staff"), no name."""
    if span not in words.of("title_of") or not text.endswith(" of ", 0, start):
        return False
    before = text[max(start - 24, 0) : start - 4].split()  # any space: a paragraph may open with it
    return bool(before) and before[-1] in words.of("title")


def _generic_alone(text: str, start: int, span: str, label: str, words: EntityWords) -> bool:
    """A generic organisation word on its own, not after "the" and naming no one body ("Parliament")."""
    if label != "ORG" or span not in words.of("org_tail") or span in _ONE_BODY:
        return False
    return text[max(start - 4, 0) : start] not in _THE


def _after_title(text: str, start: int, words: EntityWords) -> bool:
    """Whether a title ("Governor", "Prime Minister") or a role ("spokesman") comes right before."""
    before = text[max(start - _LOOKBEHIND, 0) : start]
    if not before.endswith(" "):
        return False
    last = before.split()[-1] if before.split() else ""
    return (
        bool(words.title_suffix.search(before))
        or last in words.of("role")
        or last.casefold() in words.of("person_lead")
    )


def _title_word_after(text: str, end: int, words: EntityWords) -> bool:
    """Whether a title word ("Secretary", "Minister") follows: the span is a piece of the title."""
    following = text[end : end + 24]
    if not following.startswith(" "):
        return False
    word = following.split(maxsplit=1)[0] if following.strip() else ""
    return word in words.of("title")


def _named_place(span: str, label: str) -> bool:
    """A known place of two or more words the model took for an organisation ("El Fasher").

    A one-word town names firms and clubs too ("Wrexham"); a sports story's clubs are found later.
    """
    return label == "ORG" and " " in span


def _after_locative(text: str, start: int, words: EntityWords) -> bool:
    """Whether a locative preposition ("in", "near") comes right before ``start``."""
    before = text[max(start - 12, 0) : start].split()
    return bool(before) and before[-1].casefold() in words.of("locative")


def _by_shape(tokens: list[str], words: EntityWords) -> str | None:
    if len(tokens) < 2:
        return None
    if tokens[0] in words.of("event_head") or " ".join(tokens[:2]) in words.of("event_head"):
        return "EVENT"
    if tokens[-1] in words.of("event_tail") or " ".join(tokens[-2:]) in words.of("event_tail"):
        return "EVENT"  # "Austrian Grand Prix", "Pacific Trophy"
    if " ".join(tokens[-2:]) in words.of("fac_tail"):
        return "FAC"  # "Tanegashima Space Center": a launch site, where "Centre" alone is often a body
    for kind, label in (("org_tail", "ORG"), ("org_extend", "ORG"), ("fac_tail", "FAC"), ("loc_tail", "LOC")):
        if tokens[-1] in words.of(kind):
            return label
    if tokens[-1] in words.of("org_suffix") or tokens[0] in words.of("org_head"):
        return "ORG"  # "Acme Cocoa AG"; "Partido Verde", "Grupo Norte": a body in another language
    if len(tokens) > 2 and tokens[-2] in words.of("org_tail") and tokens[-1] in words.place_types:
        return "ORG"  # "Mercy Hospital Springfield", "University College London": its town after it
    if len(tokens) > 2 and tokens[1] == "of" and tokens[0] in words.of("org_tail"):
        return "ORG"  # "Ministry of Defence", "Federation of Trade Unions"
    return None


#: Features whose "the <noun> of X" names the place they belong to ("the coast of Iwate", "the
#: mountains of Peru"), whose type the noun does not tell; the others name the feature itself ("the
#: island of Crete", "the plain of Arafat").
_OWNER_OF = frozenset({"coast", "mountains"})


def _by_neighbour_noun(text: str, start: int, end: int, words: EntityWords) -> str | None:
    after = _NOUN_AFTER.match(text[end : end + 20])
    # the two patterns before the name end in "$" and are tried at each character: each runs only
    # when the text ends as its match must ("$" also matches before a final line break)
    head = text[max(start - _LOOKBEHIND, 0) : start]
    before = _NOUN_BEFORE.search(head) if head.removesuffix("\n").endswith(" of ") else None
    for match in (after, before):
        if match:
            noun = match.group(1)
            if noun in words.of("admin_noun") or noun in words.of("town_noun"):
                return "GPE"
            if noun in words.of("loc_noun") and (match is after or noun not in _OWNER_OF):
                return "LOC"
    near = text[max(start - 12, 0) : start]
    if near.removesuffix("\n").endswith(" ") and _SETTLEMENT_BEFORE.search(near):
        return "GPE"
    return None
