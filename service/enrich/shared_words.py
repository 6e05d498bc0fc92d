"""The word lists more than one capability uses, read once from ``words.tsv`` and ``demonyms.tsv``.

:class:`SharedWords` is loaded once per process (:meth:`service.enrich.pipeline.Resources.load`)
and passed to each capability's ``Tables.load()``, so every capability sees the same list: a
word added to ``words.tsv`` changes all of them, and no capability keeps a copy of its own.
"""

from dataclasses import dataclass

from service.enrich.datafiles import SHARED_WORDS, data_rows, word_lists

#: Demonyms with the country each counts for (``-``: none), one row per country or kind of group.
DEMONYMS = "demonyms.tsv"
#: The code of a demonym row that counts for no country ("Kurdish", "Muslim").
NO_COUNTRY = "-"


@dataclass(frozen=True, slots=True)
class SharedWords:
    """One list per concept (``words.tsv``'s header says what each kind is for).

    ``months``: month names as written ("November"); ``month_abbreviations``: "Nov.", "Sept.".
    ``locatives``: prepositions that make the name after them a place ("in Lyon"), lower case.
    ``street_words``: words after a name that make it a street's ("Dover Street"), lower case.
    ``admin_nouns``: nouns of populated and administrative places ("province", "town"), lower case.
    ``demonyms``: every form of ``demonyms.tsv`` ("Afghan", "Afghans", "Kurdish", "Muslim");
    ``demonym_countries``: the forms that count for a country, with its ISO 3166-1 code.
    """

    months: frozenset[str]
    month_abbreviations: frozenset[str]
    locatives: frozenset[str]
    street_words: frozenset[str]
    admin_nouns: frozenset[str]
    demonyms: frozenset[str]
    demonym_countries: dict[str, str]

    @classmethod
    def load(cls) -> "SharedWords":
        """Read the shipped ``words.tsv`` and ``demonyms.tsv``."""
        kinds = word_lists(SHARED_WORDS)
        countries: dict[str, str] = {}
        for code, forms in data_rows(DEMONYMS):
            for form in forms.split("|"):
                if form in countries:
                    raise ValueError(f"{DEMONYMS}: {form!r} is listed twice")
                countries[form] = code
        return cls(
            months=kinds["month"],
            month_abbreviations=kinds["month_abbreviation"],
            locatives=kinds["locative"],
            street_words=kinds["street_word"],
            admin_nouns=kinds["admin_noun"],
            demonyms=frozenset(countries),
            demonym_countries={form: code for form, code in countries.items() if code != NO_COUNTRY},
        )
