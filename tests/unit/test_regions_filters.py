"""Article-level filters of region resolution, on hand-built toponyms (no model)."""

from service.enrich.regions.filters import supported
from service.enrich.regions.gazetteer import Gazetteer, PlaceCandidate
from service.enrich.regions.toponyms import Toponym
from service.schema.events import Mention


def _toponym(
    name: str, candidates: list[PlaceCandidate], *, scanned: bool = False, start: int = 0
) -> Toponym:
    mention = Mention(field="body", start=start, end=start + len(name), text=name)
    return Toponym(name, name, [mention], candidates, scanned=scanned)


def _one(gazetteer: Gazetteer, name: str, country: str, kind: str) -> PlaceCandidate:
    return next(c for c in gazetteer.lookup(name) if c.country == country and c.kind == kind)


def test_scanned_region_of_an_unnamed_country_is_dropped(gazetteer: Gazetteer) -> None:
    ohio = _toponym("Ohio", [_one(gazetteer, "Ohio", "US", "subdivision")])
    taranaki = _toponym("Taranaki", [_one(gazetteer, "Taranaki", "NZ", "subdivision")], scanned=True)
    toponyms, chosen = supported([ohio, taranaki], [ohio.candidates[0], taranaki.candidates[0]])
    assert [t.name for t in toponyms] == ["Ohio"]
    assert [c.country for c in chosen] == ["US"]


def test_scanned_region_stays_beside_its_country_or_alone(gazetteer: Gazetteer) -> None:
    taranaki = _toponym("Taranaki", [_one(gazetteer, "Taranaki", "NZ", "subdivision")], scanned=True)
    nz = _toponym("New Zealand", [_one(gazetteer, "New Zealand", "NZ", "country")])
    kept, _ = supported([nz, taranaki], [nz.candidates[0], taranaki.candidates[0]])
    assert len(kept) == 2
    alone, _ = supported([taranaki], [taranaki.candidates[0]])
    assert len(alone) == 1


def test_a_small_foreign_town_among_another_countrys_places_is_dropped(gazetteer: Gazetteer) -> None:
    ohio = _toponym("Ohio", [_one(gazetteer, "Ohio", "US", "subdivision")])
    dayton = _toponym("Dayton", [_one(gazetteer, "Dayton", "US", "city")])
    town = _toponym("Wagga Wagga", [_one(gazetteer, "Wagga Wagga", "AU", "city")])
    toponyms, _ = supported(
        [ohio, dayton, town], [ohio.candidates[0], dayton.candidates[0], town.candidates[0]]
    )
    assert [t.name for t in toponyms] == ["Ohio", "Dayton"]
    australia = _toponym("Australia", [_one(gazetteer, "Australia", "AU", "country")])
    kept, _ = supported([australia, town], [australia.candidates[0], town.candidates[0]])
    assert len(kept) == 2
    assert len(supported([town], [town.candidates[0]])[0]) == 1


def test_demonyms_do_not_vouch_for_guessed_places(gazetteer: Gazetteer) -> None:
    county = _toponym("Bibb County", [_one(gazetteer, "Bibb County", "US", "county")])
    county.tentative = True
    italian = _toponym("Italian", [_one(gazetteer, "Italian", "IT", "demonym")], start=40)
    italian.demonym = True
    toponyms, _ = supported([county, italian], [county.candidates[0], italian.candidates[0]])
    assert [t.name for t in toponyms] == ["Bibb County", "Italian"]
