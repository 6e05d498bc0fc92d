"""Place names that name one place: "Kiev" and "Kyiv", "Bombay" and "Mumbai", "Peking" and "Beijing".

The regions step's gazetteer knows a place's own, alternate and former names (GeoNames, ISO 3166);
grouping asks it which place a name means. A name means a place only when that reading beats every
other by :data:`MARGIN` on the regions step's own prior (kind of place, population, alternate name):
"Washington" (the capital, the state, towns) and "Quebec" (the city, the province) mean none, so
they join nothing this way.

Only cities, subdivisions and counties count here. Countries are the alias tables' (curated forms,
pycountry's names): the gazetteer also maps a country's parts and former states to its code
("Gaza" and "West Bank" to PS, "Soviet Union" to RU), which is right for an article's regions but
would make those one entity. Abbreviations and postal codes (the gazetteer's weak names, "Mo.",
"CA") are the alias tables' too.
"""

from collections import Counter
from collections.abc import Iterable

from service.enrich.regions.gazetteer import City, County, Gazetteer, PlaceCandidate, Subdivision, fold
from service.enrich.regions.resolution import prior

#: How far (in prior points: one point is ten times the population) a name's first reading must
#: lead its second for the name to mean that place.
MARGIN = 0.5


def place_identities(gazetteer: Gazetteer, names: Iterable[str]) -> dict[str, str]:
    """The place each of ``names`` means, for the names that may share one with another of them.

    Two names can only mean one place if the gazetteer lists that place under both: names sharing no
    gazetteer entry with another are not resolved (one dictionary look-up each, most articles).
    """
    refs = {name: _refs(gazetteer, name) for name in dict.fromkeys(names)}
    counts = Counter(ref for found in refs.values() for ref in found)
    found = {}
    for name, own in refs.items():
        if any(counts[ref] > 1 for ref in own) and (identity := place_identity(gazetteer, name)):
            found[name] = identity
    return found


def _refs(gazetteer: Gazetteer, name: str) -> set[str]:
    """The gazetteer rows a name points to, as ``kind:index`` (flags left aside)."""
    listed = gazetteer.names.get(fold(name))
    return {ref.rsplit(":", 1)[0] for ref in listed.split(",")} if listed else set()


def place_identity(gazetteer: Gazetteer, name: str) -> str | None:
    """The one city, subdivision or county ``name`` means, as a key; None when unsure or unknown."""
    readings = [c for c in gazetteer.lookup(name) if not c.weak and c.kind != "demonym"]
    if not readings:
        return None
    ranked = sorted(readings, key=prior, reverse=True)
    first = ranked[0]
    key = _key(first)
    if key is None:
        return None
    runner_up = next((c for c in ranked[1:] if _key(c) != key), None)
    if runner_up is not None and prior(first) - prior(runner_up) < MARGIN:
        return None
    return key


def _key(cand: PlaceCandidate) -> str | None:
    entry = cand.entry
    if isinstance(entry, City):
        return f"city:{entry.geonameid}"
    if isinstance(entry, Subdivision):
        return f"subdivision:{entry.code}"
    if isinstance(entry, County):
        return f"county:{entry.subdivision}:{entry.name}"
    return None
