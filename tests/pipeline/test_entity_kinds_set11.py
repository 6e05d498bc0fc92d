"""Kinds unseen set 11 (everyday wire news) showed, through the real model, on invented sentences."""

from pipeline.conftest import EventOf, mention_types


def test_opponents_around_a_single_score_in_a_round_up_are_clubs(event_of: EventOf) -> None:
    event = event_of(
        "Ostrava Rangers stayed top of the soccer league after a halftime comeback. Harlow beat "
        "Castelmar 3-1 with two "
        "goals from their striker, and Dunmore won 2-0 at Stuttgart. Leeside were held 0-0 by "
        "Como after the coach rested five players. Teodor Lind beat Piet Norren 7-6(5) 6-4 in the "
        "tennis."
    )
    types = mention_types(event)
    assert types["Castelmar"] == "ORG"
    assert types["Stuttgart"] == "ORG"
    assert types["Como"] == "ORG"
    assert "ORG" not in {types.get("Piet Norren"), types.get("Norren")}  # a tennis set score: no club


def test_a_product_behind_its_makers_name_and_before_its_kind(event_of: EventOf) -> None:
    event = event_of(
        "Vantor Systems said on Monday that its phones would run on Vantor's latest Quill chip and "
        "ship with Google's Halcyon assistant and Nortek's new Vireo chip. Clinics in three "
        "counties gave the DTP vaccine to "
        "children. The firm also unveiled the Orra Fold 3, a foldable phone."
    )
    types = mention_types(event)
    assert types["Halcyon"] == "PRODUCT"
    assert types["Vireo"] == "PRODUCT"
    assert types["DTP"] == "PRODUCT"
    assert types["Orra Fold 3"] == "PRODUCT"


def test_a_firms_own_name_before_a_product_noun_stays_the_firm(event_of: EventOf) -> None:
    event = event_of(
        "Doctors said the Pfizer vaccine was safe, and a Halvorsen Dynamics rocket flew on Sunday."
    )
    types = mention_types(event)
    assert types["Pfizer"] == "ORG"


def test_finals_and_indoors_tournaments_are_events(event_of: EventOf) -> None:
    event = event_of(
        "Lind will play the Nordic Tour Finals in Oslo next month after winning the Bergen Indoors "
        "on Sunday, his second title of the year."
    )
    types = mention_types(event)
    assert types.get("Nordic Tour Finals", "EVENT") == "EVENT"
    assert types.get("Bergen Indoors", "EVENT") == "EVENT"


def test_a_rookie_and_a_backbencher_lead_a_person_and_a_supplier_a_firm(event_of: EventOf) -> None:
    event = event_of(
        "Rookie Dane Mabry returned a punt 70 yards for a score. Backbencher Ruth Okonedo said she "
        "would abstain. Supplier Harbin Precision gained 3% in Seoul."
    )
    types = mention_types(event)
    assert types["Dane Mabry"] == "PERSON"
    assert types["Ruth Okonedo"] == "PERSON"
    assert "Rookie Dane Mabry" not in types
    assert "Backbencher Ruth Okonedo" not in types
    assert "Supplier Harbin Precision" not in types
