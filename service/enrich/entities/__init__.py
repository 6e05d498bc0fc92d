"""Named entities: NER spans cleaned, completed and grouped into one entry per real-world thing.

- :mod:`.mentions` finds the mention candidates (:mod:`.candidates`), cleans and types them
  (:mod:`.types`), adds acronyms (:mod:`.acronyms`), short forms (:mod:`.short_forms`) and the
  names of headline-cased text (:mod:`.headline_names`);
- :mod:`.grouping` joins them into one group per real-world thing;
- :mod:`.salience` scores how much the article is about each;
- :mod:`.aliases` and :mod:`.words` hold the shipped tables, loaded by :mod:`.tables`.

:func:`extract_entities` wires them together and maps offsets back to the original title and body.
"""

from service.enrich.entities.article_names import ArticleNames
from service.enrich.entities.grouping import Group, group
from service.enrich.entities.mentions import find_mentions
from service.enrich.entities.salience import Placement, saliences
from service.enrich.entities.tables import EntityTables
from service.enrich.text.article import AnalysedArticle
from service.schema.events import Entity, Mention


def extract_entities(analysed: AnalysedArticle, tables: EntityTables) -> list[Entity]:
    """The article's entities, ordered by first mention, with salience and Wikidata ids."""
    source = analysed.source
    names = ArticleNames(source.raw_text, tables.words)
    candidates = find_mentions(analysed, tables.aliases, tables.words, names)
    groups = group(names, candidates, tables.aliases, tables.words, tables.places, source.body_offset)
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
    spans = (analysed.source.mention(c.start, c.end) for c in grp.members)
    return [s for s in spans if s is not None and s.text.strip()]


def _placement(grp: Group, mentions: list[Mention], body_start: int, analysed: AnalysedArticle) -> Placement:
    title_end = len(analysed.source.title.text)
    in_title = any(c.end <= title_end for c in grp.members)
    body = [c.start - body_start for c in grp.members if c.start >= body_start and c.source != "mirror"]
    counted = [c for c in grp.members if c.source != "mirror"]
    first = min(body, default=None)
    return Placement(count=len(counted) or len(mentions), in_title=in_title, first_body_offset=first)
