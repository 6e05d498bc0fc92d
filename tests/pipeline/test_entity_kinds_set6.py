"""Kinds the unseen-set-5 round left alone, through the real model, on invented stories."""

from pipeline.conftest import EventOf, entity_by_mention, mention_types


def test_a_club_named_by_its_place_and_a_plural_nickname_is_one_organisation(event_of: EventOf) -> None:
    event = event_of(
        "The Mumbai Indians beat the Chennai Super Kings by five wickets, with the batsman Arjun "
        "Mehta scoring 60 runs off 40 balls. The captain said the Indians had bowled well."
    )
    types = mention_types(event)
    assert types["Mumbai Indians"] == "ORG"
    assert "Mumbai" not in types


def test_parties_named_like_their_members_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "The Liberal Democrats won three seats in the council election, and the Conservatives lost "
        "five. A Lib Dem spokesman said the result was a warning."
    )
    forms = entity_by_mention(event)
    assert forms["Liberal Democrats"].type == "ORG"
    assert forms["Conservatives"].type == "ORG"
    assert forms["Lib Dem"].id == forms["Liberal Democrats"].id


def test_a_sport_before_a_country_names_its_federation(event_of: EventOf) -> None:
    event = event_of("Tennis Australia said the tournament would go ahead despite the heat.")
    types = mention_types(event)
    assert types == {"Tennis Australia": "ORG"}


def test_the_end_of_a_title_is_no_name(event_of: EventOf) -> None:
    event = event_of(
        "Secretary of State Dana Holt met the foreign minister in Cairo on Monday. The Secretary of "
        "State said the embassy would reopen."
    )
    forms = {m.text for e in event.entities for m in e.mentions}
    assert "State" not in forms
    assert "Dana Holt" in forms
