"""Kinds unseen set 7 showed, through the real model, on invented stories."""

from pipeline.conftest import EventOf, entity_by_mention, mention_types


def test_lone_names_of_oil_and_drug_majors_and_rating_agencies_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "Pfizer said on Tuesday it would close a plant in Kildare, while Aramco raised its prices for "
        "buyers in Europe. Moody's cut its outlook for both. Komeito said it would back the budget."
    )
    types = mention_types(event)
    assert types["Pfizer"] == "ORG"
    assert types["Aramco"] == "ORG"
    assert types["Moody's"] == "ORG"
    assert types["Komeito"] == "ORG"


def test_joined_names_of_committees_and_us_justice_offices_stay_whole(event_of: EventOf) -> None:
    event = event_of(
        "WASHINGTON (AP) - The Homeland Security and Governmental Affairs Committee will question "
        "the U.S. Attorney's Office for the Western District of Texas about a delayed case, and the "
        "U.S. Court of Appeals for the Fifth Circuit will rule next month."
    )
    types = mention_types(event)
    assert types["Homeland Security and Governmental Affairs Committee"] == "ORG"
    assert types["U.S. Attorney's Office for the Western District of Texas"] == "ORG"
    assert types["U.S. Court of Appeals for the Fifth Circuit"] == "ORG"
    assert "Homeland Security" not in types


def test_a_group_with_a_plus_sign_is_not_the_group_without_it(event_of: EventOf) -> None:
    event = event_of(
        "VIENNA (Reuters) - OPEC+ agreed on Sunday to keep output steady. Ministers of OPEC met "
        "first, and OPEC+ will meet again in June."
    )
    by_mention = entity_by_mention(event)
    assert by_mention["OPEC+"].id != by_mention["OPEC"].id


def test_a_firm_ending_in_an_energy_or_drug_word_is_an_organisation(event_of: EventOf) -> None:
    event = event_of(
        "Shares of Tallis Energy rose 3% on Monday, while Corvane Therapeutics fell after a trial."
    )
    types = mention_types(event)
    assert types["Tallis Energy"] == "ORG"
    assert types["Corvane Therapeutics"] == "ORG"


def test_firms_shaped_like_no_word_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "Industrial group 4M (FRM.N) agreed to sell a unit on Monday. Shares of shopwell.com (SHW.O) "
        "rose 5%, and backup firm 4Sight said it had raised $20 million."
    )
    types = mention_types(event)
    assert types["4M"] == "ORG"
    assert types["shopwell.com"] == "ORG"
    assert types["4Sight"] == "ORG"


def test_sport_names_by_the_words_around_them(event_of: EventOf) -> None:
    event = event_of(
        "CARDIFF (Reuters) - Hooker Dafydd Rees, who plays for Harbourside, watched from the stands. "
        "The rugby coach praised the scrum. Marco Tellini won the Austrian Grand Prix."
    )
    types = mention_types(event)
    assert types["Harbourside"] == "ORG"
    assert types["Austrian Grand Prix"] == "EVENT"


def test_places_listed_after_one_locative_in_sports_copy_stay_places(event_of: EventOf) -> None:
    event = event_of(
        "KARACHI (Reuters) - The cricket board said the next one-day matches would be played in "
        "Multan and Dubai. The bowler took four wickets in the second innings, and the batsman "
        "made a century."
    )
    types = mention_types(event)
    assert types["Multan"] == "GPE"
    assert types["Dubai"] == "GPE"
    assert "AE" in {region.code for region in event.regions.countries}


def test_acronyms_of_syllables_and_of_of_join_their_names(event_of: EventOf) -> None:
    event = event_of(
        "MIAMI (AP) - U.S. Southern Command (SOUTHCOM) said on Friday two ships had been seized. "
        "SOUTHCOM gave no details. The Bank of Japan kept rates on hold; the BOJ meets again in July."
    )
    by_mention = entity_by_mention(event)
    assert by_mention["SOUTHCOM"].id == by_mention["U.S. Southern Command"].id
    assert by_mention["BOJ"].id == by_mention["Bank of Japan"].id


def test_a_chamber_is_not_its_committee(event_of: EventOf) -> None:
    event = event_of(
        "WASHINGTON (Reuters) - The Senate Fisheries Committee approved the bill on Tuesday. The full "
        "Senate will vote next week."
    )
    by_mention = entity_by_mention(event)
    assert by_mention["Senate"].id != by_mention["Senate Fisheries Committee"].id


def test_a_town_before_a_squad_role_and_a_player_is_the_club(event_of: EventOf) -> None:
    event = event_of(
        "PARIS (Reuters) - France beat Italy 30-12 on Saturday. Toulouse scrum-half Mathis Carrere "
        "scored twice, and Clermont fly-half Remi Valade kicked four penalties. The rugby coach "
        "praised the scrum."
    )
    types = mention_types(event)
    assert types["Toulouse"] == "ORG"
    assert types["France"] == "GPE"
    assert "Toulouse" not in {place.name for place in event.regions.places}  # a club is no place
