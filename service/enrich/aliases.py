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
        """Read the curated ``aliases.tsv``, then the generated ``aliases_countries.tsv``.

        The format is in their headers; a form both name keeps its curated entry.
        """
        rows: list[list[str]] = []
        for name in ("aliases.tsv", "aliases_countries.tsv"):
            lines = _data_lines(name)
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


@dataclass(frozen=True, slots=True)
class EntityWords:
    """Word lists behind the type and span rules (``entity_words.tsv``, ``place_names.tsv``)."""

    kinds: dict[str, frozenset[str]]
    titles: tuple[str, ...]
    place_types: dict[str, str]
    title_prefix: re.Pattern[str]
    title_suffix: re.Pattern[str]
    title_led: re.Pattern[str]

    @classmethod
    def load(cls) -> "EntityWords":
        """Read the shipped ``entity_words.tsv`` and ``place_names.tsv``."""
        kinds: dict[str, set[str]] = {}
        for kind, word in _data_lines("entity_words.tsv"):
            kinds.setdefault(kind, set()).add(word)
        place_types = dict(_data_lines("place_names.tsv"))
        # Longest first so that "Prime Minister" is trimmed before "Minister" could be.
        titles = tuple(sorted(kinds.get("title", ()), key=len, reverse=True))
        return cls(
            kinds={kind: frozenset(words) for kind, words in kinds.items()},
            titles=titles,
            place_types=place_types,
            title_prefix=re.compile("(?:" + "|".join(map(re.escape, titles)) + r") (?=\S)"),
            title_suffix=re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, titles)) + r") $"),
            title_led=re.compile(
                r"(?<![\w.])(?:" + "|".join(map(re.escape, (*titles, *sorted(kinds.get("role", ()))))) + r") "
                r"((?:[A-Z][a-z][\w-]*)(?: (?:[A-Z][a-z][\w-]*)){0,2})(?![\w-])"
            ),
        )

    def of(self, kind: str) -> frozenset[str]:
        """The words of one kind (empty when the file has none)."""
        return self.kinds.get(kind, frozenset())

    @property
    def stop(self) -> frozenset[str]:
        """Capitalised words never propagated on their own."""
        return self.of("stop")

    def is_demonym(self, text: str) -> bool:
        """Whether ``text`` is a people's adjective or plural noun ("Afghan", "Afghans")."""
        demonyms = self.of("demonym")
        return text in demonyms or (text.endswith("s") and text[:-1] in demonyms)
