"""Region codes: the countries and subdivisions an article is about, and its focus.

- :mod:`.gazetteer`: the shipped gazetteer (countries, subdivisions, cities, US counties);
- :mod:`.toponyms`: place entities with their gazetteer candidates;
- :mod:`.scan`: gazetteer names the model did not tag as places;
- :mod:`.resolution`: each toponym's candidate, from its prior and the article's other places;
- :mod:`.filters`: tentative places, demonyms and lone small towns the article does not support;
- :mod:`.focus`: counts per country and subdivision, and the focus.
"""

from service.enrich.regions.filters import named_or_repeated, supported
from service.enrich.regions.focus import summarise
from service.enrich.regions.gazetteer import Gazetteer
from service.enrich.regions.resolution import disambiguate
from service.enrich.regions.scan import scan_gazetteer
from service.enrich.regions.toponyms import entity_toponyms, person_surnames
from service.enrich.text.article import AnalysedArticle
from service.schema.events import Entity, Regions


def extract_regions(analysed: AnalysedArticle, entities: list[Entity], gazetteer: Gazetteer) -> Regions:
    """Countries, subdivisions, resolved places and focus of the article."""
    people = person_surnames(analysed.doc)
    toponyms, by_name = entity_toponyms(analysed, entities, gazetteer, people)
    scan_gazetteer(analysed, gazetteer, toponyms, by_name, people)
    kept, chosen = named_or_repeated(*supported(toponyms, disambiguate(toponyms)))
    return summarise(kept, chosen, gazetteer)
