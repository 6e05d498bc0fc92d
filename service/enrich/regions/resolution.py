"""Choosing each toponym's gazetteer candidate, after CLIFF-CLAVIN.

A prior from the kind of place and its population ranks the candidates; the article's other places
re-rank them (a candidate in a country or subdivision the article names elsewhere gains), for a few
rounds until the choices settle. "City, State" qualifiers decide outright.
"""

import math
from collections import Counter
from dataclasses import dataclass

from service.enrich.regions.gazetteer import City, PlaceCandidate, Subdivision
from service.enrich.regions.toponyms import Toponym

#: Prior of each kind of place; cities use log10(population) instead (about 3.7 to 7.4).
KIND_PRIOR = {"country": 8.0, "demonym": 8.0, "subdivision": 5.0, "county": 5.0}
#: Penalty for a match on a GeoNames alternate name rather than the place's own name.
ALTERNATE_PENALTY = 1.0
#: Bonus when another place in the article lies in the candidate's country, plus per extra place.
COUNTRY_BONUS, COUNTRY_BONUS_STEP, COUNTRY_BONUS_PLACES = 1.5, 0.6, 3
#: Bonus when another place in the article lies in the candidate's subdivision.
SUBDIVISION_BONUS = 2.5
#: Bonus per other toponym that could lie in the candidate's subdivision ("Springfield" + "Sangamon County"
#: share Tennessee among their candidates), up to two.
POSSIBLE_BONUS, POSSIBLE_PLACES = 1.5, 2
#: "Springfield, Ill.": a qualifier that agrees with the candidate settles it.
QUALIFIER_BONUS = 20.0
ROUNDS = 3


def disambiguate(toponyms: list[Toponym]) -> list[PlaceCandidate]:
    """The chosen candidate of each toponym: prior first, then rounds of context.

    Only sure toponyms give context; tentative ones take it.
    """
    chosen = [max(t.candidates, key=prior) for t in toponyms]
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


def _best(toponym: Toponym, context: "_Context") -> PlaceCandidate:
    return max(toponym.candidates, key=lambda cand: _score(cand, toponym, context))


@dataclass(frozen=True, slots=True)
class _Context:
    """What the rest of the article says: chosen countries and subdivisions, possible subdivisions."""

    countries: Counter[str]
    subdivisions: Counter[str]
    possible: Counter[str]
    #: One toponym's own choice, left out of the counts (a place does not vouch for itself).
    excluded: PlaceCandidate | None = None

    def without(self, cand: PlaceCandidate) -> "_Context":
        """The context minus one toponym's own choice."""
        return _Context(self.countries, self.subdivisions, self.possible, cand)

    def country_count(self, country: str) -> int:
        """Chosen places in ``country``, the excluded one left out."""
        own = self.excluded is not None and self.excluded.country == country
        return max(self.countries.get(country, 0) - own, 0)

    def subdivision_count(self, subdivision: str) -> int:
        """Chosen places in ``subdivision``, the excluded one left out."""
        own = self.excluded is not None and self.excluded.subdivision == subdivision
        return max(self.subdivisions.get(subdivision, 0) - own, 0)


def prior(cand: PlaceCandidate) -> float:
    """How likely a candidate is before context: its kind, its population, an alternate name."""
    entry = cand.entry
    if isinstance(entry, City):
        prior = math.log10(entry.population + 1)
    else:
        prior = KIND_PRIOR[cand.kind]
        if isinstance(entry, Subdivision) or cand.kind in ("country", "demonym"):
            prior += math.log10(getattr(entry, "population", 0) + 1) / 10
    return prior - (ALTERNATE_PENALTY if cand.alternate else 0.0)


def _score(cand: PlaceCandidate, toponym: Toponym, context: _Context) -> float:
    score = prior(cand)
    others = context.country_count(cand.country)
    if others:
        score += COUNTRY_BONUS + COUNTRY_BONUS_STEP * min(others - 1, COUNTRY_BONUS_PLACES)
    if cand.subdivision:
        if context.subdivision_count(cand.subdivision):
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
