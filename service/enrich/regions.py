"""Region codes: the countries and subdivisions an article is about, and its focus.

Resolution follows CLIFF-CLAVIN's idea: every place name has gazetteer candidates; a prior from
the kind of place and its population ranks them, and the article's other places re-rank them (a
candidate in a country or subdivision the article names elsewhere gains), for a few rounds until
the choices settle. "City, State" qualifiers decide outright. Containment gives the counts: a city
counts for its subdivision and its country.
"""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TypeVar

from service.enrich.document import AnalysedArticle
from service.enrich.gazetteer import Candidate, City, County, Gazetteer, Subdivision
from service.enrich.toponyms import Toponym, collect
from service.schema.events import Entity, Focus, Place, Region, Regions

__all__ = ["Gazetteer", "resolve_regions"]

#: Prior of each kind of place; cities use log10(population) instead (about 3.7 to 7.4).
KIND_PRIOR = {"country": 8.0, "demonym": 8.0, "subdivision": 5.0, "county": 5.0}
#: Weight of log10(population) in a city's prior: below 1, context counts for more than size.
POPULATION_WEIGHT = 1.0
#: Penalty for a match on a GeoNames alternate name rather than the place's own name.
ALTERNATE_PENALTY = 1.0
#: Bonus when another place in the article lies in the candidate's country, plus per extra place.
COUNTRY_BONUS, COUNTRY_BONUS_STEP, COUNTRY_BONUS_PLACES = 1.5, 0.6, 3
#: Bonus when another place in the article lies in the candidate's subdivision.
SUBDIVISION_BONUS = 2.5
#: Bonus per other toponym that could lie in the candidate's subdivision ("Paris" + "Henry County"
#: share Tennessee among their candidates), up to two.
POSSIBLE_BONUS, POSSIBLE_PLACES = 1.5, 2
#: "Springfield, Ill.": a qualifier that agrees with the candidate settles it.
QUALIFIER_BONUS = 20.0
ROUNDS = 3
#: How much a headline mention counts towards the focus, against 1 for a body mention.
TITLE_WEIGHT = 1.0
#: A tentative city this big needs only its country named elsewhere ("London Underground" + "UK").
BIG_CITY = 100_000

#: A city smaller than this needs another place of its country when the article names others.
LONE_CITY = BIG_CITY
#: Mentions of a country's demonyms that put it on the list when no place of it is named.
DEMONYM_MENTIONS = 2

_K = TypeVar("_K")


@dataclass(slots=True)
class _Tally:
    weight: float = 0.0
    count: int = 0
    first: tuple[int, int] = (9, 0)
    entities: list[str] = field(default_factory=list)

    def add(self, toponym: Toponym) -> None:
        self.weight += toponym.weight * sum(
            TITLE_WEIGHT if m.field == "title" else 1.0 for m in toponym.mentions
        )
        self.count += len(toponym.mentions)
        self.first = min(self.first, toponym.first)
        if toponym.entity not in self.entities:
            self.entities.append(toponym.entity)


def resolve_regions(analysed: AnalysedArticle, entities: list[Entity], gazetteer: Gazetteer) -> Regions:
    """Countries, subdivisions, resolved places and focus of the article."""
    toponyms, chosen = named_or_repeated(*supported(*_resolved(collect(analysed, entities, gazetteer))))
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


def _resolved(toponyms: list[Toponym]) -> tuple[list[Toponym], list[Candidate]]:
    return toponyms, disambiguate(toponyms)


def disambiguate(toponyms: list[Toponym]) -> list[Candidate]:
    """The chosen candidate of each toponym: prior first, then rounds of context.

    Only sure toponyms give context; tentative ones take it.
    """
    chosen = [max(t.candidates, key=_prior) for t in toponyms]
    possible: Counter[str] = Counter()
    for toponym in toponyms:
        possible.update({c.subdivision for c in toponym.candidates if c.subdivision})
    for _ in range(ROUNDS):
        sure = [c for t, c in zip(toponyms, chosen, strict=True) if not t.tentative]
        countries: Counter[str] = Counter(c.country for c in sure)
        subdivisions: Counter[str] = Counter(c.subdivision for c in sure if c.subdivision)
        updated = []
        for toponym, current in zip(toponyms, chosen, strict=True):
            context = _Context(countries, subdivisions, possible)
            if not toponym.tentative:
                context = context.without(current)
            updated.append(_best(toponym, context))
        if updated == chosen:
            break
        chosen = updated
    return chosen


def _best(toponym: Toponym, context: "_Context") -> Candidate:
    return max(toponym.candidates, key=lambda cand: _score(cand, toponym, context))


@dataclass(frozen=True, slots=True)
class _Context:
    """What the rest of the article says: chosen countries and subdivisions, possible subdivisions."""

    countries: Counter[str]
    subdivisions: Counter[str]
    possible: Counter[str]

    def without(self, cand: Candidate) -> "_Context":
        """The context minus one toponym's own choice."""
        return _Context(
            self.countries - Counter([cand.country]),
            self.subdivisions - Counter([cand.subdivision] if cand.subdivision else []),
            self.possible,
        )


