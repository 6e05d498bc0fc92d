"""The word lists more than one capability uses, read once from ``service/data/words.tsv``.

:class:`SharedWords` is loaded once per process (:meth:`service.enrich.pipeline.Resources.load`)
and passed to each capability's ``Tables.load()``, so every capability sees the same list: a
word added to ``words.tsv`` changes all of them, and no capability keeps a copy of its own.
"""

from dataclasses import dataclass

from service.enrich.datafiles import SHARED_WORDS, word_lists


@dataclass(frozen=True, slots=True)
class SharedWords:
    """One list per concept (``words.tsv``'s header says what each kind is for).

    ``months``: month names as written ("November"); ``month_abbreviations``: "Nov.", "Sept.".
    ``locatives``: prepositions that make the name after them a place ("in Lyon"), lower case.
    ``street_words``: words after a name that make it a street's ("Dover Street"), lower case.
    ``admin_nouns``: nouns of populated and administrative places ("province", "town"), lower case.
    """

    months: frozenset[str]
    month_abbreviations: frozenset[str]
    locatives: frozenset[str]
    street_words: frozenset[str]
    admin_nouns: frozenset[str]

    @classmethod
    def load(cls) -> "SharedWords":
        """Read the shipped ``words.tsv``."""
        kinds = word_lists(SHARED_WORDS)
        return cls(
            months=kinds["month"],
            month_abbreviations=kinds["month_abbreviation"],
            locatives=kinds["locative"],
            street_words=kinds["street_word"],
            admin_nouns=kinds["admin_noun"],
        )
