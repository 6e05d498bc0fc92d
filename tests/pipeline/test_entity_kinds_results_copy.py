"""Dev-error kinds of session 6 on invented stories: players in results copy, peoples side by side."""

from pipeline.conftest import EventOf, entity_by_mention, mention_types


def test_line_ups_and_a_ranking_give_people(event_of: EventOf) -> None:
    event = event_of(
        "Norland beat Vestmark 2-1 in a friendly on Wednesday.\n"
        "Teams:\n"
        "Norland - 1 - Petr Halvik; 2 - Anders Moe (14 - Jens Kolstad 71st), 5 - Rui da Costa, "
        "8 - Okafor\n"
        "Vestmark - 1 - Lars Brekke; 3 - Tomas Vik, 6 - Emil Sand (15 - Ivo Rask 80th)\n"
        "Attendance: 12,400"
    )
    types = mention_types(event)
    for name in (
        "Petr Halvik",
        "Anders Moe",
        "Jens Kolstad",
        "Okafor",
        "Lars Brekke",
        "Emil Sand",
        "Ivo Rask",
    ):
        assert types.get(name) == "PERSON", (name, types.get(name))
    assert "Attendance" not in types  # a table's label, not a name


def test_a_golf_leaderboard_gives_people(event_of: EventOf) -> None:
    event = event_of(
        "Leading final scores in the Coastal Classic on Sunday:\n"
        "279 Tomas Berglund 70 68 71 70\n"
        "281 Dale Whitcombe (Australia) 69 71 70 71\n"
        "283 Okonkwo (Nigeria) 72 70 70 71\n"
        "284 Kenji Arai (Japan) 71 71 71 71\n"
    )
    types = mention_types(event)
    for name in ("Tomas Berglund", "Dale Whitcombe", "Okonkwo", "Kenji Arai"):
        assert types.get(name) == "PERSON", (name, types.get(name))
    assert types.get("Australia") == "GPE"


def test_two_peoples_side_by_side_are_one_group(event_of: EventOf) -> None:
    event = event_of(
        "Bosnian Serb leaders rejected the plan, and Iraqi Kurdish parties said they would study it."
    )
    types = mention_types(event)
    assert types.get("Bosnian Serb") == "NORP"
    assert "Serb" not in types


def test_a_tour_itinerary_names_teams_and_grounds(event_of: EventOf) -> None:
    event = event_of(
        "Norland will play three tests on their tour next summer, the board said on Friday.\n"
        "Tour itinerary:\n"
        "May 14 v Northby (at Kingsmead Oval)\n"
        "May 16-18 v Vestshire (three days)\n"
        "May 20 v Easthamptonshire (three days)\n"
    )
    types = mention_types(event)
    assert types.get("Vestshire") == "ORG"
    assert types.get("Easthamptonshire") == "ORG"
    assert types.get("Kingsmead Oval") == "FAC"


def test_a_standings_table_names_teams_not_places(event_of: EventOf) -> None:
    event = event_of(
        "Standings after games played on Sunday:\n"
        "Halvorsen Cup, northern group\n"
        "W L PCT GB\n"
        "NORTHBY 80 53 .602 -\n"
        "EASTPORT 71 64 .526 10\n"
        "VESTSHIRE 60 74 .448 20 1/2\n"
    )
    types = mention_types(event)
    assert types.get("NORTHBY") == "ORG" and types.get("VESTSHIRE") == "ORG"


def test_county_sides_in_a_cricket_report_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "Hampshire bowled out Durham for 201 on the second day of their championship match at "
        "Southampton, and their batsmen then reached 150 for two. Somerset beat Surrey by six wickets."
    )
    types = mention_types(event)
    for side in ("Hampshire", "Durham", "Somerset", "Surrey"):
        assert types.get(side) == "ORG", (side, types.get(side))
    hampshire = entity_by_mention(event)["Hampshire"]
    regions = event.regions.countries + event.regions.subdivisions
    assert all(hampshire.id not in region.entities for region in regions)  # no mention of its county
