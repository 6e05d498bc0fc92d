"""Currency words that are also units or verbs ("pounds", "won"), and a range's second currency sign.

The sentences are invented for these tests in the style of wire copy and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import FactKind


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The regulator fined the bank 1.2 million pounds for failings in its checks.", 1_200_000),
        ("The Times said the group was close to a 2 billion pound deal for the chain.", 2_000_000_000),
        ("The scheme wasted millions of pounds of public money, auditors said.", 2_000_000),
    ],
)
def test_scaled_pounds_are_money(facts_of: FactsOf, body: str, value: float) -> None:
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.currency) == (FactKind.MONEY, "GBP")


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The company recalled 2 million pounds of ground beef on Friday.", 2_000_000),
        ("Fishermen landed 300 pounds of cod at the harbour.", 300),
    ],
)
def test_pounds_of_a_thing_are_a_weight(facts_of: FactsOf, body: str, value: float) -> None:
    fact = only(facts_of(body), value)
    assert fact.kind is FactKind.MEASURE
    assert fact.dimension is not None and fact.dimension.value == "mass"


def test_won_after_a_scale_word_is_korean_money(facts_of: FactsOf) -> None:
    facts = facts_of("Operating profit rose to 14.2 trillion won from 4.6 trillion won a year earlier.")
    assert {(f.value, f.currency) for f in facts} == {(14.2e12, "KRW"), (4.6e12, "KRW")}


def test_won_as_a_verb_names_no_money(facts_of: FactsOf) -> None:
    fact = only(facts_of("The party won 2 million votes in the first round."), 2_000_000)
    assert fact.kind is FactKind.COUNT and fact.currency is None


def test_a_range_whose_second_sign_the_model_took_is_one_range(facts_of: FactsOf) -> None:
    body = "The retailer now expects adjusted earnings of $7.00 to $7.40 a share, down from $8.00 to $8.60."
    fact = only(facts_of(body), 7)
    assert (fact.low, fact.high, fact.currency) == (7, 7.4, "USD")
    assert not [f for f in facts_of(body) if f.value == 7.4]


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("The government said it needed 40 billion shillings from donors.", 40e9, "KES"),
        ("Farmgate prices rose to 2,800 CFA francs a kilogram.", 2800, "XOF"),
        ("The central bank cut its forecast to 12 billion cedis.", 12e9, "GHS"),
        ("Kyiv will spend 50 billion hryvnias on drones next year.", 50e9, "UAH"),
    ],
)
def test_african_and_european_currencies_by_name(
    facts_of: FactsOf, body: str, value: float, currency: str
) -> None:
    assert only(facts_of(body), value).currency == currency
