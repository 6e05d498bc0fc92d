"""Entity kinds through the real model, on invented stories: clubs, state abbreviations."""

from pipeline.conftest import EventOf


def test_a_town_is_its_club_in_results_and_match_reports_and_the_place_after_from(event_of: EventOf) -> None:
    event = event_of(
        "Leeds 24 Hull 10\nBath 13 Gloucester 21\n"
        "Leeds beat Hull in a rugby league match on Sunday, and the coach praised the fans who "
        "travelled from Leeds.",
        title="Rugby league results",
    )
    types = {(m.text, m.start): e.type for e in event.entities for m in e.mentions}
    body = event.article.body or ""
    clubs = [("Leeds", body.index("Leeds")), ("Hull", body.index("Hull")), ("Bath", body.index("Bath"))]
    clubs.append(("Leeds", body.index("Leeds beat")))
    assert {types[club] for club in clubs} == {"ORG"}
    assert types[("Leeds", body.rindex("Leeds"))] == "GPE"  # "from Leeds": the place
    clubs_entity = next(e for e in event.entities if e.type == "ORG" and e.name == "Leeds")
    place_entity = next(e for e in event.entities if e.type == "GPE" and e.name == "Leeds")
    assert clubs_entity.id != place_entity.id
    # the regions count only the place: one mention of England, none of Bath or Gloucester
    assert [r.count for r in event.regions.subdivisions] == [1]


def test_a_state_abbreviation_is_one_entity_with_the_state(event_of: EventOf) -> None:
    event = event_of(
        "Governor Dana Whitcombe of Missouri signed the bill in Jefferson City, Mo., on Tuesday. "
        "Whitcombe said Missouri would lead."
    )
    state = next(e for e in event.entities if e.name == "Missouri")
    assert {m.text for m in state.mentions} == {"Missouri", "Mo."}
    assert state.type == "GPE"


def test_two_names_of_one_city_and_a_lone_first_name_join_their_entity(event_of: EventOf) -> None:
    event = event_of(
        "Shelling resumed near Kiev on Monday. Officials in Kyiv said two power stations were hit. "
        "Tennis player Talia Brenner withdrew from the tournament in Kyiv. Talia said she was safe."
    )
    forms = {e.name: {m.text for m in e.mentions} for e in event.entities}
    assert {"Kiev", "Kyiv"} in forms.values()
    assert forms["Talia Brenner"] == {"Talia Brenner", "Talia"}
    assert len(event.regions.countries) == 1  # Ukraine, once the city is one place
