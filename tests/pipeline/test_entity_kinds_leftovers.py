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
