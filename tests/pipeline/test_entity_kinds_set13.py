"""Kinds of error unseen set 13 showed (genres the earlier sets lacked), on invented sentences."""

from pipeline.conftest import EventOf, entity_by_mention, mention_types


def test_a_long_name_the_acronym_after_it_spells_is_whole(event_of: EventOf) -> None:
    event = event_of(
        "Shares of Compañía Minera y Química (CMQ) fell. The Malaysian Rubber Export Board (MREB) will "
        "publish data on Monday, and the Central Drugs Testing Organisation (CDTO) said the syrup failed. "
        "The Chief Executive Officer (CEO) resigned, and the United Arab Emirates (UAE) agreed."
    )
    types = mention_types(event)
    assert types["Compañía Minera y Química"] == "ORG"
    assert types["Malaysian Rubber Export Board"] == "ORG"
    assert types["Central Drugs Testing Organisation"] == "ORG"
    assert "Chief Executive Officer" not in types
    assert types["United Arab Emirates"] == "GPE"
    entities = entity_by_mention(event)
    assert entities["CMQ"] is entities["Compañía Minera y Química"]
    assert entities["MREB"] is entities["Malaysian Rubber Export Board"]


def test_an_acronym_or_short_name_in_parentheses_joins_the_body_whatever_its_letters(
    event_of: EventOf,
) -> None:
    event = event_of(
        "Members of the People's Consultative Assembly (MPR) objected. The Malagasy Drug Control "
        "Laboratory (LACOMED) found the solvent, and the Textile Export Council of Kenya (Texexportcil) "
        "said the firm had shipped through Dubai. The MPR will vote, LACOMED said, and Texexportcil agreed."
    )
    entities = entity_by_mention(event)
    assert entities["MPR"] is entities["People's Consultative Assembly"]
    assert entities["LACOMED"] is entities["Malagasy Drug Control Laboratory"]
    assert entities["Texexportcil"] is entities["Textile Export Council of Kenya"]
    assert entities["Texexportcil"].type == "ORG"
    assert entities["Dubai"].type == "GPE"


def test_firms_named_by_their_trades_word_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "In Taipei, Lanyu Telecom said it had found the intruders. Min left to set up her own label, "
        "Harbourlight Lab, last year. Shares fell on the Da Nang Stock Exchange after depositors queued "
        "outside Sapabank branches, and Kolwe Copper Mines restarted a shaft."
    )
    types = mention_types(event)
    assert types["Lanyu Telecom"] == "ORG"
    assert types["Harbourlight Lab"] == "ORG"
    assert types["Da Nang Stock Exchange"] == "ORG"
    assert types["Sapabank"] == "ORG"


def test_a_launch_site_is_a_building_and_a_satellite_centre_a_body(event_of: EventOf) -> None:
    event = event_of(
        "The lander will go to the Harikesh Space Centre in Sriharikota for tests, and the Bhaskar "
        "Satellite Centre said drop tests went well. The rocket will fly from the Uchinoura Space Center."
    )
    types = mention_types(event)
    assert types["Harikesh Space Centre"] == "FAC"
    assert types["Uchinoura Space Center"] == "FAC"
    assert types["Bhaskar Satellite Centre"] == "ORG"


def test_an_apposition_naming_a_foundation_or_utility_makes_a_body(event_of: EventOf) -> None:
    event = event_of(
        "Rumah Harapan, a Jakarta-based foundation, paid for the funerals. Power came back after "
        "Kafue Energi, the state utility, restarted two turbines."
    )
    types = mention_types(event)
    assert types["Rumah Harapan"] == "ORG"


def test_network_devices_after_their_maker_are_products(event_of: EventOf) -> None:
    event = event_of("Attackers used flaws in Fortinet's Secure Link gateways, the advisory said.")
    types = mention_types(event)
    assert types["Secure Link"] == "PRODUCT"
    assert types["Fortinet"] == "ORG"


def test_hacking_groups_by_a_vendors_scheme_are_organisations_in_hacking_stories(event_of: EventOf) -> None:
    event = event_of(
        "A cyber espionage group that Microsoft calls Cobalt Typhoon reused servers of Pearl Sleet, "
        "researchers said, and a cluster tracked as UNC4411 hit two telecoms."
    )
    types = mention_types(event)
    assert types["Cobalt Typhoon"] == "ORG"
    assert types["Pearl Sleet"] == "ORG"
    assert types["UNC4411"] == "ORG"
    storm = event_of("Typhoon Haikui hit Taiwan, and Cobalt Typhoon warnings were lifted on Tuesday.")
    assert mention_types(storm).get("Cobalt Typhoon") != "ORG"


