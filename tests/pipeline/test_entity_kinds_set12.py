"""Kinds unseen set 12 (local news, wire copy, a sports page) showed, on invented sentences."""

from pipeline.conftest import EventOf, mention_types


def test_both_sides_of_a_team_result_are_teams(event_of: EventOf) -> None:
    event = event_of(
        "The high school football playoffs went on Friday night. Brookhaven beat Pine Hollow 42-35 "
        "in double overtime, and Millbrook lost 27-10 to Oak Ridge. The coach praised his "
        "quarterback. In snooker, Arlen Voss beat Del Moray 10-7 at the Crucible."
    )
    types = mention_types(event)
    assert types["Brookhaven"] == "ORG"
    assert types["Pine Hollow"] == "ORG"
    assert types["Millbrook"] == "ORG"
    assert types.get("Arlen Voss", "PERSON") == "PERSON"  # an individual sport's score: players
    assert types.get("Del Moray", "PERSON") == "PERSON"
