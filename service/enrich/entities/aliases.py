"""The alias tables (``aliases.tsv``, ``aliases_countries.tsv``, ``aliases_states.tsv``) and matching.

Aliases are matched in the text with one Aho-Corasick automaton, so the cost of the scan grows
with the article's length, not with the size of the table times the article.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from service.enrich.datafiles import data_rows

_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$", re.IGNORECASE)
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
#: A plus sign right after the last word, which makes another name ("OPEC+" is not "OPEC").
_PLUS_END = re.compile(r"\w\+[^\w+]*$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # names recur within and across articles; three regexes a call otherwise
def surface_key(text: str) -> str:
    """Fold case, a leading "the", a trailing possessive and edge punctuation: "Reuters'" -> "reuters".

    A plus sign after the last word stays: "OPEC+" names another group than "OPEC".
    """
    folded = _POSSESSIVE.sub("", text.strip())
    plus = "+" if _PLUS_END.search(folded) else ""
    folded = _EDGE_PUNCT.sub("", folded) + plus
    folded = _LEADING_THE.sub("", folded)
    return " ".join(folded.casefold().split())


def written_key(text: str) -> str:
    """A leading "the" and a trailing possessive dropped, case and dots kept: "Pa." stays "Pa."."""
    return " ".join(_LEADING_THE.sub("", _POSSESSIVE.sub("", text.strip())).split())


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One curated entity."""

    name: str
    type: str
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Alias forms to curated entities: by form as written, by folded key, and an automaton.

    A form as written wins over a folded one, so that "Pa." (Pennsylvania in news style) is not
    the Palestinian Authority's "PA" and "Ind." not "IND".
    """

    entries: tuple[AliasEntry, ...]
    by_key: dict[str, int]
    automaton: "ahocorasick.Automaton"
    by_form: dict[str, int]

    @classmethod
    def load(cls) -> "AliasTable":
        """Read the curated, the country and the state tables, in that order.

        ``aliases.tsv`` is curated, ``aliases_countries.tsv`` generated, ``aliases_states.tsv`` holds
        the US states and Canadian provinces with their news abbreviations ("Mo." is Missouri).

        The format is in their headers; a form both name keeps its curated entry.
        """
        rows: list[list[str]] = []
        for name in ("aliases.tsv", "aliases_countries.tsv", "aliases_states.tsv"):
            lines = data_rows(name)
            next(lines)  # column names
            rows += [(row + [""] * 5)[:5] for row in lines]
        return cls.build(rows)

    @classmethod
    def build(cls, rows: list[list[str]]) -> "AliasTable":
        """Index ``[name, type, wikidata, aliases, weak]`` rows.

        A row whose name an earlier row already names, with the same type, adds its forms to that
        entity (the generated country table's "Kingdom of Saudi Arabia" joins the curated "Saudi
        Arabia") instead of standing as a second entity of the same name.
        """
        entries: list[AliasEntry] = []
        by_key: dict[str, int] = {}
        by_form: dict[str, int] = {}
        automaton = ahocorasick.Automaton()
        for name, label, qid, strong, weak in rows:
            index = by_key.get(surface_key(name), len(entries))
            if index == len(entries) or entries[index].type != label:
                index = len(entries)
                entries.append(AliasEntry(name=name, type=label, wikidata=qid or None))
            weak_forms = set(filter(None, weak.split("|")))
            forms = [f for f in (name, *strong.split("|")) if f and f not in weak_forms]
            for form in forms:
                if form not in automaton:
                    automaton.add_word(form, (index, len(form)))
            for form in [*forms, *filter(None, weak.split("|"))]:
                by_key.setdefault(surface_key(form), index)
                by_form.setdefault(written_key(form), index)
        automaton.make_automaton()
        return cls(tuple(entries), by_key, automaton, by_form)

    def lookup(self, text: str) -> int | None:
        """Index of the entry that ``text`` names, if any: written exactly so first, else folded."""
        exact = self.by_form.get(written_key(text))
        return exact if exact is not None else self.by_key.get(surface_key(text))

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