def test_space_agencies_container_lines_and_muslim_bodies_news_names_alone(event_of: EventOf) -> None:
    event = event_of(
        "A.P. Moller-Maersk sent two ships through the canal. Maersk said rates fell, and COSCO Shipping "
        "Holdings will scrap older vessels. Muhammadiyah said its hospitals would screen pilgrims. JAXA "
        "and ISRO will fly the rover, and the Five Eyes agencies signed the advisory with Verizon's help."
    )
    types = mention_types(event)
    for name in ("Muhammadiyah", "JAXA", "ISRO", "Five Eyes", "COSCO Shipping Holdings", "Verizon"):
        assert types[name] == "ORG", name
    entities = entity_by_mention(event)
    assert entities["Maersk"] is entities["A.P. Moller-Maersk"]


def test_a_results_brief_names_its_firm_on_the_header_and_bullet_lines(event_of: EventOf) -> None:
    event = event_of(
        "Oct 29 (Reuters) - Kilimanjaro Breweries Plc:\n\n"
        "* KILIMANJARO BREWERIES PLC - 9-MONTH REVENUE 1.1 TRILLION SHILLINGS VERSUS 0.9 TRILLION\n"
        "* KILIMANJARO BREWERIES - VOLUMES IN KENYA AND UGANDA UP 6.3%\n"
        "* KILIMANJARO BREWERIES - TURKEY AND CHAD SALES FLAT\n",
        title="BRIEF-Kilimanjaro Breweries 9-Month Revenue Rises 22%",
    )
    entities = entity_by_mention(event)
    firm = entities["Kilimanjaro Breweries Plc"]
    assert firm.type == "ORG"
    assert entities["KILIMANJARO BREWERIES PLC"] is firm
    assert entities["KILIMANJARO BREWERIES"] is firm
    assert entities["KENYA"].type == "GPE"
    assert entities["UGANDA"].type == "GPE"
    assert "TURKEY" not in entities  # a country named like an ordinary word
    assert not any(m.text.startswith("BRIEF") for e in event.entities for m in e.mentions)


def test_a_mixed_case_dateline_before_a_wires_name_gives_the_place_and_the_agency(event_of: EventOf) -> None:
    event = event_of(
        "Surabaya (AFP) - Pilgrims queued for hours on Tuesday.\n\n"
        "Bengaluru, Nov 5 (PTI) The rover passed its tests, officials said."
    )
    types = mention_types(event)
    assert types["AFP"] == "ORG"
    assert types["Surabaya"] == "GPE"
    assert types["PTI"] == "ORG"
    assert types["Bengaluru"] == "GPE"


def test_a_wires_slug_and_a_date_after_a_headlines_first_name_are_no_part_of_it(event_of: EventOf) -> None:
    event = event_of(
        "KUALA LUMPUR, Oct 25 (Reuters) - Exports of palm oil rose 8%, cargo surveyors said.",
        title="TABLE-Indonesia Oct 1-25 palm oil exports rise 8% - cargo surveyors",
    )
    types = mention_types(event)
    assert types["Indonesia"] == "GPE"
    assert not any(name.startswith("TABLE") or name.endswith("Oct") for name in types)


def test_a_spelled_name_keeps_the_models_longer_start_and_loses_a_possessive(event_of: EventOf) -> None:
    event = event_of(
        "The National Council for Veterans Support of the Army and Navy (VSAN) thanked employers, and "
        "the Northland Department of Fisheries' (NDF) inspectors came."
    )
    types = mention_types(event)
    assert types["National Council for Veterans Support of the Army and Navy"] == "ORG"
    assert "Veterans Support of the Army and Navy" not in types


def test_products_named_by_sold_as_called_or_a_model_code(event_of: EventOf) -> None:
    event = event_of(
        "The tablets, sold in Ghana as Fevrex-P and Malacure, were recalled. The probe, called Lunaris in "
        "Europe and Tsukiyo in Japan, will fly on a Japanese K7 rocket. Shares were sold as Tesla reported "
        "results, and Romania bought 32 F-16 jets."
    )
    types = mention_types(event)
    for name in ("Fevrex-P", "Malacure", "Lunaris", "Tsukiyo", "K7", "F-16"):
        assert types[name] == "PRODUCT", name
    assert types.get("Tesla") != "PRODUCT"  # "as" is a conjunction before a verb


def test_a_firms_unit_after_its_owners_possessive_is_an_organisation(event_of: EventOf) -> None:
    event = event_of(
        "The flaw was found by Google's Vantage unit, and Sony's Redwood label signed the band. Wistron's "
        "Indian unit was sold."
    )
    types = mention_types(event)
    assert types["Vantage"] == "ORG"
    assert types["Redwood"] == "ORG"
    assert types["Indian"] == "NORP"


def test_a_vietnamese_family_name_that_is_an_english_word_stays_in_the_name(event_of: EventOf) -> None:
    event = event_of(
        "Prosecutors said the developer had paid Do Thi Mai Lan, a senior inspector, $2 million. Lan was "
        "sentenced to 20 years."
    )
    entities = entity_by_mention(event)
    assert entities["Do Thi Mai Lan"].type == "PERSON"
    assert entities["Lan"] is entities["Do Thi Mai Lan"]


