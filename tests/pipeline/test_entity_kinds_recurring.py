"""Kinds that several unseen sets left alone, through the real model, on invented stories."""

from pipeline.conftest import EventOf, entity_by_mention, mention_types


def test_prizes_and_awards_are_works_whatever_the_model_said(event_of: EventOf) -> None:
    event = event_of(
        "The jury gave the Copper Lantern Grand Jury Prize to a debut from Tallinn. In 2011 the "
        "poet received the Walcott Eminent Writer Award from the foundation. Quill became the "
        "first player to win the Hurler of the Year award three times."
    )
    types = mention_types(event)
    assert types["Copper Lantern Grand Jury Prize"] == "WORK_OF_ART"
    assert types["Walcott Eminent Writer Award"] == "WORK_OF_ART"
    assert types["Hurler of the Year"] == "WORK_OF_ART"


def test_a_cup_is_a_competition_and_the_trophy_when_lifted(event_of: EventOf) -> None:
    event = event_of(
        "Norland will host the next Harlan Cup in 2031. Clifford will bring the Liam Kearney Cup "
        "home to his club on Monday."
    )
    types = mention_types(event)
    assert types["Harlan Cup"] == "EVENT"
    assert types["Liam Kearney Cup"] == "WORK_OF_ART"


def test_a_meeting_named_games_and_a_sponsored_open_are_events(event_of: EventOf) -> None:
    event = event_of(
        "Lunde won the 1,500 meters at the Sognsvann Games on Thursday. A week later Tom Reyes "
        "holed a long putt to win the Brightwell Danish Open by one shot."
    )
    types = mention_types(event)
    assert types["Sognsvann Games"] == "EVENT"
    assert types["Brightwell Danish Open"] == "EVENT"


def test_a_numbered_council_of_the_church_is_an_event(event_of: EventOf) -> None:
    event = event_of(
        'Bishops met in Rome on Monday. "The Third Lateran Council settled this long ago," said '
        "Father Emil Sorensen."
    )
    assert mention_types(event)["Third Lateran Council"] == "EVENT"


def test_an_event_fused_with_its_venue_over_at_is_two_names(event_of: EventOf) -> None:
    event = event_of(
        "Kerry won a 39th All-Munster Senior Hurling Championship at Fitzgerald Park on Sunday, "
        "beating Clare by four points."
    )
    types = mention_types(event)
    assert types["All-Munster Senior Hurling Championship"] == "EVENT"
    assert types["Fitzgerald Park"] == "FAC"
    assert not any(" at " in name for name in types)


def test_a_firms_regional_arm_is_one_organisation(event_of: EventOf) -> None:
    event = event_of(
        "Crane drivers walked out at DP World terminals on Monday.\n"
        "DP World Australia chief executive Nicole Hart said the claim would cost $70 million."
    )
    types = mention_types(event)
    assert types["DP World Australia"] == "ORG"
    assert "Australia" not in types


def test_from_one_town_to_another_is_two_places(event_of: EventOf) -> None:
    event = event_of(
        "The councillor welcomed the plan, saying young people from Glanmire to Fermoy were priced out."
    )
    types = mention_types(event)
    assert types["Glanmire"] == "GPE"
    assert types["Fermoy"] == "GPE"
    assert not any(" to " in name for name in types)


def test_a_grade_before_crude_is_a_product_there_and_elsewhere(event_of: EventOf) -> None:
    event = event_of(
        "Kestrel crude futures rose $1.10 to $71.20 a barrel, while Norland Heavy Sour (NHS) "
        "crude fell. Analysts expect Kestrel to average $68 next year. Saudi crude exports fell."
    )
    types = mention_types(event)
    assert types["Kestrel"] == "PRODUCT"
    assert types["Norland Heavy Sour"] == "PRODUCT"
    assert types["NHS"] == "PRODUCT"
    assert types["Saudi"] == "NORP"


def test_an_acronym_in_the_names_own_language_after_a_party(event_of: EventOf) -> None:
    event = event_of(
        "VALDORA (Reuters) - The centre-right Democratic Union (UD) won Sunday's election. In the "
        "north, the UD took more than 40 percent, while lawmakers from the Order and Renewal "
        "(PoR) party said PoR would not join a coalition."
    )
    types = mention_types(event)
    assert types["UD"] == "ORG"
    assert types["Order and Renewal"] == "ORG"
    assert types["PoR"] == "ORG"
    entities = entity_by_mention(event)
    assert [m.text for m in entities["UD"].mentions].count("UD") == 2


def test_a_country_in_parentheses_after_a_firm_is_no_acronym(event_of: EventOf) -> None:
    event = event_of("Shares of Northby Cocoa Holdings (US) rose on Tuesday.")
    assert mention_types(event).get("US") != "ORG"


def test_the_field_of_a_ministers_title_is_no_name(event_of: EventOf) -> None:
    event = event_of(
        "The ferry operator's plan was approved by Transport Minister Ola Brekke on Friday. "
        "Israeli Minister Dan Peretz did not comment."
    )
    types = mention_types(event)
    assert types["Ola Brekke"] == "PERSON"
    assert "Transport" not in types
    assert types.get("Israeli") == "NORP"


def test_an_open_or_a_trophy_the_model_missed_is_found(event_of: EventOf) -> None:
    event = event_of(
        "Lind was fined for hitting a ball into the stands. The Danish Open starts in Aarhus in "
        "two weeks. The council said Norland would host the next Harlan Trophy matches in Eastport."
    )
    types = mention_types(event)
    assert types["Danish Open"] == "EVENT"
    assert types["Harlan Trophy"] == "EVENT"
    assert "The Cup" not in types
