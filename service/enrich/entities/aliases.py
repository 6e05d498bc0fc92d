"""The curated alias table (``aliases.tsv``, ``aliases_countries.tsv``) and surface-form matching.

Aliases are matched in the text with one Aho-Corasick automaton, so the cost of the scan grows
with the article's length, not with the size of the table times the article.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from service.enrich.datafiles import data_rows

_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$", re.IGNORECASE)
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def surface_key(text: str) -> str:
    """Fold case, a leading "the", a trailing possessive and edge punctuation: "Reuters'" -> "reuters"."""
    folded = _POSSESSIVE.sub("", text.strip())
    folded = _EDGE_PUNCT.sub("", folded)
    folded = _LEADING_THE.sub("", folded)
    return " ".join(folded.casefold().split())


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One curated entity."""

    name: str
    type: str
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Alias forms to curated entities: by folded key, and an automaton for the strong forms."""

    entries: tuple[AliasEntry, ...]
    by_key: dict[str, int]
    automaton: "ahocorasick.Automaton"

    @classmethod
    def load(cls) -> "AliasTable":
        """Read the curated ``aliases.tsv``, then the generated ``aliases_countries.tsv``.

        The format is in their headers; a form both name keeps its curated entry.
        """
        rows: list[list[str]] = []
        for name in ("aliases.tsv", "aliases_countries.tsv"):
            lines = data_rows(name)
            next(lines)  # column names
            rows += [(row + [""] * 5)[:5] for row in lines]
        return cls.build(rows)

    @classmethod
    def build(cls, rows: list[list[str]]) -> "AliasTable":
        """Index ``[name, type, wikidata, aliases, weak]`` rows."""
        entries: list[AliasEntry] = []
        by_key: dict[str, int] = {}
        automaton = ahocorasick.Automaton()
        for index, (name, label, qid, strong, weak) in enumerate(rows):
            entries.append(AliasEntry(name=name, type=label, wikidata=qid or None))
            weak_forms = set(filter(None, weak.split("|")))
            forms = [f for f in (name, *strong.split("|")) if f and f not in weak_forms]
            for form in forms:
                if form not in automaton:
                    automaton.add_word(form, (index, len(form)))
            for form in [*forms, *filter(None, weak.split("|"))]:
                by_key.setdefault(surface_key(form), index)
        automaton.make_automaton()
        return cls(tuple(entries), by_key, automaton)

    def lookup(self, text: str) -> int | None:
        """Index of the entry that ``text`` names, if any."""
        return self.by_key.get(surface_key(text))

    def find(self, text: str) -> Iterator[tuple[int, int, int]]:
        """``(start, end, entry)`` of the longest alias forms in ``text`` on word boundaries."""
        yield from find_words(self.automaton, text)


def find_words(automaton: "ahocorasick.Automaton", text: str) -> Iterator[tuple[int, int, int]]:
    """Longest non-overlapping matches of an automaton of ``(value, length)`` on word boundaries."""
    if not len(automaton):
        return
    for last, (value, length) in automaton.iter_long(text):
        start, end = last - length + 1, last + 1
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield start, end, value
