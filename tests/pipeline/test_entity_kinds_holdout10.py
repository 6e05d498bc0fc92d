"""Kinds unseen set 10 showed (business, tech, health and media copy dense with firms), invented."""

from pipeline.conftest import EventOf, entity_by_mention, mention_types


def test_a_verb_and_its_after_a_name_show_a_firm(event_of: EventOf) -> None:
    event = event_of(
        "Shares of the retailer fell after Castor Wells lowered its forecast for the year on Monday."
    )
    assert mention_types(event)["Castor Wells"] == "ORG"


def test_which_and_what_a_body_does_after_a_name_show_no_person(event_of: EventOf) -> None:
    event = event_of("Talbridge-Ross, which represents 12,000 nurses, said the offer was too low.")
    assert mention_types(event)["Talbridge-Ross"] == "ORG"


def test_a_firms_officer_after_a_name_shows_the_firm(event_of: EventOf) -> None:
    event = event_of(
        "Streamora co-Chief Executive Dana Pellworth said the service would raise prices. Hollow Pine "
        "Chief Executive Ravi Ostrander said it would not."
    )
    types = mention_types(event)
    assert types["Streamora"] == "ORG"
    assert types["Dana Pellworth"] == "PERSON"
    assert types["Hollow Pine"] == "ORG"
    assert types["Ravi Ostrander"] == "PERSON"


def test_an_apposition_ending_in_a_part_or_a_kind_of_firm_shows_a_firm(event_of: EventOf) -> None:
    event = event_of(
        "The hospital hired Vexacor, the incident response arm of a cloud company, after the attack. "
        "Tests were run by Pathwise, a pathology lab serving three clinics."
    )
    types = mention_types(event)
    assert types["Vexacor"] == "ORG"
    assert types["Pathwise"] == "ORG"


def test_a_job_of_a_person_in_apposition_leaves_the_person(event_of: EventOf) -> None:
    event = event_of('"We can do more," said Mira Holtzmann, a director of the group.')
    assert mention_types(event)["Mira Holtzmann"] == "PERSON"


def test_a_firm_named_without_its_generic_last_word_is_the_firm(event_of: EventOf) -> None:
    event = event_of(
        "Deposits sit at Hollin Ridge Bank, a lender in Kansas. Regulators said Hollin Ridge remained "
        "sound. Wrenfield Health runs nine hospitals. Wrenfield said its records were safe."
    )
    by_mention = entity_by_mention(event)
    assert by_mention["Hollin Ridge"].type == "ORG"
    assert by_mention["Hollin Ridge"].id == by_mention["Hollin Ridge Bank"].id
    assert by_mention["Wrenfield"].type == "ORG"


def test_a_generic_first_word_of_a_bank_is_no_short_form(event_of: EventOf) -> None:
    event = event_of("The Central Bank raised rates. Central to its view was the price of food.")
    assert "Central" not in mention_types(event)


def test_a_title_after_a_kind_of_work_is_a_work(event_of: EventOf) -> None:
    event = event_of(
        "The studio's thriller Cold Harbour took $20 million, ahead of the comedy The Short Goodbye "
        "and the documentary Salt and Iron."
    )
    types = mention_types(event)
    assert types["Cold Harbour"] == "WORK_OF_ART"
    assert types["The Short Goodbye"] == "WORK_OF_ART"
    assert types["Salt and Iron"] == "WORK_OF_ART"


def test_brokers_of_a_price_target_line_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "At least four brokerages cut their targets. Northgate lowered its price target to $92 from "
        "$110, Bay Street Research to $95 and Orrin Partners to $88."
    )
    types = mention_types(event)
    assert types["Northgate"] == "ORG"
    assert types["Bay Street Research"] == "ORG"
    assert types["Orrin Partners"] == "ORG"


def test_bodies_on_a_field_of_several_fields_and_of_a_city_keep_their_whole_name(event_of: EventOf) -> None:
    event = event_of(
        "A report by the Halvorsen Research Institute on Ocean Policy and the Environment was welcomed "
        "by the Department of Water, Lands, Fisheries and Rural Affairs and by the Farm Credit Bank of "
        "Omaha on Tuesday."
    )
    types = mention_types(event)
    assert types["Halvorsen Research Institute on Ocean Policy and the Environment"] == "ORG"
    assert types["Department of Water, Lands, Fisheries and Rural Affairs"] == "ORG"
    assert types["Farm Credit Bank of Omaha"] == "ORG"


def test_a_drug_after_its_kind_is_a_product(event_of: EventOf) -> None:
    event = event_of("Doctors already give the immunotherapy Zentravia before surgery.")
    assert mention_types(event)["Zentravia"] == "PRODUCT"


def test_a_wire_credit_line_names_its_reporters_and_their_cities(event_of: EventOf) -> None:
    event = event_of(
        "The company's shares fell 4%.\n\nReporting by Anika Sorel in Mumbai and Teo Brandt in "
        "Frankfurt; Editing by Lise Marchetti"
    )
    types = mention_types(event)
    assert types["Anika Sorel"] == "PERSON"
    assert types["Teo Brandt"] == "PERSON"
    assert types["Lise Marchetti"] == "PERSON"
    assert types["Mumbai"] == "GPE"
    assert types["Frankfurt"] == "GPE"
    assert event.regions.countries == []  # where the reporters sat is no region of the story


def test_a_title_glued_to_a_town_is_cut_off_and_the_town_is_a_place(event_of: EventOf) -> None:
    event = event_of("Aurora Mayor Glenna Roswell said the law would bulldoze neighborhood plans.")
    types = mention_types(event)
    assert types["Aurora"] == "GPE"
    assert types["Glenna Roswell"] == "PERSON"


def test_an_acronym_in_a_mixed_case_line_is_no_person(event_of: EventOf) -> None:
    event = event_of("Profit beat the forecast of analysts polled by LSEG, the company said on Tuesday.")
    assert mention_types(event)["LSEG"] == "ORG"


def test_a_firm_and_its_home_country_are_two_names(event_of: EventOf) -> None:
    event = event_of(
        "The two compete with Veltrano of Italy in scanners, and their partners include Hanbit "
        "Holdings of South Korea. The Development Bank of Japan will lend to both, and Lumen Corp. of "
        "America will buy the output."
    )
    types = mention_types(event)
    assert types["Hanbit Holdings"] == "ORG"
    assert types["South Korea"] == "GPE"
    assert types["Veltrano"] == "ORG"
    assert types["Italy"] == "GPE"
    assert types["Development Bank of Japan"] == "ORG"
    assert types["Lumen Corp. of America"] == "ORG"


def test_the_name_a_firm_goes_by_after_it_is_an_organisation(event_of: EventOf) -> None:
    event = event_of(
        "In Taipei, Kestrel Precision Industry, known as Kestrix, said server sales had doubled."
    )
    assert mention_types(event)["Kestrix"] == "ORG"


def test_a_miner_named_by_its_metal_is_an_organisation(event_of: EventOf) -> None:
    event = event_of("Its partners include Tianrui Lithium of China and Harbour Minerals.")
    types = mention_types(event)
    assert types["Tianrui Lithium"] == "ORG"
    assert types["Harbour Minerals"] == "ORG"
