"""Kinds the eighth unseen set showed (local news, courts, sports agate, business briefs, wire
copy, weather): the wire scale "bln", mixed fractions before a time unit, "over" as a span, "No. 23"
with a split stop, a sum after "per", "between 5 and 7 percent", "from X to Y" after a change verb,
margins after a comma, team records, unitless "minus 15", snow a storm dropped, "kids 12 and under".

The sentences are invented for these tests in the style of local papers and wire copy and run the
real model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import Qualifier


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Machine tool orders rose 2.1 pct to Y=640.5 bln in May, the ministry said.", 640_500_000_000),
        ("Some 8.7 bln shares changed hands on the exchange on Thursday.", 8_700_000_000),
        ("The utility will spend 1.3 bln euros on its grid next year.", 1_300_000_000),
    ],
)
def test_wire_scale_bln(facts_of: FactsOf, body: str, value: float) -> None:
    """Wire copy writes billions "bln", as it writes millions "mln"."""
    only(facts_of(body), value)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The judge sentenced him to 4 1/2 years in state prison on Thursday.", 4.5),
        ("Crews needed 2 1/2 hours to clear the wreck from the interstate.", 2.5),
    ],
)
def test_mixed_fraction_before_a_time_unit(facts_of: FactsOf, body: str, value: float) -> None:
    """Court briefs print sentences as "7 1/2 years": one duration, not half a year."""
    fact = only(facts_of(body), value)
    assert fact.kind == "duration"
    assert not [f for f in facts_of(body) if f.value == 0.5]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Detectives said she sold the pills over eight months from her apartment.", 8),
        ("The town will repay the bond over 20 years, the treasurer said.", 20),
    ],
)
def test_a_thing_spread_over_a_duration(facts_of: FactsOf, body: str, value: float) -> None:
    """ "sold the drug over six months": a span after a determiner and its noun, not more than."""
    assert only(facts_of(body), value).qualifier == Qualifier.EXACT


def test_a_tally_over_innings(facts_of: FactsOf) -> None:
    """ "struck out nine over six innings": the innings are a span, not more than six."""
    facts = facts_of("The right-hander struck out 9 over six innings on Sunday.")
    assert only(facts, 6).qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    "body", ["The walkout lasted over three weeks.", "It was the first rise in over two years."]
)
def test_over_a_duration_after_a_verb_stays_more_than(facts_of: FactsOf, body: str) -> None:
    assert [f.qualifier for f in facts_of(body)] == [Qualifier.MORE_THAN]


@pytest.mark.parametrize(
    "body",
    [
        "Wearing No. 31, the sophomore scored on a long run in the third quarter.",
        "The Wildcats climbed to No. 6 in the state coaches' poll this week.",
    ],
)
def test_number_sign_with_a_stop_is_a_label(facts_of: FactsOf, body: str) -> None:
    """ "No. 31" is a jersey or a ranking, also where the tokenizer splits the stop from "No"."""
    assert facts_of(body) == []


def test_a_sentence_end_before_a_count_is_no_label(facts_of: FactsOf) -> None:
    facts = facts_of("Firefighters found the house empty. 14 people were later evacuated.")
    only(facts, 14)


@pytest.mark.parametrize(
    ("body", "rate"),
    [
        ("The board set the tax rate at $14.06 per $1,000 of assessed value on Monday.", 14.06),
        ("The surcharge adds 35 cents per $100 of the bill, the utility said.", 35),
    ],
)
def test_a_sum_after_per_is_a_rate_denominator(facts_of: FactsOf, body: str, rate: float) -> None:
    """Local tax rates "per $1,000 of assessed value": the rate is the fact, the denominator is not."""
    assert [f.value for f in facts_of(body)] == [rate]


@pytest.mark.parametrize(
    ("body", "change"),
    [
        ("Officials expect property values to climb between 4 and 6 percent next year.", "increase"),
        ("The county expects between 3 and 5 percent more students in the fall.", "increase"),
        ("Economists see the rate settling between 2 and 3 per cent by the autumn.", None),
    ],
)
def test_between_two_percentages(facts_of: FactsOf, body: str, change: str | None) -> None:
    """ "between 5 and 7 percent" is one range, though the model tags "between 5" a date; after a
    change verb, or before "more" and a plural noun, it is a change's size."""
    facts = facts_of(body)
    assert len(facts) == 1
    assert facts[0].qualifier == Qualifier.RANGE
    assert facts[0].change == change


def test_more_before_a_rate_is_still_no_change(facts_of: FactsOf) -> None:
    assert only(facts_of("Buyers paid 30 cents more per bushel at the elevator."), 30).change is None


def test_less_before_a_plural_is_still_no_change(facts_of: FactsOf) -> None:
    """ "to yield 6.4% less fees": the bond's terms, not a fall."""
    assert only(facts_of("The notes were priced to yield 6.4% less fees."), 6.4).change is None


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("Sewer fees will go up, lifting the typical quarterly bill from $88.20 to $94.60.", [88.2, 94.6]),
        ("The new contract raises starting pay from $39,800 to $43,000 over two years.", [39800, 43000]),
    ],
)
def test_from_to_after_a_change_verb_is_two_levels(facts_of: FactsOf, body: str, values: list[float]) -> None:
    """ "lifting the bill from $52.40 to $55.81": the level before and after a change, not a range."""
    facts = facts_of(body)
    for value in values:
        assert only(facts, value).qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    "body",
    [
        "Single tickets range from $12 to $30 at the box office.",
        "Growth is forecast at from 2 to 3 per cent next year.",
    ],
)
def test_from_to_without_a_change_verb_stays_a_range(facts_of: FactsOf, body: str) -> None:
    assert [f.qualifier for f in facts_of(body)] == [Qualifier.RANGE]


