"""Named entities: NER spans cleaned, completed and grouped into one entry per real-world thing.

:mod:`service.enrich.mentions` finds and types the mentions, :mod:`service.enrich.grouping` joins
them into entities and :mod:`service.enrich.salience` scores them; this module wires the three to
the shipped tables and maps offsets back to the original title and body.
"""

from dataclasses import dataclass

from service.enrich.aliases import AliasTable, EntityWords
from service.enrich.boilerplate import BoilerplateRules
from service.enrich.document import AnalysedArticle
from service.enrich.grouping import Group, group
from service.enrich.mentions import NAME_LABELS, collect
from service.enrich.salience import Placement, saliences
from service.schema.events import Entity, Mention

__all__ = ["NAME_LABELS", "EntityTables", "extract_entities"]


@dataclass(frozen=True, slots=True)
class EntityTables:
    """Data the entity step needs: aliases, word lists and boilerplate patterns."""

    aliases: AliasTable
    words: EntityWords
    boilerplate: BoilerplateRules

    @classmethod
    def load(cls) -> "EntityTables":
        """Load the shipped tables (once per process)."""
        return cls(aliases=AliasTable.load(), words=EntityWords.load(), boilerplate=BoilerplateRules.load())


def extract_entities(analysed: AnalysedArticle, tables: EntityTables) -> list[Entity]:
    """The article's entities, ordered by first mention, with salience and Wikidata ids."""
    source = analysed.source
    candidates = collect(analysed, tables.aliases, tables.words)
    groups = group(source.raw_text, candidates, tables.aliases, tables.words)
    located = [(g, _mentions(analysed, g)) for g in groups]
    located = [(g, mentions) for g, mentions in located if mentions]
    body_start = source.body_offset + len(source.body.text) - len(source.body.text.lstrip())
    body_length = max(len(source.text) - body_start, 0)
    placements = [_placement(g, mentions, body_start, analysed) for g, mentions in located]
    scores = saliences(placements, body_length)
    entities = []
    for index, ((grp, mentions), score) in enumerate(zip(located, scores, strict=True), start=1):
        wikidata = tables.aliases.entries[grp.entry].wikidata if grp.entry is not None else None
        entities.append(
            Entity(
                id=f"E{index}",
                name=grp.name,
                type=grp.label,
                mentions=mentions,
                count=len(mentions),
                salience=score,
                wikidata=wikidata,
            )
        )
    return entities


def _mentions(analysed: AnalysedArticle, grp: Group) -> list[Mention]:
    spans = (analysed.source.span(c.start, c.end) for c in grp.members)
    return [Mention(**s.model_dump()) for s in spans if s is not None and s.text.strip()]


def _placement(grp: Group, mentions: list[Mention], body_start: int, analysed: AnalysedArticle) -> Placement:
    title_end = len(analysed.source.title.text)
    in_title = any(c.end <= title_end for c in grp.members)
    body = [c.start - body_start for c in grp.members if c.start >= body_start and c.source != "mirror"]
    counted = [c for c in grp.members if c.source != "mirror"]
    first = min(body, default=None)
    return Placement(count=len(counted) or len(mentions), in_title=in_title, first_body_offset=first)
