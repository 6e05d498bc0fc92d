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


def test_the_town_before_a_town_officers_title_is_a_place(event_of: EventOf) -> None:
    event = event_of(
        "The plan has support across the valley. Corliss Mayor Dana Whitfield backed it, and "
        "Harwood City Manager Tomas Ebert said the council in Harwood would vote in May. Former Mayor "
        "Ann Hale opposed it, as did Labour Mayor Ruth Penn and Ashby City Manager Jo Lane."
    )
    types = mention_types(event)
    assert types["Corliss"] == "GPE"
    assert types["Harwood"] == "GPE"
    assert "Harwood City" not in types
    assert "Former" not in types
    assert "Ashby" not in types  # named only with its "City": that may be the town's name


def test_numbered_highways_are_roads(event_of: EventOf) -> None:
    event = event_of(
        "A tanker overturned on U.S. 41 near the Interstate 475 interchange on Monday, and troopers "
        "closed State Route 16 for six hours. Yields on the U.S. 10-year note rose."
    )
    types = mention_types(event)
    assert types["Interstate 475"] == "FAC"
    assert types["State Route 16"] == "FAC"
    assert types.get("U.S.") == "GPE"  # the road's and the note's country stays


def test_a_county_or_city_school_district_is_a_body(event_of: EventOf) -> None:
    event = event_of(
        "Neighboring Harlan County Schools adopted a similar ban in August, the district's "
        "superintendent said. The Marlow County Schools board met on Monday."
    )
    types = mention_types(event)
    assert types["Marlow County Schools"] == "ORG"


def test_mastheads_agencies_and_photo_credits_on_boilerplate_lines(event_of: EventOf) -> None:
    event = event_of(
        "By Nora Quillan, Community News Service\n"
        "Harlow Valley Courier\n\n"
        "HARLOW — The library will close for repairs in June, the trustees said on Monday.\n\n"
        "Photo: Ivo Brandt / Harlow Valley Courier"
    )
    types = mention_types(event)
    assert types["Nora Quillan"] == "PERSON"
    assert types["Community News Service"] == "ORG"
    assert types["Harlow Valley Courier"] == "ORG"
    assert types["Ivo Brandt"] == "PERSON"


def test_names_listed_with_a_place_after_a_locative_are_places(event_of: EventOf) -> None:
    event = event_of(
        "The council will close recycling centres in Canterbury and Wrexley next spring. Aid "
        "workers said clinics in Kano and Dumbarri were full."
    )
    types = mention_types(event)
    assert types.get("Wrexley", "GPE") == "GPE"
    assert types["Dumbarri"] == "GPE"  # the model reads it as a person


def test_a_one_word_firm_with_its_code_in_a_story_that_uses_the_word(event_of: EventOf) -> None:
    event = event_of(
        "Shares moving before the bell:\n\n"
        "Harvest (HRV.N) fell 6% after the grocer cut its forecast; analysts trimmed their harvest "
        "estimates. Rival Pantrico (PNT.O) rose 1%."
    )
    types = mention_types(event)
    assert types["Harvest"] == "ORG"
    assert types["Pantrico"] == "ORG"
    assert "Rival Pantrico" not in types


def test_an_office_named_after_its_holder_keeps_the_title(event_of: EventOf) -> None:
    event = event_of(
        "The grant was cut after the Governor's Office of Rural Transit Policy changed its rules, "
        "and the Mayor's Office of Youth Employment said it would help."
    )
    types = mention_types(event)
    assert types["Governor's Office of Rural Transit Policy"] == "ORG"
    assert types["Mayor's Office of Youth Employment"] == "ORG"


def test_an_elementary_school_named_by_its_level_is_a_building(event_of: EventOf) -> None:
    event = event_of(
        "Board chair Ann Vesey pulled a plan that would have spent $68 million to rebuild Larkspur "
        "Elementary off Route 9, saying the board needed more information."
    )
    types = mention_types(event)
    assert types["Larkspur Elementary"] == "FAC"


def test_a_plural_nickname_before_a_win_loss_record_is_a_team(event_of: EventOf) -> None:
    event = event_of(
        "The quarterback threw for 280 yards in the playoff game. The Marauders (10-2) trailed by "
        "a touchdown at halftime before rallying, and starter Ann Lee (12-4) pitched for the league "
        "leaders."
    )
    types = mention_types(event)
    assert types["Marauders"] == "ORG"


def test_a_known_city_the_model_calls_a_product_is_a_place(event_of: EventOf) -> None:
    event = event_of(
        "Two people were killed early Saturday when a pickup fleeing Largo police ran a red light "
        "and slammed into a car."
    )
    types = mention_types(event)
    assert types["Largo"] == "GPE"


def test_a_county_jail_and_a_detention_facility_are_buildings(event_of: EventOf) -> None:
    event = event_of(
        "Sheriff Dale Amos warned that the Harlan County Detention Facility on Parr Boulevard was "
        "at 96% of capacity, and inmates were moved to the Marlow County Jail."
    )
    types = mention_types(event)
    assert types["Harlan County Detention Facility"] == "FAC"
    assert types.get("Marlow County Jail", "FAC") == "FAC"


def test_an_organ_named_after_its_body_keeps_the_organs_word(event_of: EventOf) -> None:
    event = event_of(
        "Leaders of the Southern African Development Community (SADC) met on Sunday. SADC "
        "Secretariat officials said the money had not come. ECOWAS Commission President Omar Touray "
        "said the bloc had raised a third of the money."
    )
    types = mention_types(event)
    assert types["ECOWAS Commission"] == "ORG"


def test_a_partys_two_word_member_adjective_is_one_people(event_of: EventOf) -> None:
    event = event_of(
        "Councillor Ruth Penn, the Liberal Democrat leader of the council, said the landlord had "
        "ignored four notices, and a Free Democrat lawmaker agreed."
    )
    types = mention_types(event)
    assert types["Liberal Democrat"] == "NORP"
    assert types["Free Democrat"] == "NORP"
