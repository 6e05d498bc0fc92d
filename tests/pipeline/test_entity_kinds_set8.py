"""Kinds unseen set 7 showed, through the real model, on invented stories."""

from pipeline.conftest import EventOf, mention_types


def test_lone_names_of_oil_and_drug_majors_and_rating_agencies_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "Pfizer said on Tuesday it would close a plant in Kildare, while Aramco raised its prices for "
        "buyers in Europe. Moody's cut its outlook for both. Komeito said it would back the budget."
    )
    types = mention_types(event)
    assert types["Pfizer"] == "ORG"
    assert types["Aramco"] == "ORG"
    assert types["Moody's"] == "ORG"
    assert types["Komeito"] == "ORG"


def test_joined_names_of_committees_and_us_justice_offices_stay_whole(event_of: EventOf) -> None:
    event = event_of(
        "WASHINGTON (AP) - The Homeland Security and Governmental Affairs Committee will question "
        "the U.S. Attorney's Office for the Western District of Texas about a delayed case, and the "
        "U.S. Court of Appeals for the Fifth Circuit will rule next month."
    )
    types = mention_types(event)
    assert types["Homeland Security and Governmental Affairs Committee"] == "ORG"
    assert types["U.S. Attorney's Office for the Western District of Texas"] == "ORG"
    assert types["U.S. Court of Appeals for the Fifth Circuit"] == "ORG"
    assert "Homeland Security" not in types
