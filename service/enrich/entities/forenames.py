"""Persons by the shape of their names, which the model misses or calls organisations.

A forename the model left outside a person's span: "beat Casper Ruud" where it saw only "Ruud".

When the article names a person by one word (their surname), a capitalised word right before
another mention of that word, after a lowercase word or a comma, is the forename: news writes a
person's full name once and the surname after. Not a title, a role, a stop word, a place, a people
or a word of an organisation's name; not a word the alias table knows; never across a sentence.

A name with a patronymic particle between capitalised words is a person: Welsh "ap" and "ab"
("Iwan ap Rhys"), Arabic "bin", "bint" and "ibn", then more names or "al-" ones ("Yasser bin
Hassan al-Misehal").
"""

import re

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.words import EntityWords

#: A lowercase word or a comma, one space, then a capitalised word and one space.
_FORENAME = re.compile(r"(?:[a-z],?|,) ([A-Z][a-z]+) $")
#: How far back to look.
_LOOKBEHIND = 30


_PATRONYMIC = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:ap|ab|bin|bint|ibn) [A-Z][a-z'-]+"
    r"(?: (?:(?:bin|ibn) |al-)?[A-Z][a-z'-]+)*(?![\w-])"
)


def is_patronymic(span: str) -> bool:
    """Whether ``span`` is exactly a name with a patronymic particle, whatever the model said."""
    return _PATRONYMIC.fullmatch(span) is not None


def patronymics(text: str, words: EntityWords) -> list[MentionCandidate]:
    """Person candidates for the names with a patronymic particle ("Iwan ap Rhys"), titles cut off."""
    if " ap " not in text and " ab " not in text and " bin" not in text and " ibn " not in text:
        return []
    found = []
    for match in _PATRONYMIC.finditer(text):
        start, end = match.span()
        title = words.title_prefix.match(text, start, end)
        found.append(MentionCandidate(title.end() if title else start, end, "PERSON", "title", sure=True))
    return found


def forenamed(
    text: str, chosen: list[MentionCandidate], aliases: AliasTable, words: EntityWords
) -> list[MentionCandidate]:
    """Longer person candidates for surnames with the forename the model missed before them."""
    found = []
    for cand in chosen:
        if cand.label != "PERSON" or " " in text[cand.start : cand.end]:
            continue
        match = _FORENAME.search(text, max(cand.start - _LOOKBEHIND, 0), cand.start)
        if match is None or match.end() != cand.start:
            continue
        word = match.group(1)
        if _no_forename(word, aliases, words):
            continue
        found.append(MentionCandidate(match.start(1), cand.end, "PERSON", "title", sure=True))
    return found


def _no_forename(word: str, aliases: AliasTable, words: EntityWords) -> bool:
    return (
        word in words.stop
        or word in words.of("title")
        or word.casefold() in words.of("role")
        or word in words.generic_org
        or word in words.place_types
        or words.is_demonym(word)
        or aliases.lookup(word) is not None
    )
