"""Constructions of product, energy, transport, housing, crime and humanitarian copy (unseen set 5).

Each test names a kind of error the fifth unseen set showed; the sentences are invented for
these tests in the style of wire copy and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import Dimension, FactKind


def test_battery_charge_glued_with_a_thousands_comma(facts_of: FactsOf) -> None:
    fact = only(facts_of("The tablet ships with a 7,600mAh cell and a stylus."), 7600)
    assert (fact.kind, fact.unit, fact.dimension) == (FactKind.MEASURE, "milliampere hour", Dimension.CHARGE)
    assert fact.canonical_value == pytest.approx(7600 * 3.6)
    assert only(facts_of("Its power bank stores 20,000 mAh."), 20000).unit == "milliampere hour"


def test_a_chip_process_in_a_hyphenated_singular_unit(facts_of: FactsOf) -> None:
    fact = only(facts_of("The foundry will switch to a 2-nanometre process next spring."), 2)
    assert (fact.kind, fact.unit) == (FactKind.MEASURE, "nanometre")


def test_edition_words_after_a_model_number_make_it_a_name(facts_of: FactsOf) -> None:
    assert facts_of("Reviewers preferred the Lumo 7 Pro to its rival.") == []
    assert facts_of("She drove a BMW 3 Series to the hearing.") == []
    assert facts_of("The army bought 12 Pro-grade drones.") != []


def test_a_drive_written_like_4x4_is_a_name(facts_of: FactsOf) -> None:
    assert facts_of("Thieves took a 4x4 from the farm overnight.") == []


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("The probe flew within 300 kilometres of the moon.", 300, "at_most"),
        ("Refunds are paid within 14 days.", 14, "at_most"),
        ("Screens larger than 70 inches sold out.", 70, "more_than"),
        ("Homes smaller than 50 square metres are exempt.", 50, "less_than"),
    ],
)
def test_within_and_comparatives_before_a_number_bound_it(
    facts_of: FactsOf, body: str, value: float, qualifier: str
) -> None:
    assert only(facts_of(body), value).qualifier == qualifier


@pytest.mark.parametrize(
    "body",
    [
        "The city will spend $900 million over 12 years on sewers.",
        "The carmaker will cut 4,000 jobs over three years.",
        "The charity moved 300 tonnes of supplies over six weeks.",
        "The estate is spread over 450 hectares.",
    ],
)
def test_over_a_period_after_a_sum_or_count_is_the_span_not_more_than(facts_of: FactsOf, body: str) -> None:
    assert all(f.qualifier == "exact" for f in facts_of(body))


def test_over_a_duration_after_a_lasting_word_stays_more_than(facts_of: FactsOf) -> None:
    assert only(facts_of("The talks lasted over nine hours."), 9).qualifier == "more_than"
    assert only(facts_of("He was jailed for over 12 years."), 12).qualifier == "more_than"


def test_a_sum_scaled_at_the_end_of_a_sentence(facts_of: FactsOf) -> None:
    body = "Police said the haul was worth £12m. Two men were charged."
    fact = only(facts_of(body), 12_000_000)
    assert (fact.currency, fact.text) == ("GBP", "£12m")


def test_a_change_by_an_amount_to_a_level_in_the_same_unit_is_two_amounts(facts_of: FactsOf) -> None:
    facts = facts_of("The ministry cut its rice forecast by 2 million tonnes to 41.5 million tonnes.")
    assert [(f.value, f.qualifier, f.change) for f in facts] == [
        (2_000_000, "exact", "decrease"),
        (41_500_000, "exact", None),
    ]


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("Sales fell to 30 units, less than half the usual figure.", 0.5, None),
        ("Enrolment could drop by as much as a third next year.", 1 / 3, None),
    ],
)
def test_shares_without_of_and_after_by_with_a_bound(
    facts_of: FactsOf, body: str, value: float, change: str | None
) -> None:
    fact = only(facts_of(body), value)
    assert fact.kind is FactKind.COUNT
    if change is not None:
        assert fact.change == change


def test_a_comparative_after_a_percentage_is_its_change(facts_of: FactsOf) -> None:
    assert only(facts_of("Lenders approved 8 per cent fewer loans than in May."), 8).change == "decrease"
    assert only(facts_of("Buyers paid 4% more than a year ago."), 4).change == "increase"


def test_an_ongoing_change_verb_names_the_change(facts_of: FactsOf) -> None:
    assert only(facts_of("Exports kept growing by 3% a month."), 3).change == "increase"


def test_a_fall_through_space_is_not_a_decrease(facts_of: FactsOf) -> None:
    fact = only(facts_of("The van plunged 40 metres into a gorge on Sunday."), 40)
    assert fact.change is None
    assert only(facts_of("The lake level dropped 2 metres in a month."), 2).change == "decrease"


def test_ages_between_two_numbers_are_one_range(facts_of: FactsOf) -> None:
    fact = only(facts_of("Six men, aged between 19 and 44, were charged."), 19)
    assert (fact.kind, fact.qualifier, fact.low, fact.high) == (FactKind.AGE, "range", 19, 44)


def test_a_word_between_number_and_time_unit(facts_of: FactsOf) -> None:
    fact = only(facts_of("Prices have risen for nine consecutive months."), 9)
    assert (fact.kind, fact.unit) == (FactKind.DURATION, "month")


@pytest.mark.parametrize(
    ("body", "value", "count_type"),
    [
        ("The blast killed nine and injuring 64 was the worst attack.", 64, "WOUND"),
        ("The bus overturned, killing three and injuring 28.", 28, "WOUND"),
        ("Officials said 300 were rescued and at least 17 are missing.", 17, "MISSING"),
        ("Divers pulled 11 people alive from the hull, bringing the number rescued to 140.", 140, "RESCUE"),
        ("Divers pulled 11 people alive from the hull.", 11, "RESCUE"),
        ("Thousands of nurses joined the rally outside the ministry.", 2000, "PROTEST"),
        ("The driver was among the 27 dead.", 27, "KILL"),
        ("The storm left 9,000 households in need of shelter.", 9000, "AFFECT"),
    ],
)
def test_count_types_of_humanitarian_copy(
    facts_of: FactsOf, body: str, value: float, count_type: str
) -> None:
    assert only(facts_of(body), value).count_type == count_type


def test_a_group_exchanged_for_another_does_not_take_its_type(facts_of: FactsOf) -> None:
    facts = facts_of("Under the deal 20 hostages will be swapped for 150 prisoners.")
    assert only(facts, 20).count_type == "KIDNAP"
    assert only(facts, 150).count_type is None


def test_less_or_more_without_than_is_no_comparison(facts_of: FactsOf) -> None:
    assert only(facts_of("The notes were priced to yield 6.25% less fees."), 6.25).change is None
    assert only(facts_of("Buyers were asked to pay 40 cents more per tonne."), 40).change is None
