"""Organisations and products the model reads as people, by the words news puts around the name.

The small model calls an unfamiliar one-word name (a firm, a party, a drug) a person or a place.
The words around it often say otherwise, and these cues are read from the few characters beside
the name only:

- a lowercase noun right before it that names a kind of organisation or product ("shipping group
  Maersk", "the daily Kurier", "coalition partner Sanwa", "the weight-loss pill Zepvanta":
  ``org_noun``, ``product_noun``), "maker of" before a product, and a firm's apposition after it
  ("Novara, maker of ...");
- a person's work right before it ("an economist at Capital Economics", "analysts at Jefferies":
  ``role`` and ``works_at``), where a person is never the place of work;
- a sentence's capitalised first word that names a kind of firm ("Retailer Marks & Spencer":
  ``org_lead``), or an apposition after it ending in one (", the Chinese steelmaker");
- a person's name and "of" right before it ("Remco Evenepoel of Soudal Quick-Step"): their team
  or employer, unless the gazetteer knows a place of that name;
- "shares of" right before it, or a lowercase noun right after it that only organisations take
  ("the ruling Morena party", "SpaceX founder Elon Musk", "Nvidia shares": ``org_after``); "party"
  whatever the model said, the others only for a person or a place the gazetteer does not know
  ("Tokyo shares" is the market of a city);
- a player's move or games right before it ("who plays for Harbor Town", "signed for Ostfeld"):
  a club, unless it is a country (a national team);
- for a person: "the" right before it, and right after it punctuation, the end of the text, a past
  tense or an auxiliary verb ("the Thunder, who", "the Mariners rallied", "the Thunder will"): news
  writes "the" before a person only as a modifier ("the Dutroux case", a lowercase noun after).
"""

import re

from service.enrich.entities.aliases import surface_key
from service.enrich.entities.words import EntityWords

#: The word right after a name: what follows one space.
_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)\b")
#: The lowercase word, and the two, right before a name (one space between).
_WORD_BEFORE = re.compile(r"(?:^|\s)(([a-z][a-z-]*) )?([a-z][a-z-]*) $")
#: A sentence's capitalised first word right before a name ("Retailer Marks & Spencer").
_LEAD_BEFORE = re.compile(r"(?:^|[.!?\n] |\n)([A-Z][a-z-]+) $")
#: ", the Swiss cement maker", ", a lender": an apposition after a name that ends in a kind of firm.
_KIND_AFTER = re.compile(
    r", (?:the|a|an) (?:[A-Za-z-]+ ){0,2}([a-z-]+)(?=[,.;:)]| (?:that|which|who|whose|based|in|and)\b)"
)
#: A name and "of" right before: "Ann Lee of ..." (a person's team, firm or country).
_NAME_OF = re.compile(r"[a-z] [A-Z][a-z]+ of $")
#: "plays for X", "signed for X": X is the player's club (or a national team: a country).
_PLAYS_FOR = re.compile(r"\b(?:plays|played|playing|signed|signs|scored|scores|captains|captained) for $")
_SHARES_OF = re.compile(r"\b[Ss]hares (?:of|in) $")
#: "the maker of X": X is a product ("Novo Nordisk, maker of Wegovy").
_MAKER_OF = re.compile(r"\bmakers? of $")
#: ", maker of ...", ", operator of ...", ", based in ...": what comes after a firm's name in apposition.
_FIRM_APPOSITION = re.compile(
    r", (?:(?:the |a )?(?:[a-z]+ )?(?:makers?|manufacturer|operator|producer) of"
    r"|(?:based|headquartered) in)\b"
)
#: "an economist at X", "analysts at X": the lowercase word before "at" names the person's job.
_WORKS_AT = re.compile(r"(?:^|\s)([A-Za-z][a-z-]*) at $")
#: How far back to look for the word before.
_LOOKBEHIND = 24
#: Labels an organisation's context word after the name may overrule.
_PERSON_OR_PLACE = frozenset({"PERSON", "GPE", "LOC", "FAC"})
#: What may follow a subject "the X" right away: punctuation or the end of the text.
_CLOSING = frozenset(',.;:!?)"\n')
#: What ``_WORD_BEFORE`` and ``_LEAD_BEFORE`` need right before the name: a word's last letter in
#: lower case (or a hyphen) and a space. The patterns on the text before a name end in ``$`` and
#: are tried at each of its characters, so each runs only when the text before ends as its match
#: must (a cheap test; "$" also matches before a final line break, which the test drops first).
_LOWER_END = frozenset("abcdefghijklmnopqrstuvwxyz-")


