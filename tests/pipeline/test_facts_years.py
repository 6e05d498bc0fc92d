"""A year that names which one of a thing it is ("the 2022 framework agreement") is no count;
a year-shaped number before a plural noun still counts ("the 1500 workers").

The sentences are invented for these tests in the style of wire copy and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only


@pytest.mark.parametrize(
    "body",
    [
        "The deal replaces the 2022 framework agreement with the defence ministry.",
        "Its 2021 debt restructuring plan was rejected by creditors on Monday.",
    ],
)
def test_a_year_before_a_singular_noun_is_no_count(facts_of: FactsOf, body: str) -> None:
    assert not [f for f in facts_of(body) if 1900 <= f.value <= 2100]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The 1500 workers at the plant voted to strike.", 1500),
        ("The plant employs 2000 people across three shifts.", 2000),
    ],
)
def test_a_year_shaped_count_of_a_plural_noun_stays(facts_of: FactsOf, body: str, value: float) -> None:
    assert only(facts_of(body), value).what is not None
