"""Kinds unseen set 6 showed, through the real model, on invented stories."""

from pipeline.conftest import EventOf, mention_types


def test_firms_of_a_market_report_are_organisations(event_of: EventOf) -> None:
    event = event_of(
        "LONDON (Reuters) - Britain's main index fell 0.4% on Tuesday. Halvard Foods (HLVD.L) rose "
        "2.4% after results, and Tarrow Mining lost more than 3%. Retailer Pennick & Rowe slipped 1% "
        "after a broker cut its target. Halvard Foods said sales had grown."
    )
    types = mention_types(event)
    assert types["Halvard Foods"] == "ORG"
    assert types["Tarrow Mining"] == "ORG"
    assert types["Pennick & Rowe"] == "ORG"
    assert "Retailer Pennick & Rowe" not in types


def test_a_firm_named_like_a_person_is_an_organisation_when_the_words_say_so(event_of: EventOf) -> None:
    event = event_of(
        "Ostrander Capital agreed to buy the formula maker Dale Whitcombe from Harlan Group for $2 "
        "billion. Dale Whitcombe shares rose 5%. The seller's adviser, Pruett Lowell, said talks took "
        "a year, according to Ruth Kane, an analyst at Pruett Lowell."
    )
    types = mention_types(event)
    assert types["Dale Whitcombe"] == "ORG"
    assert types["Ruth Kane"] == "PERSON"


def test_a_player_beaten_in_straight_sets_keeps_the_name_without_the_score(event_of: EventOf) -> None:
    event = event_of(
        "MADRID (Reuters) - Ilse Marten beat Dora Quist 6-4 3-6 6-2 on Friday to reach the final. "
        "Quist said she had been tired."
    )
    forms = mention_types(event)
    assert forms.get("Dora Quist") == "PERSON"


def test_a_firm_the_words_show_stays_an_organisation_however_often_the_model_reads_a_person(
    event_of: EventOf,
) -> None:
    event = event_of(
        "Ostrander Capital agreed to buy the formula maker Dale Whitcombe from Harlan Group. Dale "
        "Whitcombe employs 4,000 people. Regulators must approve the deal, Dale Whitcombe said. "
        "Orrin, Vale, Hatch & Lusk advised the seller."
    )
    forms = mention_types(event)
    assert forms["Dale Whitcombe"] == "ORG"
    assert forms["Orrin, Vale, Hatch & Lusk"] == "ORG"


def test_foreign_players_of_a_tennis_report_are_people(event_of: EventOf) -> None:
    event = event_of(
        "PARIS (Reuters) - Tove Rasmussen beat Holger Brandt 6-3 6-4 on Tuesday, and Mirra "
        "Kovalenko knocked out Ilse Marten 7-5 6-2 to reach the quarter-finals. Brandt said his "
        "serve had let him down."
    )
    types = mention_types(event)
    assert all(types[name] == "PERSON" for name in ("Tove Rasmussen", "Holger Brandt", "Ilse Marten"))


def test_welsh_and_arabic_patronymic_names_are_people(event_of: EventOf) -> None:
    event = event_of(
        "Gethin ap Owain scored twice for the visitors. Coach Dai Morgan said ap Owain had been "
        "superb. Faisal bin Tamim, the federation's president, watched from the stand."
    )
    people = {m.text for e in event.entities if e.type == "PERSON" for m in e.mentions}
    assert {"Gethin ap Owain", "ap Owain", "Faisal bin Tamim"} <= people


def test_a_team_found_again_is_typed_by_the_words_around_it(event_of: EventOf) -> None:
    event = event_of(
        "Remy Castel won the stage ahead of Jonas Vell. Teammates of Castel at Brennick Valtor "
        "celebrated. Ann Morrow of Brennick Valtor finished third on the stage."
    )
    types = mention_types(event)
    assert types.get("Brennick Valtor") == "ORG"
