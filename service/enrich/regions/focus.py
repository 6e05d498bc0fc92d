"""Counting the chosen places up to countries and subdivisions, and the article's focus.

Containment gives the counts: a city counts for its subdivision and its country. The focus is the
most mentioned country, then its most mentioned subdivision and city (earlier first mention breaks
ties); demonyms count half.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TypeVar

from service.enrich.regions.gazetteer import City, County, Gazetteer, PlaceCandidate, Subdivision
from service.enrich.regions.toponyms import Toponym
from service.schema.events import Focus, Place, Region, Regions

_K = TypeVar("_K")


@dataclass(slots=True)
class _Tally:
    weight: float = 0.0
    count: int = 0
    first: tuple[int, int] = (9, 0)
    entities: list[str] = field(default_factory=list)

    def add(self, toponym: Toponym) -> None:
        self.weight += toponym.weight * len(toponym.mentions)
        self.count += len(toponym.mentions)
        self.first = min(self.first, toponym.first)
        if toponym.entity not in self.entities:
            self.entities.append(toponym.entity)


def summarise(toponyms: list[Toponym], chosen: list[PlaceCandidate], gazetteer: Gazetteer) -> Regions:
    """Countries, subdivisions, resolved places and focus of the toponyms with their chosen candidates."""
    countries: dict[str, _Tally] = defaultdict(_Tally)
    subdivisions: dict[str, _Tally] = defaultdict(_Tally)
    cities: dict[int, _Tally] = defaultdict(_Tally)
    places: list[Place] = []
    for toponym, cand in zip(toponyms, chosen, strict=True):
        countries[cand.country].add(toponym)
        if cand.subdivision:
            subdivisions[cand.subdivision].add(toponym)
        if isinstance(cand.entry, City):
            cities[cand.entry.geonameid].add(toponym)
        if not toponym.demonym:
            places.append(_place(toponym, cand))
    focus_country = _top(countries)
    focus_sub = _top({c: t for c, t in subdivisions.items() if c.split("-")[0] == focus_country})
    focus_city = _top(
        {
            geonameid: tally
            for (geonameid, tally), place in _city_places(cities, places)
            if place.subdivision == focus_sub or (focus_sub is None and place.country == focus_country)
        }
    )
    city_name = next((p.name for p in places if p.geonameid == focus_city), None)
    return Regions(
        countries=_regions(countries, gazetteer),
        subdivisions=_regions(subdivisions, gazetteer),
        places=places,
        focus=Focus(country=focus_country, subdivision=focus_sub, city=city_name),
    )


def _place(toponym: Toponym, cand: PlaceCandidate) -> Place:
    entry = cand.entry
    if isinstance(entry, City):
        return Place(
            entity=toponym.entity,
            name=entry.name,
            country=entry.country,
            subdivision=entry.subdivision,
            geonameid=entry.geonameid,
            lat=entry.lat,
            lon=entry.lon,
            feature="city",
        )
    if isinstance(entry, Subdivision):
        return Place(
            entity=toponym.entity,
            name=entry.name,
            country=entry.country,
            subdivision=entry.code,
            geonameid=entry.geonameid,
            feature="subdivision",
        )
    if isinstance(entry, County):
        return Place(
            entity=toponym.entity,
            name=entry.name,
            country=cand.country,
            subdivision=entry.subdivision,
            feature="county",
        )
    return Place(
        entity=toponym.entity,
        name=entry.name,
        country=entry.code,
        geonameid=entry.geonameid,
        feature="country",
    )


def _city_places(cities: dict[int, _Tally], places: list[Place]) -> list[tuple[tuple[int, _Tally], Place]]:
    by_id = {p.geonameid: p for p in places if p.feature == "city"}
    return [((gid, tally), by_id[gid]) for gid, tally in cities.items() if gid in by_id]


def _top(tallies: dict[_K, _Tally]) -> _K | None:
    """The most mentioned key; earlier first mention breaks ties."""
    if not tallies:
        return None
    return min(tallies, key=lambda k: (-tallies[k].weight, tallies[k].first))


def _regions(tallies: dict[str, _Tally], gazetteer: Gazetteer) -> list[Region]:
    ordered = sorted(tallies, key=lambda k: (-tallies[k].weight, tallies[k].first))
    return [
        Region(
            code=code,
            name=gazetteer.region_name(code),
            count=tallies[code].count,
            entities=tallies[code].entities,
        )
        for code in ordered
    ]
