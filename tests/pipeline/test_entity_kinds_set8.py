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
