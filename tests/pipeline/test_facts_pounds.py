"""Pounds are money after "million" or "billion" and a weight "of" a thing, whatever the model's label.

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
