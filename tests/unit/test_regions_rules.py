"""Document-level rules of region resolution, on invented sentences and hand-built toponyms."""

from collections.abc import Callable

from service.enrich.gazetteer import Candidate, Gazetteer
from service.enrich.regions import supported
from service.enrich.toponyms import Toponym
from service.schema.events import Mention, Regions

RegionsOf = Callable[..., Regions]


def countries(regions: Regions) -> set[str]:
    return {r.code for r in regions.countries}


def _toponym(name: str, candidates: list[Candidate], *, scanned: bool = False, start: int = 0) -> Toponym:
    mention = Mention(field="body", start=start, end=start + len(name), text=name)
    return Toponym(name, name, [mention], candidates, scanned=scanned)


def _one(gazetteer: Gazetteer, name: str, country: str, kind: str) -> Candidate:
    return next(c for c in gazetteer.lookup(name) if c.country == country and c.kind == kind)


def test_scanned_region_of_an_unnamed_country_is_dropped(gazetteer: Gazetteer) -> None:
    ohio = _toponym("Ohio", [_one(gazetteer, "Ohio", "US", "subdivision")])
    southland = _toponym("Southland", [_one(gazetteer, "Southland", "NZ", "subdivision")], scanned=True)
    toponyms, chosen = supported([ohio, southland], [ohio.candidates[0], southland.candidates[0]])
    assert [t.name for t in toponyms] == ["Ohio"]
    assert [c.country for c in chosen] == ["US"]


def test_scanned_region_stays_beside_its_country_or_alone(gazetteer: Gazetteer) -> None:
    southland = _toponym("Southland", [_one(gazetteer, "Southland", "NZ", "subdivision")], scanned=True)
    nz = _toponym("New Zealand", [_one(gazetteer, "New Zealand", "NZ", "country")])
    kept, _ = supported([nz, southland], [nz.candidates[0], southland.candidates[0]])
    assert len(kept) == 2
    alone, _ = supported([southland], [southland.candidates[0]])
    assert len(alone) == 1


def test_a_street_named_after_a_region_is_not_the_region(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "A truck overturned on Rivers Avenue in North Charleston, South Carolina, on Tuesday morning."
    )
    assert "NG" not in countries(regions)
    assert "US" in countries(regions)


def test_a_passing_demonym_does_not_list_its_country(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "The bakery on Main Street in Columbus, Ohio, hired a Portuguese chef last spring and "
        "now sells bread to three schools."
    )
    assert "PT" not in countries(regions)
    assert "US" in countries(regions)


def test_a_demonym_of_troops_or_a_repeated_one_lists_its_country(regions_of: RegionsOf) -> None:
    troops = regions_of("Convoys left Mosul on Friday, escorted by Turkish troops and local police.")
    assert {"IQ", "TR"} <= countries(troops)
    repeated = regions_of(
        "Volunteers in Denver, Colorado, met Ukrainian families at the airport. The Ukrainian "
        "children will start school next week."
    )
    assert {"US", "UA"} <= countries(repeated)


def test_a_small_foreign_town_among_another_countrys_places_is_dropped(gazetteer: Gazetteer) -> None:
    ohio = _toponym("Ohio", [_one(gazetteer, "Ohio", "US", "subdivision")])
    dayton = _toponym("Dayton", [_one(gazetteer, "Dayton", "US", "city")])
    park = _toponym("Hampton Park", [_one(gazetteer, "Hampton Park", "AU", "city")])
    toponyms, _ = supported(
        [ohio, dayton, park], [ohio.candidates[0], dayton.candidates[0], park.candidates[0]]
    )
    assert [t.name for t in toponyms] == ["Ohio", "Dayton"]
    australia = _toponym("Australia", [_one(gazetteer, "Australia", "AU", "country")])
    kept, _ = supported([australia, park], [australia.candidates[0], park.candidates[0]])
    assert len(kept) == 2
    assert len(supported([park], [park.candidates[0]])[0]) == 1


def test_a_state_abbreviation_after_an_unknown_town_is_the_state(regions_of: RegionsOf) -> None:
    regions = regions_of("Volunteers from Pine Hollow, Pa., helped clear the fallen trees on Sunday.")
    assert "US-PA" in {r.code for r in regions.subdivisions}
    assert regions.focus.country == "US"


def test_demonyms_do_not_vouch_for_guessed_places(gazetteer: Gazetteer) -> None:
    walker = _toponym("Walker County", [_one(gazetteer, "Walker County", "US", "county")])
    walker.tentative = True
    italian = _toponym("Italian", [_one(gazetteer, "Italian", "IT", "demonym")], start=40)
    italian.demonym = True
    toponyms, _ = supported([walker, italian], [walker.candidates[0], italian.candidates[0]])
    assert [t.name for t in toponyms] == ["Walker County", "Italian"]


def test_a_surname_of_someone_named_in_full_is_no_country(regions_of: RegionsOf) -> None:
    regions = regions_of(
        "Coach Marcus Jordan praised the defence after the win in Toledo, Ohio. Jordan said the "
        "players had trained hard all winter."
    )
    assert "JO" not in countries(regions)
    assert "US" in countries(regions)
