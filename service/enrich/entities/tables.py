"""The entity step's shipped data: the alias table and the word lists."""

from dataclasses import dataclass

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.words import EntityWords
from service.enrich.shared_words import SharedWords


@dataclass(frozen=True, slots=True)
class EntityTables:
    """Everything the entity step reads from package files."""

    aliases: AliasTable
    words: EntityWords

    @classmethod
    def load(cls, shared: SharedWords | None = None) -> "EntityTables":
        """Load the shipped tables (once per process), with the word lists shared with others."""
        return cls(aliases=AliasTable.load(), words=EntityWords.load(shared))
