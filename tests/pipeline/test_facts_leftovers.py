"""Leftover kinds of the numeric facts step (session 9, facts10): index levels as measures in
points, and durations with a kind of time between the number and its unit ("flight hours",
"man-hours", "working days", "calendar months").

The sentences are invented for these tests in the style of wire copy and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import FactKind


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The Hang Seng index shed 143.6 points, or 0.8%, to close at 17,902.4 on Monday.", 17_902.4),
        ("The KOSPI gained 1.4% to 2,688.15 as chip stocks rallied.", 2_688.15),
        ("The Nasdaq 100 rose 0.9% to 19,044.8, led by software makers.", 19_044.8),
        ("The benchmark index slipped 14.2 points to 2,961.3 by the close.", 2_961.3),
        ("Japan's Topix share average climbed 0.7% to 2,790.55.", 2_790.55),
    ],
)
def test_an_index_level_is_a_measure_in_points(facts_of: FactsOf, body: str, value: float) -> None:
    """The level an index reached after "at"/"to" ("a record") is points, not a count."""
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.unit) == (FactKind.MEASURE, "point")


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The death toll from the landslide rose to 45 on Thursday, officials said.", 45),
        ("Home loan approvals rose to 61,300 in March, the central bank said.", 61_300),
        ("The pitcher lowered his earned run average to 2.41 this season.", 2.41),
        ("The average asking price in the town rose to 312,000 in June.", 312_000),
        ("The broadcaster said its weekly audience rose to 30 million.", 30_000_000),
    ],
)
def test_a_level_outside_index_copy_stays_a_count(facts_of: FactsOf, body: str, value: float) -> None:
    """A toll's, a tally's or an average's level without an index name or points stays a count."""
    assert only(facts_of(body), value).kind is FactKind.COUNT


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("The pilot had logged more than 11,500 flight hours before the crash.", 11_500, "hour"),
        ("Restoring the organ took some 4,000 man-hours over two winters.", 4_000, "hour"),
        ("Firms must pay suppliers within 30 working days under the new rules.", 30, "day"),
        ("Tenants must give two calendar months' notice, the tribunal said.", 2, "month"),
        ("The deal must close within 45 business days of the vote.", 45, "day"),
    ],
)
def test_a_kind_of_time_between_number_and_unit(
    facts_of: FactsOf, body: str, value: float, unit: str
) -> None:
    """ "11,500 flight hours", "4,000 man-hours", "30 working days": durations, not counts of hours."""
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.unit) == (FactKind.DURATION, unit)


def test_a_part_of_a_duration_after_including(facts_of: FactsOf) -> None:
    """ "11,500 flight hours, including 7,300 on the type": the part is hours too."""
    body = "The captain had logged 11,500 flight hours, including 7,300 on the turboprop."
    fact = only(facts_of(body), 7_300)
    assert (fact.kind, fact.unit) == (FactKind.DURATION, "hour")


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("The Turkish lira weakened to 34.1 per dollar in early trading.", 34.1, "TRY"),
        ("The rupee closed at 84.2 to the dollar on Friday, dealers said.", 84.2, "INR"),
        ("The Polish zloty firmed to 4.31 per euro after the rate decision.", 4.31, "PLN"),
    ],
)
def test_an_exchange_rate_is_money_in_the_currency_quoted(
    facts_of: FactsOf, body: str, value: float, currency: str
) -> None:
    """ "the rupee closed at 84.2 to the dollar": a sum in rupees, as the own sets label "per dollar"."""
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.currency, fact.what) == (FactKind.MONEY, currency, None)


def test_a_number_to_the_delight_of_fans_is_no_rate(facts_of: FactsOf) -> None:
    """ "to the" before a word that is no currency leaves the number alone."""
    assert only(facts_of("The side won 3 to the delight of its fans."), 3).kind is FactKind.COUNT


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The median age in the county rose to 41.7, the census showed.", 41.7),
        ("The average age of the bus fleet climbed to 14 from 11 a decade ago.", 14),
        ("The retired nurse died Tuesday at 92. She is survived by two daughters.", 92),
        ("The poet died on Sunday at 91, his publisher said.", 91),
    ],
)
def test_ages_outside_aged(facts_of: FactsOf, body: str, value: float) -> None:
    """A group's median or average age, and "died <day> at 92": ages, not counts."""
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.unit) == (FactKind.AGE, "year")


@pytest.mark.parametrize(
    ("body", "value", "count_type"),
    [
        ("Officials said the toll could top 300 as crews searched the hillside.", 300, "KILL"),
        ("The toll rose to 61 on Friday, the ministry said.", 61, "KILL"),
        ("Officials warned the number of dead could exceed 500 in the worst-hit province.", 500, "KILL"),
        (
            "The number of people driven from their homes has passed 2 million, the agency said.",
            2_000_000,
            "DISPLACE",
        ),
        ("Firefighters pulled 9 survivors from the collapsed apartment block.", 9, "RESCUE"),
    ],
)
def test_count_types_of_totals_and_rescues(
    facts_of: FactsOf, body: str, value: float, count_type: str
) -> None:
    """A total passing a mark takes the type its words name; people pulled from a ruin are rescued."""
    assert only(facts_of(body), value).count_type == count_type


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The retailer pulled 200 products from its shelves after the recall.", 200),
        ("The number of visitors has passed 2 million this year.", 2_000_000),
        ("The economic toll could top 200 firms in the region.", 200),
    ],
)
def test_no_count_type_without_one_named(facts_of: FactsOf, body: str, value: float) -> None:
    """Products pulled from shelves, visitors passing a mark and an economic toll have no type."""
    assert only(facts_of(body), value).count_type is None


@pytest.mark.parametrize(
    "body",
    [
        "Riders queued for the 7W bus outside the station.",
        "Delays hit the 12W route after the crash on the bridge.",
    ],
)
def test_a_route_name_is_no_wattage(facts_of: FactsOf, body: str) -> None:
    """ "the 7W bus" names a route: no fact in watts ("a 45W charger" stays watts: genres10)."""
    assert not [f for f in facts_of(body) if f.unit == "watt"]


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("The mine poured 48koz of gold in the June quarter.", 48_000, "ounce"),
        ("The miner guided output of 1.4Moz for next year.", 1_400_000, "ounce"),
        ("Shipments of iron ore reached 64.2 mt in the year to June.", 64.2, "tonne"),
    ],
)
def test_mining_units(facts_of: FactsOf, body: str, value: float, unit: str) -> None:
    """ "48koz" is 48,000 ounces, "1.4Moz" 1.4 million, "64.2 mt" metric tonnes: measures."""
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.unit) == (FactKind.MEASURE, unit)
