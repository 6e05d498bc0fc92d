"""Modern news copy through the real model, on invented stories: agencies, firms, drugs, clubs."""

from pipeline.conftest import EventOf, entity_by_mention, mention_types


def test_an_agency_behind_its_country_a_firm_and_a_hospital_in_wire_copy(event_of: EventOf) -> None:
    event = event_of(
        "WASHINGTON (Reuters) - The U.S. Maritime Safety Board on Tuesday ordered inspections of 40 "
        "cargo ships after a fire off the coast of Oregon. An MSB spokesperson said the Danish "
        "shipping group Norvane had agreed to pay for the checks. Two crew members were treated at "
        "Children's Harbor Hospital in Portland."
    )
    forms = entity_by_mention(event)
    assert forms["MSB"].id == forms["U.S. Maritime Safety Board"].id
    assert forms["Norvane"].type == "ORG"
    assert forms["Children's Harbor Hospital"].type == "ORG"  # one name, an institution
    assert "Children" not in forms


def test_a_drug_a_founder_s_firm_a_party_and_a_city_without_accents(event_of: EventOf) -> None:
    event = event_of(
        "Regulators approved the cholesterol pill Lipratex on Friday, and Kestrix founder Dana Moss "
        "said the company would ship it next month. Shares of Kestrix rose 6%. The ruling Solidarna "
        "party welcomed the decision. Troops were sent to Ciudad Juarez."
    )
    types = mention_types(event)
    assert types["Lipratex"] == "PRODUCT"
    assert types["Kestrix"] == "ORG"
    assert types["Dana Moss"] == "PERSON"
    assert types["Solidarna"] == "ORG"
    assert types["Ciudad Juarez"] == "GPE"


def test_a_numbered_game_in_match_prose_is_no_competitor(event_of: EventOf) -> None:
    event = event_of(
        "The Harriers beat the Eastwick Hawks 104-99 in Game 6 on Sunday to win the basketball playoff "
        "series. Tomas Veld scored 31 points for the Harriers, who trailed by 12 at halftime."
    )
    types = mention_types(event)
    assert types["Eastwick Hawks"] == "ORG"
    assert types["Game 6"] == "EVENT"
    assert "Game" not in types