def test_a_name_known_as_another_and_a_middle_name_alone_join(event_of: EventOf) -> None:
    event = event_of(
        "Minister Budi Santoso Wibowo told lawmakers that 12 agencies would close. Santoso said the "
        "quota would fall. Loans came from Hanoi Trade Commercial Joint Stock Bank, known as TradeBank, "
        "and depositors queued outside TradeBank branches."
    )
    entities = entity_by_mention(event)
    assert entities["Santoso"] is entities["Budi Santoso Wibowo"]
    assert entities["TradeBank"] is entities["Hanoi Trade Commercial Joint Stock Bank"]


def test_a_name_the_model_read_as_a_person_before_mine_is_the_mine(event_of: EventOf) -> None:
    event = event_of(
        "It agreed with First Quantum Minerals to share the cost of a new tailings dam at the Mulenga mine "
        "in the north."
    )
    assert mention_types(event)["Mulenga"] == "FAC"


def test_a_peoples_word_before_a_ministrys_full_name_is_its_own(event_of: EventOf) -> None:
    event = event_of(
        "The pilgrims' agencies asked the Omani Ministry of Awqaf and Religious Affairs for more tents, "
        "and the Iraqi Ministry of Defence and Interior Minister Ali Hassan agreed."
    )
    types = mention_types(event)
    assert types["Omani"] == "NORP"
    assert types["Ministry of Awqaf and Religious Affairs"] == "ORG"
    assert types["Ministry of Defence"] == "ORG"
    assert types["Ali Hassan"] == "PERSON"
    state = event_of("The Georgia Department of Education asked for more money, a Georgian aide said.")
    assert mention_types(state)["Georgia Department of Education"] == "ORG"


def test_movers_listed_with_up_or_down_and_a_plain_named_before_of(event_of: EventOf) -> None:
    event = event_of(
        "Property shares fell, with Vinhomes down 2.3% and Kinhland down 4.1%. Pilgrims walked to the "
        "plain of Arafat."
    )
    types = mention_types(event)
    assert types["Kinhland"] == "ORG"
    assert types["Arafat"] == "LOC"


def test_us_before_a_region_of_the_country_is_a_name_of_its_own(event_of: EventOf) -> None:
    event = event_of("Shipping lines added sailings to the U.S. West Coast, the carrier said.")
    types = mention_types(event)
    assert types["U.S."] == "GPE"
    assert types["West Coast"] == "LOC"
    assert "U.S. West Coast" not in types


def test_more_model_codes_societies_of_a_country_and_sums_after_a_street_word(event_of: EventOf) -> None:
    event = event_of(
        "Engine shortages kept dozens of B787neo aircraft parked. The Law Society of Malawi sued, and the "
        "regulator fined Elm Street 48 billion rupees. A crash closed Mill Road 12 on Monday."
    )
    types = mention_types(event)
    assert types["B787neo"] == "PRODUCT"
    assert types["Law Society of Malawi"] == "ORG"
    assert "Elm Street 48" not in types
    assert types["Mill Road 12"] == "FAC"


def test_an_acronym_after_a_kind_of_organisation_is_one(event_of: EventOf) -> None:
    event = event_of(
        "Peru's antitrust regulator INDECOPI approved the merger, and state oil firm NOCAL raised prices. "
        "The team USA won."
    )
    types = mention_types(event)
    assert types["INDECOPI"] == "ORG"
    assert types["NOCAL"] == "ORG"
    assert types["USA"] == "GPE"


def test_a_site_after_its_owners_possessive_and_before_mine_is_the_site(event_of: EventOf) -> None:
    event = event_of("BHP's Cerro Blanco mine resumed operations, and Rio Tinto's Oyu Tolgoi mine grew.")
    types = mention_types(event)
    assert types["Cerro Blanco"] == "FAC"
    assert types["Oyu Tolgoi"] == "FAC"
    assert types["Rio Tinto"] == "ORG"


def test_storm_heads_latin_american_party_heads_and_commas_inside_a_spelled_name(event_of: EventOf) -> None:
    event = event_of(
        "Hurricane Melissa hit Jamaica. The Samoan Marine, Climate and Weather Services Agency (SMCWSA) "
        "warned of surges. Fuerza Andina, led by Rosa Mamani, backed the motion, as did Renovación "
        "Popular."
    )
    types = mention_types(event)
    assert types["Hurricane Melissa"] == "EVENT"
    assert "Melissa" not in types
    assert types["Samoan Marine, Climate and Weather Services Agency"] == "ORG"
    assert types["Fuerza Andina"] == "ORG"
    assert types["Renovación Popular"] == "ORG"
    assert types["Rosa Mamani"] == "PERSON"


def test_a_party_named_after_its_kind_is_an_organisation(event_of: EventOf) -> None:
    event = event_of(
        "The commission declared the president the winner after the main opposition party Umoja was "
        "barred. Umoja leader Tumaini Lissa remains in jail."
    )
    types = mention_types(event)
    assert types["Umoja"] == "ORG"
    assert types["Tumaini Lissa"] == "PERSON"
