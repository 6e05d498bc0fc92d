"""Word lists behind the entity type and span rules (``entity_words.tsv``, ``place_names.tsv``)."""

import re
from dataclasses import dataclass

from service.enrich.alternation import words_pattern
from service.enrich.datafiles import data_rows, word_lists
from service.enrich.entities.aliases import surface_key
from service.enrich.shared_words import SharedWords


@dataclass(frozen=True, slots=True)
class EntityWords:
    """Word lists behind the type and span rules (``entity_words.tsv``, ``place_names.tsv``).

    ``nations``: folded names of the countries (``aliases_countries.tsv``) and home nations, whose
    teams news names like the country (a national team is never a club). ``generic_org``: words
    never an organisation's short name on their own ("Bank", "Inc"). ``sport``: finds a word only
    sports reports use, in case-folded text.
    """

    kinds: dict[str, frozenset[str]]
    titles: tuple[str, ...]
    place_types: dict[str, str]
    title_prefix: re.Pattern[str]
    title_suffix: re.Pattern[str]
    title_led: re.Pattern[str]
    nations: frozenset[str] = frozenset()
    generic_org: frozenset[str] = frozenset()
    sport: re.Pattern[str] = re.compile(r"(?!)")

    @classmethod
    def load(cls, shared: SharedWords | None = None) -> "EntityWords":
        """Read the shipped ``entity_words.tsv`` and ``place_names.tsv``, with the ``shared`` lists.

        ``shared`` is read here when not given (a test's own load). Its months and their
        abbreviations are stop words ("Dec. 5" is no club and its score).
        """
        shared = shared or SharedWords.load()
        kinds = dict(word_lists("entity_words.tsv"))
        kinds["stop"] = kinds.get("stop", frozenset()) | shared.months | shared.month_abbreviations
        kinds["locative"] = shared.locatives
        kinds["admin_noun"] = shared.admin_nouns
        kinds["street_word"] = shared.street_words
        kinds["demonym"] = shared.demonyms
        place_types = dict(data_rows("place_names.tsv"))
        countries = data_rows("aliases_countries.tsv")
        next(countries)  # column names
        nations = {surface_key(form) for row in countries for form in _forms(row)}
        curated = data_rows("aliases.tsv")
        next(curated)  # column names
        # the curated forms of those countries too ("U.S." of United States)
        nations |= {surface_key(f) for row in curated if surface_key(row[0]) in nations for f in _forms(row)}
        nations |= {surface_key(name) for name in kinds.get("nation", ())}
        # Longest first so that "Prime Minister" is trimmed before "Minister" could be.
        titles = tuple(sorted(kinds.get("title", ()), key=len, reverse=True))
        return cls(
            kinds=kinds,
            titles=titles,
            place_types=place_types,
            title_prefix=re.compile(f"(?:{words_pattern(titles)}) (?=\\S)"),
            title_suffix=re.compile(f"(?:^|\\s)(?:{words_pattern(titles)}) $"),
            title_led=re.compile(
                r"(?<![\w.])(?:" + words_pattern((*titles, *kinds.get("role", ()))) + ") "
                r"((?:[A-Z][a-z][\w-]*)(?: (?:[A-Z][a-z][\w-]*)){0,2})(?![\w-])"
            ),
            nations=frozenset(nations),
            generic_org=kinds.get("org_tail", frozenset())
            | kinds.get("org_suffix", frozenset())
            | kinds["stop"],
            sport=re.compile(r"\b(?:" + words_pattern(kinds.get("sport", ())) + r")\b"),
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


def _forms(row: list[str]) -> list[str]:
    """Every name of an alias row: the name, its aliases and weak forms."""
    fields = (row + [""] * 5)[:5]
    return [f for f in (fields[0], *fields[3].split("|"), *fields[4].split("|")) if f]
