"""Kinds unseen set 14 (the everyday mainstream mix of a news feed) showed, on invented sentences."""

from pipeline.conftest import EventOf, mention_types


def test_index_lines_of_a_market_close(event_of: EventOf) -> None:
    """AP's index lines: a sentence's "The", points before the percentage, the market between."""
    event = event_of(
        "Stocks drifted lower on Tuesday. The Halden 300 slipped 0.4% after a record close. The "
        "Marlow Composite Industrial Average lost 95 points, or 0.3%, and the KSE 50 in Karachi fell "
        "0.7%. Inflation in Norland rose 3% in May, and industrial output rose 1.2%."
    )
    types = mention_types(event)
    assert types["Halden 300"] == "ORG"
    assert "The Halden 300" not in types
    assert types["Marlow Composite Industrial Average"] == "ORG"
    assert types["KSE 50"] == "ORG"
    assert "Inflation" not in types  # only an index's name takes its market between


def test_a_federal_circuit_with_us_after_its_number(event_of: EventOf) -> None:
    event = event_of(
        "A panel of the 9th U.S. Circuit Court of Appeals heard the case on Monday. A lawyer for "
        "the town said the 9th Circuit had ruled the other way in 2019."
    )
    types = mention_types(event)
    assert types["9th U.S. Circuit Court of Appeals"] == "ORG"


def test_a_title_word_that_opens_a_leagues_name(event_of: EventOf) -> None:
    """ "Premier" is a title ("Premier Li"), but "the Premier League" is a league, not a person."""
    event = event_of(
        "Harlow Rovers stayed third in the Premier League after a 2-2 draw, their coach said. "
        "Premier Dana Whitfield of the province opened the new stadium. Mr. Bank said nothing."
    )
    types = mention_types(event)
    assert types["Premier League"] == "ORG"
    assert "League" not in types
    assert types["Dana Whitfield"] == "PERSON"


def test_a_nations_word_before_a_title_led_league(event_of: EventOf) -> None:
    event = event_of(
        "Harlow Kings beat the Delhi Lions by 12 runs on Sunday to go top of the Indian Premier League table."
    )
    types = mention_types(event)
    assert types["Indian Premier League"] == "ORG"
    assert "Indian" not in types


def test_a_capital_the_inside_a_sentence_stays_with_a_masthead(event_of: EventOf) -> None:
    event = event_of(
        "The company confirmed a report by The Harlow Ledger that it would cut 300 jobs. Shares fell "
        "after a story in The Briefing, a tech news site. The Norland Times also covered it."
    )
    types = mention_types(event)
    assert types["The Harlow Ledger"] == "ORG"
    assert "The Norland Times" not in types  # a sentence's first word is an article


def test_the_state_or_county_before_a_law_officers_title_is_a_place(event_of: EventOf) -> None:
    event = event_of(
        "The ruling was appealed.\n\nNorland Solicitor General Ann Pike told the judges the law was "
        "sound.\n\nKessler County Prosecutor Tom Vance said his office would present the case to a "
        "grand jury. Harlow County District Attorney Jo Reyes declined to comment."
    )
    types = mention_types(event)
    assert types.get("Kessler County") == "GPE"
    assert types.get("Harlow County") == "GPE"
    assert "Norland Solicitor" not in types
    assert types.get("Ann Pike") == "PERSON"


def test_clubs_of_a_football_report_read_as_people(event_of: EventOf) -> None:
    """A club before its manager's name, and a side of a result in a team sport, are clubs."""
    event = event_of(
        "Harlow Athletic came from behind to beat Eastport 2-1 in the league on Saturday, with the "
        "striker scoring twice after halftime. Harlow Athletic manager Dana Whitfield praised her side, "
        "which is now a point behind Norbury Wanderers, who lost 1-0 at Kessler on Friday. "
        "Elsewhere, Granton drew 1-1 at Oakbridge."
    )
    types = mention_types(event)
    assert types["Harlow Athletic"] == "ORG"
    assert types["Norbury Wanderers"] == "ORG"
    assert types["Granton"] == "ORG"  # read as a person without the team sport's result
    assert types["Dana Whitfield"] == "PERSON"


def test_players_of_an_individual_sport_stay_people(event_of: EventOf) -> None:
    event = event_of(
        "In the snooker final, Arlen Voss beat Del Moray 10-7, and Voss's coach Jo Lane said the "
        "title was his best. Moray, who lost 10-7, will play in the semifinal in Sheffield."
    )
    types = mention_types(event)
    assert types.get("Arlen Voss", "PERSON") == "PERSON"
    assert types.get("Moray", "PERSON") == "PERSON"


def test_a_club_before_its_managers_name(event_of: EventOf) -> None:
    event = event_of(
        "Kessler were poor before the break. Marden manager Tom Reyes said his goalkeeper had kept "
        "them in the match, and Marden have now won three in a row in the league. The football "
        "club's striker scored after halftime."
    )
    types = mention_types(event)
    assert types["Marden"] == "ORG"
    assert types["Tom Reyes"] == "PERSON"


def test_a_us_agencys_acronym_keeps_the_countrys_letters(event_of: EventOf) -> None:
    """ "USDA" spells "U.S. Department of Agriculture" with both letters of "U.S."."""
    event = event_of(
        "The U.S. Department of Agriculture said the herd had been quarantined. Since March, the "
        "virus has been found in 40 herds, according to the USDA."
    )
    ids = {m.text: e.id for e in event.entities for m in e.mentions}
    assert ids["USDA"] == ids["U.S. Department of Agriculture"]


def test_a_building_named_after_a_person_a_maker_and_its_model_and_an_act(event_of: EventOf) -> None:
    event = event_of(
        "Flights at Dana Whitfield Regional Airport were delayed on Monday. Police said the men left "
        "in a gray Toyota Camry. The governor signed the Protect Harlow Workers Act in 2023."
    )
    types = mention_types(event)
    assert types.get("Dana Whitfield Regional Airport") == "FAC"
    assert types.get("Toyota Camry") == "PRODUCT"
    assert types.get("Protect Harlow Workers Act") == "LAW"


def test_a_wires_staff_title_line_is_no_name(event_of: EventOf) -> None:
    event = event_of(
        "By Dana Whitfield\nAP Science Writer\n\nHARLOW (AP) — The probe reached orbit on Monday, "
        "the space agency said."
    )
    types = mention_types(event)
    assert "Science Writer" not in types
    assert types.get("Dana Whitfield") == "PERSON"
    assert types.get("AP") == "ORG"


def test_a_name_with_an_inner_possessive_noun_stays_whole(event_of: EventOf) -> None:
    event = event_of(
        "Doctors at St. Anselm Children's Research Hospital in Harlow are studying the strain, "
        "and the Norland Farmers' Union backed the study."
    )
    types = mention_types(event)
    assert types.get("St. Anselm Children's Research Hospital") == "ORG"


def test_a_titles_end_at_a_paragraphs_start_is_no_name(event_of: EventOf) -> None:
    event = event_of(
        "The state removed 40,000 names.\n\nSecretary of State Dana Whitfield said the lists were clean. "
        "The State Election Board met on Monday."
    )
    types = mention_types(event)
    assert "State" not in types
    assert types.get("Dana Whitfield") == "PERSON"


def test_a_drug_after_its_kind_is_a_product(event_of: EventOf) -> None:
    event = event_of(
        "The worker was treated with the antiviral Zovarex and recovered, the health department said."
    )
    assert mention_types(event).get("Zovarex") == "PRODUCT"
