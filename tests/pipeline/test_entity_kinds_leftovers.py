"""Kinds sets 9 to 11 left alone, fixed by kind, through the real model, on invented sentences."""

from pipeline.conftest import EventOf, mention_types


def test_streets_are_facilities_not_firms(event_of: EventOf) -> None:
    """A street or road the model reads as a firm, a person or misses is a FAC."""
    event = event_of(
        "Police closed Harlan Avenue after a truck overturned near the bus depot on Tuesday. "
        "Officials met at Downing Street later that day, traffic on Marrow Road and Ranch Road 218 "
        "was diverted past the Wall Street Journal office, and Wall Street fell."
    )
    types = mention_types(event)
    assert types["Harlan Avenue"] == "FAC"
    assert types["Downing Street"] == "FAC"
    assert types["Marrow Road"] == "FAC"
    assert types["Ranch Road 218"] == "FAC"
    assert types["Wall Street"] == "LOC"  # the financial district (an alias), not the paper's start


def test_names_listed_before_a_plural_place_noun_are_places(event_of: EventOf) -> None:
    """ "A, B and C districts" and "A and B, two small communities": each name a place."""
    event = event_of(
        "Flood warnings stayed in force for Ashby, Crane and Dolton districts on Friday. Rescuers "
        "found two campers near Pellow and Marrick, two small communities on the river, and "
        "Kurdish and Arab villages upstream were cut off."
    )
    types = mention_types(event)
    for name in ("Ashby", "Crane", "Dolton", "Pellow", "Marrick"):
        assert types[name] == "GPE", name
    assert types.get("Kurdish") == "NORP"
