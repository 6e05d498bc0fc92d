"""Shares written with a hyphen before the noun they divide ("a one-third stake", "a
two-thirds majority"), which are neither ordinals nor stretches of time, and the sets of a match
score ("3-6 6-3 7-5"), which are no ranges.

The sentences are invented for these tests in the style of wire copy and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import FactKind


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The regional council owns a one-third stake in the ferry operator.", 1 / 3),
        ("The amendment needs a two-thirds majority in both chambers.", 2 / 3),
        ("Members backed the merger by a three-quarters majority on Friday.", 0.75),
    ],
)
def test_a_hyphenated_share_before_a_noun_is_a_share(facts_of: FactsOf, body: str, value: float) -> None:
    fact = only(facts_of(body), value)
    assert fact.kind is not FactKind.DURATION


@pytest.mark.parametrize(
    "body",
    [
        "The carmaker reported a two-quarter slump in European sales.",  # a stretch of time
        "Growth slowed over the past three quarters, the ministry said.",
    ],
)
def test_quarters_of_a_year_stay_durations(facts_of: FactsOf, body: str) -> None:
    facts = facts_of(body)
    assert [f.kind for f in facts] == [FactKind.DURATION]
    assert not [f for f in facts if f.value < 1]


@pytest.mark.parametrize(
    "body",
    ["It was the team's third successive title.", "Police said it was a one-vehicle collision."],
)
def test_ordinals_and_compound_adjectives_are_no_shares(facts_of: FactsOf, body: str) -> None:
    assert facts_of(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Second seed Mira Kovac beat Lena Ortiz 3-6 6-3 7-6(4) to reach the final on Saturday.",
        "The defending champion came through 4-6, 7-5, 6-2 in just under three hours.",
    ],
)
def test_the_sets_of_a_match_score_are_no_ranges(facts_of: FactsOf, body: str) -> None:
    assert not [f for f in facts_of(body) if f.low is not None or f.kind is FactKind.COUNT]


def test_a_lone_dash_range_is_still_a_range(facts_of: FactsOf) -> None:
    fact = only(facts_of("Forecasters expect 3-6 inches of snow across the valley by Friday."), 3)
    assert (fact.low, fact.high) == (3, 6)
