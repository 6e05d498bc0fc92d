"""The shipped entity tables: curated aliases (``aliases.tsv``) and word lists (``entity_words.tsv``).

Aliases are matched in the text with one Aho-Corasick automaton, so the cost of the scan grows
with the article's length, not with the size of the table times the article.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

import ahocorasick

_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$", re.IGNORECASE)
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def surface_key(text: str) -> str:
    """Fold case, a leading "the", a trailing possessive and edge punctuation: "Reuters'" -> "reuters"."""
    folded = _POSSESSIVE.sub("", text.strip())
    folded = _EDGE_PUNCT.sub("", folded)
    folded = _LEADING_THE.sub("", folded)
    return " ".join(folded.casefold().split())


def _data_lines(name: str) -> Iterator[list[str]]:
    """Tab-separated fields of the data file ``name``, comments and blank lines skipped."""
    source = resources.files("service.data").joinpath(name).read_text("utf-8")
    for line in source.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


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
        """Read the shipped ``aliases.tsv`` (format in its header)."""
        rows = _data_lines("aliases.tsv")
        next(rows)  # column names
        return cls.build([(row + [""] * 5)[:5] for row in rows])

    @classmethod
    def build(cls, rows: list[list[str]]) -> "AliasTable":
        """Index ``[name, type, wikidata, aliases, weak]`` rows."""
        entries: list[AliasEntry] = []
        by_key: dict[str, int] = {}
        automaton = ahocorasick.Automaton()
        for index, (name, label, qid, strong, weak) in enumerate(rows):
            entries.append(AliasEntry(name=name, type=label, wikidata=qid or None))
            forms = [name, *filter(None, strong.split("|"))]
            for form in forms:
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


@dataclass(frozen=True, slots=True)
class EntityWords:
    """Word lists behind the type and span rules (see ``entity_words.tsv``)."""

    demonyms: frozenset[str]
    titles: tuple[str, ...]
    generic: frozenset[str]
    stop: frozenset[str]

    @classmethod
    def load(cls) -> "EntityWords":
        """Read the shipped ``entity_words.tsv``."""
        kinds: dict[str, list[str]] = {"demonym": [], "title": [], "generic": [], "stop": []}
        for kind, word in _data_lines("entity_words.tsv"):
            kinds[kind].append(word)
        return cls(
            demonyms=frozenset(kinds["demonym"]),
            # Longest first so that "Prime Minister" is trimmed before "Minister" could be.
            titles=tuple(sorted(kinds["title"], key=len, reverse=True)),
            generic=frozenset(kinds["generic"]),
            stop=frozenset(kinds["stop"]),
        )

    def is_demonym(self, text: str) -> bool:
        """ "Afghan", "Afghans", "Kurdish": a people's adjective or plural noun."""
        return text in self.demonyms or (text.endswith("s") and text[:-1] in self.demonyms)