def supported(toponyms: list[Toponym], chosen: list[Candidate]) -> tuple[list[Toponym], list[Candidate]]:
    """Drop tentative toponyms whose subdivision (or country) no sure toponym vouches for."""
    # Demonyms vouch for nothing: "Italian" does not make "Huntsville" a guess to drop.
    sure = [c for t, c in zip(toponyms, chosen, strict=True) if not t.tentative and not t.demonym]
    sure = sure or [c for t, c in zip(toponyms, chosen, strict=True) if not t.demonym] or chosen
    countries = {c.country for c in sure}
    subdivisions = {c.subdivision for c in sure if c.subdivision}
    kept = [
        (t, c)
        for t, c in zip(toponyms, chosen, strict=True)
        if not t.tentative
        or (c.subdivision in subdivisions if c.subdivision else c.country in countries)
        or (c.country in countries and isinstance(c.entry, City) and c.entry.population >= BIG_CITY)
        or any(q.country == c.country for q in t.qualifiers)
    ]
    return _country_supported(*zip(*kept, strict=True)) if kept else ([], [])


def _country_supported(
    toponyms: tuple[Toponym, ...], chosen: tuple[Candidate, ...]
) -> tuple[list[Toponym], list[Candidate]]:
    """Drop scanned regions and small cities of a country no other place of the article lies in.

    An untagged "Southland", "Federal" or "Nelson" that can only be a region is as often a person's,
    a business's or a common word. A town under :data:`LONE_CITY` people in a foreign country,
    among places of another ("Hampton Park" beside "Charleston"), is most often a local place the
    gazetteer lacks that shares a foreign town's name. With another place of its country named
    ("Flanders" and "Antwerp") either is kept, and so it is when it is all the article names.
    """
    pairs = list(zip(toponyms, chosen, strict=True))
    kept = []
    for k, (toponym, cand) in enumerate(pairs):
        small = isinstance(cand.entry, City) and cand.entry.population < LONE_CITY
        if (toponym.scanned and cand.kind in ("subdivision", "county")) or small:
            others = [c for j, (t, c) in enumerate(pairs) if j != k and not t.tentative]
            if others and all(c.country != cand.country for c in others):
                continue
        kept.append((toponym, cand))
    return [t for t, _ in kept], [c for _, c in kept]


def named_or_repeated(
    toponyms: list[Toponym], chosen: list[Candidate]
) -> tuple[list[Toponym], list[Candidate]]:
    """Drop a demonym's country when the article neither names it nor uses a demonym of it twice.

    One "French fries"-like adjective ("a French national", "Spanish influenza", "an Italian
    grill") says little about where the story is; a country the article also names as a place,
    or comes back to ("Iraqi refugees ... Iraqi officials"), is kept, and so is one used of a state
    or its forces ("American troops") and every demonym of an article that names no place.
    """
    named = {c.country for t, c in zip(toponyms, chosen, strict=True) if not t.demonym}
    demonyms: Counter[str] = Counter()
    for toponym, cand in zip(toponyms, chosen, strict=True):
        if toponym.demonym:
            demonyms[cand.country] += len(toponym.mentions)
    kept = [
        (t, c)
        for t, c in zip(toponyms, chosen, strict=True)
        if not t.demonym
        or t.official
        or not named
        or c.country in named
        or demonyms[c.country] >= DEMONYM_MENTIONS
    ]
    return [t for t, _ in kept], [c for _, c in kept]


def _prior(cand: Candidate) -> float:
    entry = cand.entry
    if isinstance(entry, City):
        prior = POPULATION_WEIGHT * math.log10(entry.population + 1)
    else:
        prior = KIND_PRIOR[cand.kind]
        if isinstance(entry, Subdivision) or cand.kind in ("country", "demonym"):
            prior += math.log10(getattr(entry, "population", 0) + 1) / 10
    return prior - (ALTERNATE_PENALTY if cand.alternate else 0.0)


def _score(cand: Candidate, toponym: Toponym, context: _Context) -> float:
    score = _prior(cand)
    others = context.countries.get(cand.country, 0)
    if others:
        score += COUNTRY_BONUS + COUNTRY_BONUS_STEP * min(others - 1, COUNTRY_BONUS_PLACES)
    if cand.subdivision:
        if context.subdivisions.get(cand.subdivision, 0):
            score += SUBDIVISION_BONUS
        own = any(c.subdivision == cand.subdivision for c in toponym.candidates)
        score += POSSIBLE_BONUS * min(context.possible.get(cand.subdivision, 0) - own, POSSIBLE_PLACES)
    # "China, Japan and the UK" is a list, not a city of Japan: countries take no qualifier.
    qualifiers = [] if any(c.kind == "country" for c in toponym.candidates) else toponym.qualifiers
    for qualifier in qualifiers:
        if qualifier.country == cand.country and (
            qualifier.kind != "subdivision" or qualifier.subdivision == cand.subdivision
        ):
            score += QUALIFIER_BONUS
            break
    return score


def _place(toponym: Toponym, cand: Candidate) -> Place:
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