def test_lifted_changes_only_with_by(facts_of: FactsOf) -> None:
    assert only(facts_of("The bank lifted its forecast by 0.3 percentage points."), 0.3).change == "increase"
    assert only(facts_of("Dock workers lifted 40 crates onto the ship."), 40).change is None


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("The fire department has 88 firefighters, 12 fewer than the budget allows.", 12, "decrease"),
        ("The food pantry served 2,310 families, 240 more than last winter.", 240, "increase"),
        ("The Hornets finished with 96 points, 14 ahead of second-place Dover.", 14, None),
    ],
)
def test_an_apposed_margin_is_no_age(facts_of: FactsOf, body: str, value: float, change: str | None) -> None:
    """ "612 officers, 40 fewer than": a number between a comma and a comparative is a margin, not an
    age as in "the driver, 52,"; before "fewer than"/"more than" it is a change's size."""
    fact = only(facts_of(body), value)
    assert fact.kind == "count"
    assert fact.change == change


def test_an_apposed_age_is_still_an_age(facts_of: FactsOf) -> None:
    assert only(facts_of("The driver, 47, was taken to hospital."), 47).kind == "age"


@pytest.mark.parametrize(
    "body",
    [
        "Standings: Hillcrest 8-3, Marlow 5-6, Dunmore 2-9.",
        "The Falcons (3-8) visit Kingsbury on Saturday night.",
        "Westbrook dropped to 2-6 with the loss.",
    ],
)
def test_a_team_record_is_no_range(facts_of: FactsOf, body: str) -> None:
    """Records in agate and game stories ("Northview 4-7") are scores, not ranges of counts."""
    assert facts_of(body) == []


@pytest.mark.parametrize(
    ("body", "value"),
    [("Forecasters expect 4-6 inches of snow overnight.", 4), ("The party could win 3-5 seats.", 3)],
)
def test_a_dashed_range_with_a_noun_stays(facts_of: FactsOf, body: str, value: float) -> None:
    assert only(facts_of(body), value).qualifier == Qualifier.RANGE


@pytest.mark.parametrize(
    "body",
    [
        "Wind chills could reach minus 25 by Saturday morning, forecasters said.",
        "Overnight lows will dip to minus 8 across the valley.",
    ],
)
def test_minus_without_a_unit_in_weather_copy(facts_of: FactsOf, body: str) -> None:
    """Weather briefs leave the degrees unsaid ("wind chills as low as minus 15")."""
    facts = [f for f in facts_of(body) if f.value < 0]
    assert len(facts) == 1
    assert facts[0].unit == "degree"


def test_a_label_word_ending_a_sentence_is_no_label(facts_of: FactsOf) -> None:
    """ "this week. Three residences": "week" names labels ("week 5") but here ends the sentence."""
    facts = facts_of("Burglars struck twice this week. Three homes on Elm Road were entered Tuesday.")
    only(facts, 3)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The blizzard dropped 2 feet of snow on the foothills overnight.", 2),
        ("Thunderstorms dumped 3 inches of rain on the county fairgrounds.", 3),
    ],
)
def test_snow_a_storm_dropped_is_no_fall(facts_of: FactsOf, body: str, value: float) -> None:
    """A depth of rain or snow a storm "dropped" or "dumped" is weather, not a decrease."""
    assert only(facts_of(body), value).change is None


def test_a_level_that_dropped_is_still_a_fall(facts_of: FactsOf) -> None:
    assert only(facts_of("The lake dropped 4 feet during the drought."), 4).change == "decrease"


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("Children 5 and under swim free at the town pool this summer.", 5, Qualifier.AT_MOST),
        ("The shuttle is free for seniors 65 and older on weekdays.", 65, Qualifier.AT_LEAST),
    ],
)
def test_a_group_age_bound_after_the_number(
    facts_of: FactsOf, body: str, value: float, qualifier: Qualifier
) -> None:
    """Local notices write age bounds after the number: "kids 12 and under" is an age, not a count."""
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.qualifier) == ("age", qualifier)


def test_a_restatement_past_the_season_fall(facts_of: FactsOf) -> None:
    """ "rise 4% this fall, or about 300 students": the US season is no change word between."""
    facts = facts_of("Enrollment is expected to rise 4% this fall, or about 300 students.")
    assert only(facts, 300).change == "increase"


def test_a_fall_between_still_blocks_the_restatement(facts_of: FactsOf) -> None:
    assert only(facts_of("Shares rose 4% before a fall, or 2 points."), 2).change is None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Corn for July delivery rose 5-1/2 cents to $4.71-1/4 a bushel.", 4.7125),
        ("Corn for July delivery rose 5-1/2 cents to $4.71-1/4 a bushel.", 5.5),
        ("Crews laid 2-1/2 miles of new water main on Oak Street.", 2.5),
        ("The former clerk was sentenced to 3-1/2 years in prison.", 3.5),
    ],
)
def test_hyphenated_fractions(facts_of: FactsOf, body: str, value: float) -> None:
    """US and futures copy write "1-1/2 inches", "rose 7-1/4 cents to $6.12-3/4" (the fraction of
    the last decimal place)."""
    only(facts_of(body), value)
