"""Kinds the fifth unseen set left alone: estimates over a noun phrase, changes after "by", power cuts.

The sentences are invented for these tests in the style of wire copy and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Border guards found heroin with an estimated street value of £40m in the van.", 40e6),
        ("The bridge has an estimated total cost of $3.2 billion.", 3.2e9),
        ("Officials gave an estimated death toll of 85 on Monday.", 85),
    ],
)
def test_estimated_over_a_short_noun_phrase_is_approximately(
    facts_of: FactsOf, body: str, value: float
) -> None:
    fact = only(facts_of(body), value)
    assert fact.qualifier == "approximately"
    assert fact.text.lower().startswith("an estimated")


def test_estimated_does_not_reach_over_another_number(facts_of: FactsOf) -> None:
    facts = facts_of("An estimated 200 of the 900 homes were flooded.")
    assert only(facts, 200).qualifier == "approximately"
    assert only(facts, 900).qualifier == "exact"


def test_a_total_and_a_record_stay_exact(facts_of: FactsOf) -> None:
    assert only(facts_of("The appeal raised a total of $1.2 million."), 1.2e6).qualifier == "exact"
    assert only(facts_of("Police said a record 62 boats crossed on Tuesday."), 62).qualifier == "exact"


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("Sales could drop by as much as a quarter next year.", 0.25, "decrease"),
        ("Exports may fall by up to a third.", 1 / 3, "decrease"),
        ("Membership grew by nearly half.", 0.5, "increase"),
    ],
)
def test_a_fraction_after_by_and_a_qualifier_keeps_its_change(
    facts_of: FactsOf, body: str, value: float, change: str
) -> None:
    assert only(facts_of(body), value).change == change


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("The average wait grew by 11 minutes last year.", 11, "increase"),
        ("The new tunnel will cut the journey by two hours.", 2, "decrease"),
        ("The queue time rose by about 15 minutes.", 15, "increase"),
        ("The team lost the final by 12 seconds.", 12, None),
        ("The flight was delayed by three hours.", 3, None),
        ("The striker fell 10 minutes into the game.", 10, None),
    ],
)
def test_a_duration_takes_a_change_only_from_a_verb_before_by(
    facts_of: FactsOf, body: str, value: float, change: str | None
) -> None:
    assert only(facts_of(body), value).change == change


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Some 40,000 homes lost electricity after the storm.", 40000),
        ("More than 60,000 customers lost power on Tuesday.", 60000),
        ("Heavy snow left 500 cars and 80 buses stranded on the road.", 500),
        ("Heavy snow left 500 cars and 80 buses stranded on the road.", 80),
    ],
)
def test_lost_power_and_a_shared_participle_are_affected(facts_of: FactsOf, body: str, value: float) -> None:
    assert only(facts_of(body), value).count_type == "AFFECT"
