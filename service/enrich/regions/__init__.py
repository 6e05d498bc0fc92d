"""Region codes: the countries and subdivisions an article is about, and its focus.

- :mod:`.gazetteer`: the shipped gazetteer (countries, subdivisions, cities, US counties);
- :mod:`.toponyms`: place entities with their gazetteer candidates;
- :mod:`.scan`: gazetteer names the model did not tag as places (never a name the entity step made
  an organisation, such as a club named by its town);
- :mod:`.resolution`: each toponym's candidate, from its prior and the article's other places;
- :mod:`.filters`: tentative places, demonyms and lone small towns the article does not support;
- :mod:`.focus`: counts per country and subdivision, and the focus.
"""

from service.enrich.regions.filters import named_or_repeated, supported
from service.enrich.regions.focus import summarise
from service.enrich.regions.gazetteer import Gazetteer, fold
from service.enrich.regions.resolution import disambiguate
from service.enrich.regions.scan import scan_gazetteer
from service.enrich.regions.toponyms import entity_toponyms, person_surnames
from service.enrich.text.article import AnalysedArticle
from service.schema.events import Entity, Regions


def extract_regions(analysed: AnalysedArticle, entities: list[Entity], gazetteer: Gazetteer) -> Regions:
    """Countries, subdivisions, resolved places and focus of the article."""
    people = person_surnames(analysed)
    toponyms, by_name = entity_toponyms(analysed, entities, gazetteer, people)
    clubs = _named_like_places(analysed, entities, gazetteer)
    scan_gazetteer(analysed, gazetteer, toponyms, by_name, people, clubs)
    kept, chosen = named_or_repeated(*supported(toponyms, disambiguate(toponyms)))
    return summarise(kept, chosen, gazetteer)


def _named_like_places(
    analysed: AnalysedArticle, entities: list[Entity], gazetteer: Gazetteer
) -> frozenset[tuple[str, int, int]]:
    """Mentions the entity step made organisations named like a place against the model's reading.

    A club named by its town ("Leeds beat Hull") that the model read as a place, or missed in a
    results line, is the entity step's decision: the scan agrees. A place the model itself tagged
    as an organisation ("Kinshasa" as ORG) is still the scan's to rescue, unless the organisation
    is a curated one with a Wikidata id ("The White House said": no town in Tennessee).
    """
    model_org = [
        located
        for e in analysed.ents
        if e.label_ in ("ORG", "PERSON") and (located := analysed.source.locate(e.start_char, e.end_char))
    ]
    spans = set()
    for entity in entities:
        if entity.type != "ORG" or fold(entity.name) not in gazetteer.names:
            continue
        curated = entity.wikidata is not None
        for m in entity.mentions:
            if curated or not any(f == m.field and s < m.end and m.start < e for f, s, e in model_org):
                spans.add((m.field, m.start, m.end))
    return frozenset(spans)
