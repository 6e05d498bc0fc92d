"""Kinds unseen set 8 showed, through the real model, on invented stories."""

from pipeline.conftest import EventOf, mention_types


def test_festivals_and_award_ceremonies_are_events(event_of: EventOf) -> None:
    event = event_of(
        "The band will headline the Portland Harvest Festival in June, a week after the Gulf Coast "
        "Music Awards in Mobile, its manager said on Friday."
    )
    types = mention_types(event)
    assert types["Portland Harvest Festival"] == "EVENT"
    assert types["Gulf Coast Music Awards"] == "EVENT"


def test_labels_banks_and_labs_by_their_last_word_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "The singer left Pinecone Records last year. Lakeshore Bancorp said on Monday it would buy "
        "a rival, and the Argonne National Laboratory will study the deal's power needs."
    )
    types = mention_types(event)
    assert types["Pinecone Records"] == "ORG"
    assert types["Lakeshore Bancorp"] == "ORG"
    assert types["Argonne National Laboratory"] == "ORG"


def test_halls_and_lounges_are_buildings(event_of: EventOf) -> None:
    event = event_of(
        "She played her last show at the Blue Heron Lounge in March and will be honoured at "
        "Symphony Hall in Boston next year."
    )
    types = mention_types(event)
    assert types["Blue Heron Lounge"] == "FAC"
    assert types["Symphony Hall"] == "FAC"


def test_a_council_members_title_is_no_part_of_the_name(event_of: EventOf) -> None:
    event = event_of(
        "Councilmember Priya Vasquez-Hart voted against the budget, saying the city could not afford it."
    )
    types = mention_types(event)
    assert types["Priya Vasquez-Hart"] == "PERSON"
    assert "Councilmember Priya Vasquez-Hart" not in types


def test_banks_and_brokers_named_as_advisers_or_analysts_employers_are_organisations(
    event_of: EventOf,
) -> None:
    event = event_of(
        "Goldman Sachs and J.P. Morgan advised the buyer, while Fifth Third lent $2 billion. An "
        "analyst at Morningstar said the price was high."
    )
    types = mention_types(event)
    assert types["Goldman Sachs"] == "ORG"
    assert types["J.P. Morgan"] == "ORG"
    assert types["Fifth Third"] == "ORG"
    assert types["Morningstar"] == "ORG"


def test_a_name_with_a_quoted_nickname_is_one_person(event_of: EventOf) -> None:
    event = event_of(
        'Organizer Keisha "Dot" Ramsey said the rally would go ahead, and Dwayne Earl "D.W." '
        "Pruitt, 44, of Enid was charged with trespass."
    )
    types = mention_types(event)
    assert types['Keisha "Dot" Ramsey'] == "PERSON"
    assert types['Dwayne Earl "D.W." Pruitt'] == "PERSON"


def test_an_office_and_a_name_read_together_leave_the_person(event_of: EventOf) -> None:
    event = event_of(
        "Alderman Tobiah Greer said the city could not afford it, and County Treasurer Wendell Ruiz agreed."
    )
    types = mention_types(event)
    assert types["Tobiah Greer"] == "PERSON"
    assert "Alderman Tobiah Greer" not in types
