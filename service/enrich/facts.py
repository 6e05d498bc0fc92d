"""Numeric facts: the numbers a reader wants, with what they count (filled by the facts issue)."""

from dataclasses import dataclass

from spacy.language import Language

from service.enrich.document import AnalysedArticle
from service.schema.events import Fact


@dataclass(frozen=True, slots=True)
class FactTables:
    """Data the facts step needs (lexicons come with the facts issue)."""

    @classmethod
    def load(cls) -> "FactTables":
        """Load the shipped tables."""
        return cls()


def extract_facts(analysed: AnalysedArticle, nlp: Language, tables: FactTables) -> list[Fact]:
    """The article's numeric facts, in text order."""
    return []
