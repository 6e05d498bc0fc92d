"""Word lists behind the entity type and span rules (``entity_words.tsv``, ``place_names.tsv``)."""

import re
from dataclasses import dataclass

from service.enrich.datafiles import SHARED_WORDS, data_rows, word_lists


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
        """Read the shipped ``entity_words.tsv``, ``place_names.tsv`` and the shared ``words.tsv``.

        The months of the shared list are stop words.
        """
        kinds = dict(word_lists("entity_words.tsv"))
        shared = word_lists(SHARED_WORDS)
        kinds["stop"] = kinds.get("stop", frozenset()) | shared["month"]
        place_types = dict(data_rows("place_names.tsv"))
        # Longest first so that "Prime Minister" is trimmed before "Minister" could be.
        titles = tuple(sorted(kinds.get("title", ()), key=len, reverse=True))
        return cls(
            kinds=kinds,
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
