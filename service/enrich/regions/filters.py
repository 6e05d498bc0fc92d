"""Article-level filters: drop the toponyms the rest of the article does not support."""

from collections import Counter

from service.enrich.regions.gazetteer import City, PlaceCandidate
from service.enrich.regions.toponyms import Toponym

#: Mentions of a country's demonyms that put it on the list when no place of it is named.
DEMONYM_MENTIONS = 2


def supported(
    toponyms: list[Toponym], chosen: list[PlaceCandidate]
) -> tuple[list[Toponym], list[PlaceCandidate]]:
    """Drop tentative toponyms whose subdivision (or country) no sure toponym vouches for."""
    # Demonyms vouch for nothing: "Danish" does not make "Fairbury" a guess to drop.
    sure = [c for t, c in zip(toponyms, chosen, strict=True) if not t.tentative and not t.demonym]
    sure = sure or [c for t, c in zip(toponyms, chosen, strict=True) if not t.demonym] or chosen
    countries = {c.country for c in sure}
    subdivisions = {c.subdivision for c in sure if c.subdivision}
    kept = [
        (t, c)
        for t, c in zip(toponyms, chosen, strict=True)
        if not t.tentative
        or (c.subdivision in subdivisions if c.subdivision else c.country in countries)
        or (c.country in countries and c.is_big_city)
        or any(q.country == c.country for q in t.qualifiers)
    ]
    return _country_supported(*zip(*kept, strict=True)) if kept else ([], [])


def _country_supported(
    toponyms: tuple[Toponym, ...], chosen: tuple[PlaceCandidate, ...]
) -> tuple[list[Toponym], list[PlaceCandidate]]:
    """Drop scanned regions and small cities of a country no other place of the article lies in.

    An untagged region name that NER did not tag is as often a person's, a business's or a common
    word. A town that is not a big city (``PlaceCandidate.is_big_city``) in a foreign country, among
    places of another, is most often a local place the gazetteer lacks that shares a foreign town's
    name. With another place of its country named either is kept, and so it is when it is all the
    article names.
    """
    pairs = list(zip(toponyms, chosen, strict=True))
    kept = []
    for k, (toponym, cand) in enumerate(pairs):
        small = isinstance(cand.entry, City) and not cand.is_big_city
        if (toponym.scanned and cand.kind in ("subdivision", "county")) or small:
            others = [c for j, (t, c) in enumerate(pairs) if j != k and not t.tentative]
            if others and all(c.country != cand.country for c in others):
                continue
        kept.append((toponym, cand))
    return [t for t, _ in kept], [c for _, c in kept]


def named_or_repeated(
    toponyms: list[Toponym], chosen: list[PlaceCandidate]
) -> tuple[list[Toponym], list[PlaceCandidate]]:
    """Drop a demonym's country when the article neither names it nor uses a demonym of it twice.

    One "French fries"-like adjective ("a Danish pastry", "a Swiss watch", "an Italian
    grill") says little about where the story is; a country the article also names as a place,
    or comes back to ("Chilean miners ... Chilean rescuers"), is kept, and so is one used of a state
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
