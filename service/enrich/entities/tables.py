"""The entity step's shipped data: the alias table, the word lists and the regions step's gazetteer."""

from dataclasses import dataclass

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.words import EntityWords
from service.enrich.regions.gazetteer import Gazetteer
from service.enrich.shared_words import SharedWords


@dataclass(frozen=True, slots=True)
class EntityTables:
    """Everything the entity step reads from package files.

    ``places`` is the gazetteer the regions step resolves places with: grouping asks it whether two
    place names ("Kiev", "Kyiv") name one place. Pass the one already loaded to share it.
    """

    aliases: AliasTable
    words: EntityWords
    places: Gazetteer

    @classmethod
    def load(cls, shared: SharedWords | None = None, places: Gazetteer | None = None) -> "EntityTables":
        """Load the shipped tables (once per process), with the word lists and gazetteer others share."""
        shared = shared or SharedWords.load()
        return cls(
            aliases=AliasTable.load(), words=EntityWords.load(shared), places=places or Gazetteer.load(shared)
        )
