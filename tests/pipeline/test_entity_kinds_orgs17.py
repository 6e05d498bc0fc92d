"""Organisations named after a place or cut at an inner word (set 12's leftovers), on invented sentences."""

from pipeline.conftest import EventOf, mention_types


def test_a_place_before_a_police_fire_or_school_body_is_that_body(event_of: EventOf) -> None:
    event = event_of(
        "Harwich Police said thefts from sheds rose last winter. Crews from Suffolk Fire and Rescue "
        "Service were called at 2am.\n\nNeighboring Tulsa Public Schools adopted a similar ban, and "
        "Marlow County Schools will vote in May."
    )
    types = mention_types(event)
    assert types["Harwich Police"] == "ORG"
    assert types["Suffolk Fire and Rescue Service"] == "ORG"
    assert types["Tulsa Public Schools"] == "ORG"
    assert "Neighboring Tulsa Public Schools" not in types
    assert "Suffolk Fire" not in types
