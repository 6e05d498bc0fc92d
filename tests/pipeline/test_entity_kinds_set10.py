"""Kinds unseen set 9 showed, through the real model, on invented stories."""

from pipeline.conftest import EventOf, mention_types


def test_people_in_a_wires_credit_line_are_reported(event_of: EventOf) -> None:
    event = event_of(
        "The fund said on Tuesday it would sell its stake in the port.\n\n"
        "(Reporting by Lena Marsh in Quito and Omar Haddad in Lima; Additional reporting by "
        "Pia van der Berg; Editing by Carl Jessop and Nina Frye)"
    )
    types = mention_types(event)
    for name in ("Lena Marsh", "Omar Haddad", "Pia van der Berg", "Carl Jessop", "Nina Frye"):
        assert types[name] == "PERSON"
    assert types["Quito"] == "GPE"  # a name like any other, but where a reporter sat
    assert event.regions.countries == []  # is not what the story is about
    assert "Reporting" not in " ".join(types)


def test_assistance_and_contact_lines_name_people_not_their_addresses(event_of: EventOf) -> None:
    event = event_of(
        "Copper prices fell for a third day.\n\n"
        "--With assistance from Kofi Mensah-Bonsu and Ines Duarte.\n\n"
        "To contact the reporter on this story:\n"
        "Dara Quill in Dublin at dquill@example.org"
    )
    types = mention_types(event)
    assert types["Kofi Mensah-Bonsu"] == "PERSON"
    assert types["Ines Duarte"] == "PERSON"
    assert types["Dara Quill"] == "PERSON"
    assert not any("@" in text or text.endswith(".") for text in types)


def test_a_credit_line_without_a_persons_name_reports_nobody(event_of: EventOf) -> None:
    event = event_of("Prices fell.\n\nReporting by wire staff; Editing by Gdansk newsroom")
    assert not [e for e in event.entities if e.type == "PERSON"]


def test_a_month_and_a_day_is_no_name(event_of: EventOf) -> None:
    event = event_of(
        "March 10 (Reuters) - The following are the top stories on the business pages of "
        "Norlandic newspapers.",
        title="PRESS DIGEST-Norlandic Business - March 10",
    )
    assert not any(text.startswith("March") for text in mention_types(event))


def test_a_saints_name_keeps_its_possessive_and_its_building(event_of: EventOf) -> None:
    event = event_of(
        "The service will move to St. Andrew's Cathedral, and the plane landed in St. John's on "
        "Friday. Crowds filled St. Mark's Square."
    )
    types = mention_types(event)
    assert types["St. Andrew's Cathedral"] == "FAC"
    assert "St. John's" in types
    assert "St. John" not in types
    assert types["St. Mark's Square"] == "FAC"


def test_councillors_bishops_and_compatriots_leave_the_title_out(event_of: EventOf) -> None:
    event = event_of(
        "Bishop Anton Kreuzer said the meeting was useful. Councillor Mere Tapsell voted against "
        "it. Compatriot Jonas Lindqvist was fourth."
    )
    types = mention_types(event)
    assert types["Anton Kreuzer"] == "PERSON"
    assert types["Mere Tapsell"] == "PERSON"
    assert types["Jonas Lindqvist"] == "PERSON"


def test_bodies_named_in_another_language_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "Voters backed the ruling party, while Grupo Norte Andino and Noticias del Sur covered the count."
    )
    types = mention_types(event)
    assert types["Grupo Norte Andino"] == "ORG"
    assert types["Noticias del Sur"] == "ORG"
    irish = event_of("The quota was cut. Bord Iascaigh Mhara said landings fell.")
    assert mention_types(irish)["Bord Iascaigh Mhara"] == "ORG"


def test_a_corporate_suffix_or_a_firms_last_word_makes_an_organisation(event_of: EventOf) -> None:
    event = event_of(
        "Velloro Cocoa AG said volumes fell, and Quarry Peak Management bought a stake. "
        "Northgate Terminals will lose work."
    )
    types = mention_types(event)
    assert types["Velloro Cocoa AG"] == "ORG"
    assert types["Quarry Peak Management"] == "ORG"
    assert types["Northgate Terminals"] == "ORG"


def test_a_name_before_coalition_is_an_organisation(event_of: EventOf) -> None:
    event = event_of("The leftist Frente Popular coalition won 4.2 percent, the electoral body said.")
    assert mention_types(event)["Frente Popular"] == "ORG"


def test_a_tracker_names_a_firm_and_turnout_is_no_name(event_of: EventOf) -> None:
    event = event_of(
        "Exports fell, tanker tracker Velmora said on Monday. Turnout was 61%, the highest in a decade."
    )
    types = mention_types(event)
    assert types["Velmora"] == "ORG"
    assert "Turnout" not in types
