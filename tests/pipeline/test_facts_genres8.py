"""Kinds the seventh unseen set showed: company results ("improved by", "raised its dividend 8%"),
restated counts after "or", shares "below" a level, "took over ... ago", headline "top", age
ranges with "to", and "absolute zero".

The sentences are invented for these tests in the style of wire copy and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import Qualifier


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("Its gross margin improved by 1.7 percentage points to 41.2% in the half.", 1.7, "increase"),
        ("The trade gap widened by 6% in June, the statistics office said.", 6, "increase"),
        ("The airline's loss narrowed by $85 million from a year earlier.", 85_000_000, "decrease"),
    ],
)
def test_verbs_that_change_with_by(facts_of: FactsOf, body: str, value: float, change: str) -> None:
    assert only(facts_of(body), value).change == change


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("The brewer raised its payout 12% to 31 pence a share.", 12, "increase"),
        ("The miner lowered its forecast 4% on weaker copper prices.", 4, "decrease"),
    ],
)
def test_by_verbs_with_their_object_between(facts_of: FactsOf, body: str, value: float, change: str) -> None:
    """A verb that changes only with "by" still changes when its object stands before the number."""
    assert only(facts_of(body), value).change == change


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The start-up raised $14 million from investors in May.", 14_000_000),
        ("Parents raised a further $1,150 at the spring fair.", 1150),
        ("The two clubs raised an extra 3,400 euros for the shelter.", 3400),
    ],
)
def test_raised_a_sum_is_still_no_change(facts_of: FactsOf, body: str, value: float) -> None:
    """Money raised is funds, not a rise, also over an adjective: only shares take the verb over words."""
    assert only(facts_of(body), value).change is None


def test_a_count_restating_a_share_takes_its_change(facts_of: FactsOf) -> None:
    facts = facts_of("The insurer will cut about 9% of its staff, or roughly 2,300 jobs, by next spring.")
    assert only(facts, 9).change == "decrease"
    assert only(facts, 2300).change == "decrease"


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("Ridership remains about 15% below pre-pandemic levels, the agency said.", 15, "decrease"),
        ("The shares closed 4% above their offer price on their debut.", 4, "increase"),
    ],
)
def test_a_share_below_or_above_a_level(facts_of: FactsOf, body: str, value: float, change: str) -> None:
    assert only(facts_of(body), value).change == change


def test_took_over_ago_is_no_bound(facts_of: FactsOf) -> None:
    """In "took over two years ago" the "over" is the verb's particle, not "more than"."""
    fact = only(facts_of("The chief executive, who took over two years ago, announced the sale."), 2)
    assert fact.qualifier == Qualifier.EXACT


def test_took_over_a_long_time_is_a_bound(facts_of: FactsOf) -> None:
    fact = only(facts_of("The repairs took over three weeks to finish."), 3)
    assert fact.qualifier == Qualifier.MORE_THAN


def test_headline_top_is_more_than(facts_of: FactsOf) -> None:
    facts = facts_of("Officials confirmed the figure on Monday.", title="Flu deaths top 300 in capital")
    assert only(facts, 300).qualifier == Qualifier.MORE_THAN


def test_the_top_ten_is_no_bound(facts_of: FactsOf) -> None:
    fact = only(facts_of("Five of the top 10 clubs lost on Saturday."), 10)
    assert fact.qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    "body",
    [
        "The study followed 9,200 adults aged 40 to 75 for a decade.",
        "Children aged 5-11 can now get the jab.",
    ],
)
def test_age_range_with_to(facts_of: FactsOf, body: str) -> None:
    ages = [f for f in facts_of(body) if f.kind == "age"]
    assert len(ages) == 1, ages
    assert ages[0].qualifier == Qualifier.RANGE and ages[0].low is not None and ages[0].high is not None


def test_absolute_zero_is_not_a_fact(facts_of: FactsOf) -> None:
    facts = facts_of("The chip works only near absolute zero, at 15 millikelvin.")
    assert not [f for f in facts if f.value == 0], facts


@pytest.mark.parametrize(
    ("body", "value", "count_type"),
    [
        ("Shelling hit the market at noon and injured upwards of 60, medics said.", 60, "WOUND"),
        ("Some 230 crew members are listed as missing after the sinking.", 230, "MISSING"),
    ],
)
def test_count_types_past_a_bound_or_as(facts_of: FactsOf, body: str, value: float, count_type: str) -> None:
    """The count type through "upwards of" and an "as" complement ("listed as missing")."""
    assert only(facts_of(body), value).count_type == count_type


def test_rain_that_fell_changes_nothing(facts_of: FactsOf) -> None:
    facts = facts_of("Overnight 95mm of rain fell on the town, nearly half of its usual monthly total.")
    assert all(f.change is None for f in facts), facts


def test_snow_amounts_that_fell_still_change_when_a_level_drops(facts_of: FactsOf) -> None:
    """Only the weather's "fell" is exempt: a total that fell is still a decrease."""
    assert only(facts_of("Snowfall totals fell 30% this winter."), 30).change == "decrease"


@pytest.mark.parametrize(
    ("body", "qualifier"),
    [
        ("Some patients have waited over a year for surgery.", Qualifier.MORE_THAN),
        ("The reactor has been offline for over a year.", Qualifier.MORE_THAN),
    ],
)
def test_over_a_year_after_a_verb_of_lasting(facts_of: FactsOf, body: str, qualifier: Qualifier) -> None:
    fact = only(facts_of(body), 1)
    assert fact.kind == "duration" and fact.qualifier == qualifier


