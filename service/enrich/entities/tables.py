"""The entity step's shipped data: the alias table and the word lists."""

from dataclasses import dataclass

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.words import EntityWords


@dataclass(frozen=True, slots=True)
class EntityTables:
    """Everything the entity step reads from package files."""

    aliases: AliasTable
    words: EntityWords

    @classmethod
    def load(cls) -> "EntityTables":
        """Load the shipped tables (once per process)."""
        return cls(aliases=AliasTable.load(), words=EntityWords.load())
