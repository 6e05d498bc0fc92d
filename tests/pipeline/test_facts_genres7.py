"""Kinds the sixth unseen set showed: shares "one in five", rate denominators, one-unit durations,
deadlines moved "by", outages, strikes, and names and odds that are not facts.

The sentences are invented for these tests in the style of wire copy and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import Fact


def values(facts: list[Fact]) -> list[float]:
    return [round(f.value, 6) for f in facts]


@pytest.mark.parametrize(
    ("body", "value", "text"),
    [
        ("One in four teenagers in the city now vapes, a survey found.", 0.25, "One in four"),
        ("Nearly 1 in 10 homes in the valley lies on a flood plain.", 0.1, "Nearly 1 in 10"),
        ("Two in every three nurses said they planned to quit.", 2 / 3, "Two in every three"),
        ("The chance of a match is one in a thousand, the lab said.", 0.001, "one in a thousand"),
        ("One out of every eight patients leaves without being seen.", 0.125, "One out of every eight"),
    ],
)
def test_one_in_five_is_a_share(facts_of: FactsOf, body: str, value: float, text: str) -> None:
    facts = facts_of(body)
    assert only(facts, value).text.startswith(text)
    assert len(facts) == 1, facts  # neither "four teenagers" nor "10 homes" as a count


@pytest.mark.parametrize(
    "body",
    [
        "The striker scored 2 in 10 minutes before the break.",
        "The firm hired five in 2019 and nine more last year.",
    ],
)
def test_in_before_a_time_or_a_year_is_no_share(facts_of: FactsOf, body: str) -> None:
    assert all(f.value >= 1 for f in facts_of(body))


@pytest.mark.parametrize(
    "body",
    [
        "Engineers called it a 1-in-200-year storm surge.",
        "The miner announced a 3-for-1 stock split on Monday.",
        "Winning the draw was a one-in-a-million chance.",
    ],
)
def test_odds_and_splits_are_not_facts(facts_of: FactsOf, body: str) -> None:
    assert facts_of(body) == []


def test_a_rate_denominator_is_not_a_fact(facts_of: FactsOf) -> None:
    facts = facts_of(
        "The region recorded 31.4 cases per 100,000 residents, against 12.9 per 1,000 nationally."
    )
    assert values(facts) == [31.4, 12.9]


def test_a_denominator_with_a_unit_stays_a_measure(facts_of: FactsOf) -> None:
    assert 50 in values(facts_of("Farmers are paid 3,100 shillings per 50 kg bag of coffee."))


@pytest.mark.parametrize(
    ("body", "value", "qualifier", "unit"),
    [
        ("The talks lasted less than an hour.", 1, "less_than", "hour"),
        ("The vote could come within a fortnight, an aide said.", 1, "at_most", "fortnight"),
        ("The queue moved after nearly a day of waiting.", 1, "approximately", "day"),
        ("Forecasters expect dry weather for at least another ten days.", 10, "at_least", "day"),
    ],
)
def test_one_unit_durations_after_a_bound(
    facts_of: FactsOf, body: str, value: float, qualifier: str, unit: str
) -> None:
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.qualifier, fact.unit) == ("duration", qualifier, unit)


@pytest.mark.parametrize(
    "body",
    [
        "Orders were 9% lower than a year earlier.",
        "Rents rose 4% in a month, the fastest in a decade.",
        "He earns $4 million a year and trains six days a week.",
    ],
)
def test_a_year_alone_is_no_duration(facts_of: FactsOf, body: str) -> None:
    assert 1 not in values(facts_of(body))


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("The ministry extended the consultation on the new tax by eight weeks.", 8, "increase"),
        ("The season has been shortened by two months because of the drought.", 2, "decrease"),
        ("Her visa was lengthened by 90 days.", 90, "increase"),
        ("The leader extended her advantage by 14 points.", 14, "increase"),
    ],
)
def test_deadlines_moved_by_a_period(facts_of: FactsOf, body: str, value: float, change: str) -> None:
    assert only(facts_of(body), value).change == change


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The ice storm cut power to 41,000 properties in the north.", 41000),
        ("High winds knocked out power to 9,500 customers overnight.", 9500),
        ("The flooding left 7,200 homes without electricity.", 7200),
        ("By noon 640 homes were still without heating, the council said.", 640),
    ],
)
def test_outages_are_affected(facts_of: FactsOf, body: str, value: float) -> None:
    assert only(facts_of(body), value).count_type == "AFFECT"


def test_walked_out_is_a_protest(facts_of: FactsOf) -> None:
    fact = only(facts_of("Some 8,000 bus drivers walked out on Friday over pay."), 8000)
    assert fact.count_type == "PROTEST"


def test_a_subject_of_a_denied_verb_is_still_counted(facts_of: FactsOf) -> None:
    fact = only(facts_of("About 52,000 pupils still cannot reach their schools."), 52000)
    assert fact.qualifier == "approximately"


def test_a_label_noun_before_a_grouped_number_is_no_label(facts_of: FactsOf) -> None:
    assert 31000 in values(facts_of("On the busiest day 31,000 visitors came through the gates."))


def test_a_model_after_a_camel_case_brand_is_not_a_fact(facts_of: FactsOf) -> None:
    assert facts_of("Queues formed early for the iPad 12 release in Sydney.") == []


def test_a_signed_level_after_to_is_no_change(facts_of: FactsOf) -> None:
    facts = facts_of("Overnight the temperature dropped 9 degrees to minus 18C.")
    assert only(facts, -18).change is None
    assert only(facts, 9).change == "decrease"


def test_a_change_word_after_a_preposition_is_not_its_noun(facts_of: FactsOf) -> None:
    assert only(facts_of("The club will pay a further €6m in add-ons."), 6e6).change is None


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("The bidder offered a $7-a-share premium to investors.", 7, "USD"),
        ("The trust declared a 22-cent-a-share dividend on Monday.", 22, "USD"),
        ("Cleaners won a £13-an-hour wage after the strike.", 13, "GBP"),
    ],
)
def test_a_price_per_unit_compound_is_money(
    facts_of: FactsOf, body: str, value: float, currency: str
) -> None:
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.currency) == ("money", currency)
    assert not fact.text.endswith("-")


def test_a_count_per_unit_compound_stays_out(facts_of: FactsOf) -> None:
    assert facts_of("The league plays a five-a-side format in winter.") == []


def test_per_cent_is_no_cent(facts_of: FactsOf) -> None:
    fact = only(facts_of("Loans were 14 per cent fewer than a year earlier."), 14)
    assert fact.kind == "percent"


@pytest.mark.parametrize(
    ("body", "value", "change"),
    [
        ("The sprinter shaved 0.12 seconds off her best at the trials.", 0.12, "decrease"),
        ("The new line will cut 25 minutes off the trip to the coast.", 25, "decrease"),
        ("He took 0.8 seconds off the national record.", 0.8, "decrease"),
        ("She took three weeks off work after the injury.", 3, None),
    ],
)
def test_time_taken_off_a_record_is_a_cut(
    facts_of: FactsOf, body: str, value: float, change: str | None
) -> None:
    assert only(facts_of(body), value).change == change


def test_a_change_after_by_then_a_bare_level_are_two(facts_of: FactsOf) -> None:
    facts = facts_of("Weekly claims rose by 8,000 to 231,000, the ministry said.")
    assert only(facts, 8000).change == "increase"
    assert only(facts, 231000).change is None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The scheme aims to cut waste by 30 to 40 per cent.", 30),
        ("The toll rose by 5 to 7 people a day.", 5),
    ],
)
def test_a_range_after_by_stays_a_range(facts_of: FactsOf, body: str, value: float) -> None:
    assert only(facts_of(body), value).qualifier == "range"


@pytest.mark.parametrize(
    ("body", "value", "unit", "change"),
    [
        (
            "The central bank cut rates by half a percentage point to 3.5%.",
            0.5,
            "percentage point",
            "decrease",
        ),
        ("The bank raised rates by a quarter of a percentage point.", 0.25, "percentage point", "increase"),
        ("The farm is half a mile from the river.", 0.5, "mile", None),
        ("The hearing lasted half an hour.", 0.5, "hour", None),
    ],
)
def test_a_fraction_of_one_unit(
    facts_of: FactsOf, body: str, value: float, unit: str, change: str | None
) -> None:
    fact = only(facts_of(body), value)
    assert (fact.unit, fact.change) == (unit, change)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Ticket sales topped $40 million in the first week.", 40e6),
        ("Temperatures exceeded 45C in the south on Friday.", 45),
        ("Orders surpassed 10,000 units by noon.", 10000),
    ],
)
def test_topped_and_exceeded_are_more_than(facts_of: FactsOf, body: str, value: float) -> None:
    assert only(facts_of(body), value).qualifier == "more_than"


def test_workers_who_strike_protest(facts_of: FactsOf) -> None:
    fact = only(facts_of("About 1,800 dock workers will strike for three days from Monday."), 1800)
    assert fact.count_type == "PROTEST"


def test_a_cricket_figure_is_no_share(facts_of: FactsOf) -> None:
    assert all(f.value >= 1 for f in facts_of("The spinner finished with three for 31 in 42 balls."))


@pytest.mark.parametrize(
    "body",
    [
        "Officials fear it could lead up to a second wave of cases.",
        "It has been at least a quarter-century since the bridge was painted.",
    ],
)
def test_ordinals_and_compounds_are_no_one_unit_duration(facts_of: FactsOf, body: str) -> None:
    assert all(f.kind != "duration" or f.value != 1 for f in facts_of(body))


def test_another_without_a_bound_stays_out_of_the_phrase(facts_of: FactsOf) -> None:
    assert only(facts_of("Inspectors reported another 31 cases on Tuesday."), 31).text == "31 cases"


def test_a_negated_verb_gives_no_count_type(facts_of: FactsOf) -> None:
    fact = only(facts_of("Four other men at the house were not arrested, police said."), 4)
    assert fact.count_type is None


def test_striking_out_is_no_protest(facts_of: FactsOf) -> None:
    assert only(facts_of("The closer pitched a clean ninth, striking out three."), 3).count_type is None


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        ("Repairs will take another 36 to 72 hours, the utility said.", 36, 72),
        ("He faces four to six years in prison if convicted.", 4, 6),
        ("The closure lasted 15-20 minutes.", 15, 20),
    ],
)
def test_a_duration_range(facts_of: FactsOf, body: str, low: float, high: float) -> None:
    fact = only(facts_of(body), low)
    assert (fact.qualifier, fact.low, fact.high, fact.kind) == ("range", low, high, "duration")


def test_a_falling_pair_of_durations_is_no_range(facts_of: FactsOf) -> None:
    assert all(f.qualifier != "range" for f in facts_of("The notice period was cut from 9 to 6 months."))


def test_a_duration_range_in_hyphenated_words(facts_of: FactsOf) -> None:
    fact = only(facts_of("Results are due in the next twenty-four to forty-eight hours."), 24)
    assert (fact.low, fact.high) == (24, 48)


def test_a_capitalised_second_after_dates_is_a_name(facts_of: FactsOf) -> None:
    assert all(f.kind != "duration" for f in facts_of("Fixtures: July 3-7 Second Test (at Leeds)."))


def test_a_goalless_draw_is_a_score(facts_of: FactsOf) -> None:
    assert facts_of("The champions were held to a 0-0 draw at home.") == []


def test_points_a_player_added_are_no_rise(facts_of: FactsOf) -> None:
    facts = facts_of("Marcus Bell scored 21, and Tom Reyes added 14 points for the visitors.")
    assert only(facts, 14).change is None


def test_points_an_index_added_are_a_rise(facts_of: FactsOf) -> None:
    assert only(facts_of("The Nikkei added 118 points on Tuesday."), 118).change == "increase"


def test_a_speed_unit_ending_a_sentence(facts_of: FactsOf) -> None:
    fact = only(facts_of("Forecasters expect gusts topping 110 km/h."), 110)
    assert (fact.unit, fact.qualifier) == ("kilometre per hour", "more_than")


def test_near_is_approximately(facts_of: FactsOf) -> None:
    assert only(facts_of("The 10-year yield hovered near 3.9% on Friday."), 3.9).qualifier == "approximately"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The visitors have lost six out of nine matches this season.", 6),
        ("Inspectors found 4 out of 13 samples contaminated.", 4),
    ],
)
def test_out_of_a_small_total_stays_a_count(facts_of: FactsOf, body: str, value: float) -> None:
    assert value in values(facts_of(body))


def test_nowhere_near_is_less_than(facts_of: FactsOf) -> None:
    assert only(facts_of("The real cost is nowhere near $2 million, she said."), 2e6).qualifier == "less_than"


def test_an_initial_after_a_number_is_no_unit(facts_of: FactsOf) -> None:
    assert all(f.kind != "duration" for f in facts_of("Slater run out 9 S. Law c Healy b Warne 13"))


@pytest.mark.parametrize(
    "body",
    ["Exports rose 6.1% year on year in May.", "Rents climbed 2% month on month, the agency said."],
)
def test_a_share_before_year_on_year_stays_a_percentage(facts_of: FactsOf, body: str) -> None:
    assert [f.kind for f in facts_of(body)] == ["percent"]


def test_north_of_a_sum_is_more_than(facts_of: FactsOf) -> None:
    assert only(facts_of("Bankers value the unit at north of $3 billion."), 3e9).qualifier == "more_than"


def test_one_as_the_size_of_a_change_is_a_fact(facts_of: FactsOf) -> None:
    facts = facts_of("The number of active rigs fell by one to 431 this week.")
    assert only(facts, 1).change == "decrease"
    assert only(facts, 431).change is None


def test_one_as_a_pronoun_stays_out(facts_of: FactsOf) -> None:
    assert facts_of("One rose and one fell in early trade.") == []