def test_jobs_cut_over_a_year_is_no_duration(facts_of: FactsOf) -> None:
    """After a span's "over", "a year" stays out, as "a year" alone does."""
    facts = facts_of("The bank will shed 400 jobs over a year.")
    assert [f.value for f in facts] == [400], facts


def test_guidance_range_the_model_cut_after_to(facts_of: FactsOf) -> None:
    """The model may end the first amount's span with "to"; the two amounts are still one range."""
    facts = facts_of("The group guided for sales in the range of $5.2 billion to $5.6 billion this year.")
    money = [f for f in facts if f.kind == "money"]
    assert len(money) == 1, facts
    assert money[0].qualifier == Qualifier.RANGE
    assert money[0].high is not None and round(money[0].high) == 5_600_000_000


def test_lakh_crore_is_a_lakh_of_crores(facts_of: FactsOf) -> None:
    fact = only(facts_of("The ministry will spend Rs 3.2 lakh crore on railways next year."), 3.2e12)
    assert fact.kind == "money" and fact.currency == "INR"


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("The treatment lowered blood pressure by an average of 9% in the study.", 9, "decrease"),
        ("Tuition fees rose an average of 4.5% this autumn.", 4.5, "increase"),
        ("The survey puts household debt at an average of £12,300.", 12_300, None),
    ],
)
def test_an_average_of_after_a_change(facts_of: FactsOf, body: str, value: float, change: str | None) -> None:
    """The change holds over "by an average of" and "rose an average of"; "at an average of" is a level."""
    assert only(facts_of(body), value).change == change


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("The won firmed 0.8% against the dollar on Friday.", 0.8, "increase"),
        ("The lira weakened 2.3% after the rate decision.", 2.3, "decrease"),
    ],
)
def test_currency_moves(facts_of: FactsOf, body: str, value: float, change: str) -> None:
    assert only(facts_of(body), value).change == change


def test_a_range_after_by_is_a_change(facts_of: FactsOf) -> None:
    facts = facts_of(
        "Bus fares will go up by between 4% and 7% in April, while rents stay between 2% and 3%."
    )
    assert only(facts, 4).change == "increase" and only(facts, 4).qualifier == Qualifier.RANGE
    assert only(facts, 2).change is None


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("The club agreed a fee of €35m plus €5m in bonuses.", 35_000_000, Qualifier.EXACT),
        ("Tickets cost $18 plus booking fees.", 18, Qualifier.EXACT),
        ("He is valued at £50m plus.", 50_000_000, Qualifier.MORE_THAN),
        ("The charity recruited 500 plus volunteers.", 500, Qualifier.MORE_THAN),
    ],
)
def test_plus_adds_or_bounds(facts_of: FactsOf, body: str, value: float, qualifier: Qualifier) -> None:
    """A spaced "plus" before a second sum or item adds it; at the end or before a noun it bounds."""
    assert only(facts_of(body), value).qualifier == qualifier


def test_a_size_is_no_change(facts_of: FactsOf) -> None:
    """A size beside a change verb ("48 miles long") is no change; the parser may tag "long" RB."""
    facts = facts_of("The new canal, 48 miles long, will cut shipping times by up to two days.")
    assert only(facts, 48).change is None


def test_petabytes_are_a_unit(facts_of: FactsOf) -> None:
    fact = only(facts_of("The archive now holds 3.2 petabytes of footage."), 3.2)
    assert fact.kind == "measure" and fact.unit == "petabyte"


@pytest.mark.parametrize(
    ("body", "change"),
    [
        ("The Hang Seng finished 318 points, or 1.9%, lower at 16,420.", "decrease"),
        ("The FTSE 100 closed 46.2 points, or 0.6 per cent, higher at 7,710.", "increase"),
    ],
)
def test_comparative_after_a_restatement_closes_both(facts_of: FactsOf, body: str, change: str) -> None:
    facts = facts_of(body)
    moved = [f for f in facts if f.change is not None]
    assert len(moved) == 2 and {f.change for f in moved} == {change}, facts


def test_hyphenated_magnitude_is_kept(facts_of: FactsOf) -> None:
    """In "a 6.2-magnitude quake" the number is the size, not an adjective compound ("a two-car crash")."""
    facts = facts_of("A 6.2-magnitude quake shook the coast on Monday.")
    assert only(facts, 6.2).qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("The carrier is adding 30 aircraft, boosting seat capacity by 7%.", 7, "increase"),
        ("The council is slashing its arts budget by 40%.", 40, "decrease"),
    ],
)
def test_ongoing_change_verbs(facts_of: FactsOf, body: str, value: float, change: str) -> None:
    assert only(facts_of(body), value).change == change


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("The booster is open to everyone in care and to people over 70.", 70, Qualifier.MORE_THAN),
        ("Children under 12 travel free, the operator said.", 12, Qualifier.LESS_THAN),
    ],
)
def test_a_groups_age_bound(facts_of: FactsOf, body: str, value: float, qualifier: Qualifier) -> None:
    fact = only(facts_of(body), value)
    assert fact.kind == "age" and fact.qualifier == qualifier


def test_a_group_over_a_measure_is_no_age(facts_of: FactsOf) -> None:
    fact = only(facts_of("Drivers over 20 miles from a charger were warned."), 20)
    assert fact.kind == "measure"