def by_context(text: str, start: int, end: int, label: str, words: EntityWords) -> str | None:
    """ORG or PRODUCT when the words around ``text[start:end]`` say so; None when they do not."""
    span = text[start:end]
    before = text[max(start - _LOOKBEHIND, 0) : start]
    ending = before.removesuffix("\n")
    noun = _WORD_BEFORE.search(before) if ending[-2:-1] in _LOWER_END and ending.endswith(" ") else None
    if noun and surface_key(span) not in words.nations:  # "the visiting side Kenya": a national team
        last, two = noun.group(3), noun.group(1) and noun.group(1) + noun.group(3)
        if last in words.of("org_noun") or two in words.of("org_noun"):  # "coalition partner X"
            return "ORG"
        if last in words.of("product_noun") or (ending.endswith(" of ") and _MAKER_OF.search(before)):
            return "PRODUCT"
    unknown_place = label == "PERSON" or (label in _PERSON_OR_PLACE and span not in words.place_types)
    # an organisation the model saw is made sure by the same cues (it then outvotes a person's form)
    may_be_org = unknown_place or label == "ORG"
    if may_be_org and (_FIRM_APPOSITION.match(text, end) or _works_at(before, words)):
        return "ORG"
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1) in words.of("org_after"):
        if after.group(1) == "party" and label != "NORP":
            return "ORG"
        if may_be_org:
            return "ORG"
    lead = _LEAD_BEFORE.search(before) if ending[-2:-1] in _LOWER_END and ending.endswith(" ") else None
    if lead and lead.group(1).casefold() in words.of("org_lead") and may_be_org:
        return "ORG"  # "Retailer Marks & Spencer" at a sentence's start
    kind = _KIND_AFTER.match(text, end)
    if kind and kind.group(1) in words.of("org_noun") and may_be_org:
        return "ORG"  # "Tsingshan, the Chinese steelmaker"
    if (
        label == "PERSON"
        and ending.endswith(" of ")
        and _NAME_OF.search(before)
        and span not in words.place_types
    ):
        return "ORG"  # "Remco Evenepoel of Soudal Quick-Step": a person's team or employer
    if (
        unknown_place
        and ending.endswith(" for ")
        and _PLAYS_FOR.search(before)
        and surface_key(span) not in words.nations
    ):
        return "ORG"
    if unknown_place and ending.endswith((" of ", " in ")) and _SHARES_OF.search(before):
        return "ORG"
    if label == "PERSON" and before.endswith(("the ", "The ")) and span not in words.place_types:
        return "ORG" if _subject_ends(text, end, words) else None
    return None


def _works_at(before: str, words: EntityWords) -> bool:
    """Whether a person's job and "at" come right before: "an analyst at", "economists at"."""
    job = _WORKS_AT.search(before) if before.removesuffix("\n").endswith(" at ") else None
    if not job:
        return False
    word = job.group(1).casefold()  # "Analysts at X" opens a sentence
    return (
        word in words.of("works_at") or word in words.of("role") or word.removesuffix("s") in words.of("role")
    )


def _subject_ends(text: str, end: int, words: EntityWords) -> bool:
    """Whether the noun phrase ends at ``end``: punctuation, the end, or a verb comes next."""
    if end >= len(text) or text[end] in _CLOSING:
        return True
    after = _NEXT_WORD.match(text, end)
    if not after:
        return False
    verb = after.group(1)
    return verb in words.of("subject_verb") or (verb.endswith("ed") and len(verb) > 4)
