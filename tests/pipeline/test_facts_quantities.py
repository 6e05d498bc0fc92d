"""Schema 1.1 quantities (issue 13): durations, ages, units, scales, currencies, signs, words,
ranges, market levels and scientific notation, and the numbers that stay out.

Sentences are invented for these tests in the style of wire copy; they run the real model.
"""

import pytest

from pipeline.conftest import FactsOf
from service.schema.events import Fact, FactKind


def one(facts_of: FactsOf, body: str, kind: FactKind) -> Fact:
    """The single fact of ``kind`` in ``body``."""
    found = [f for f in facts_of(body) if f.kind is kind]
    assert len(found) == 1, facts_of(body)
    return found[0]


@pytest.mark.parametrize(
    ("body", "value", "unit", "seconds"),
    [
        ("The judge jailed the smuggler for four years on Monday.", 4, "year", 4 * 31_557_600),
        ("Rents have risen sharply over the past 18 months.", 18, "month", 18 * 2_629_800),
        ("Ministers backed a 10-year strategy for the coast.", 10, "year", 10 * 31_557_600),
        ("Crews took three hours to reopen the motorway.", 3, "hour", 3 * 3600),
        ("The hostages were held for 11 days in a forest camp.", 11, "day", 11 * 86_400),
        ("She finished the stage in 4min ahead of the pack.", 4, "minute", 240),
    ],
)
def test_durations(facts_of: FactsOf, body: str, value: float, unit: str, seconds: float) -> None:
    fact = one(facts_of, body, FactKind.DURATION)
    assert (fact.value, fact.unit, fact.dimension) == (value, unit, "time")
    assert fact.canonical_value == pytest.approx(seconds)
    assert fact.canonical_unit == "second"


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("An 84-year-old man was pulled from the river.", 84, "year"),
        ("The minister, aged 61, resigned on Friday.", 61, "year"),
        ("The shop owner, 47, was unhurt.", 47, "year"),
        ("A 1,500-year-old mosaic was found under the car park.", 1500, "year"),
        ("Doctors treated a nine-month-old baby for burns.", 9, "month"),
        ("The singer is 42 years old and lives abroad.", 42, "year"),
        ("The driver, Maria Lopez, 23, of Springfield was unhurt.", 23, "year"),
        ("Former mayor dies at 79 after long illness", 79, "year"),
        ("The poet died in her sleep on Sunday. She was 91.", 91, "year"),
        ("The landlord, who is 58, says the pub will stay open.", 58, "year"),
    ],
)
def test_ages(facts_of: FactsOf, body: str, value: float, unit: str) -> None:
    fact = one(facts_of, body, FactKind.AGE)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize(
    "body", ["She was 1,200 votes short of a seat.", "He was 5.5 miles from home.", "The ferry was 40."]
)
def test_a_number_after_was_is_an_age_only_for_a_person_and_alone(facts_of: FactsOf, body: str) -> None:
    assert FactKind.AGE not in [f.kind for f in facts_of(body)]


@pytest.mark.parametrize(
    ("body", "value", "unit", "dimension", "canonical"),
    [
        ("The tablet has a 10.9 inches display.", 10.9, "inch", "length", 0.27686),
        ("The ferry carried 40 tonnes of aid.", 40, "tonne", "mass", 40_000),
        ("Police found 12kg of heroin in the boot.", 12, "kilogram", "mass", 12),
        ("The motorway will run for 210km through the hills.", 210, "kilometre", "length", 210_000),
        ("The new turbine produces 15MW at full speed.", 15, "megawatt", "power", 15e6),
        ("The chip runs at 3.2GHz.", 3.2, "gigahertz", "frequency", 3.2e9),
        ("The depot covers 4,500sq m near the docks.", 4500, "square metre", "area", 4500),
        ("The climbers fell 300 feet from the ridge.", 300, "foot", "length", 91.44),
        ("The pickup makes 400 pound-feet of torque.", 400, "pound-foot", "torque", 542.327),
        ("A three-mile queue formed at the border.", 3, "mile", "length", 4828.032),
    ],
)
def test_measures_with_units(
    facts_of: FactsOf, body: str, value: float, unit: str, dimension: str, canonical: float
) -> None:
    fact = one(facts_of, body, FactKind.MEASURE)
    assert (fact.value, fact.unit, fact.dimension) == (value, unit, dimension)
    assert fact.canonical_value == pytest.approx(canonical, rel=1e-4)


def test_temperatures_convert_to_celsius_and_keep_their_sign(facts_of: FactsOf) -> None:
    hot = one(facts_of, "Temperatures hit 113 degrees Fahrenheit in the desert town.", FactKind.MEASURE)
    assert (hot.value, hot.unit, hot.canonical_unit) == (113, "degree Fahrenheit", "degree Celsius")
    assert hot.canonical_value == pytest.approx(45)
    cold = one(facts_of, "Overnight the air cooled to minus 12 Celsius.", FactKind.MEASURE)
    assert (cold.value, cold.canonical_value) == (-12, -12)
    glued = facts_of("Frost brought -4C to the valleys and 31F on the hills.")
    assert [(f.value, f.unit) for f in glued] == [(-4, "degree Celsius"), (31, "degree Fahrenheit")]
    assert glued[1].canonical_value == pytest.approx(-0.5556, abs=1e-3)


def test_feet_and_inches_glued_to_the_number(facts_of: FactsOf) -> None:
    assert [(f.value, f.unit) for f in facts_of("The centre stands 6ft 11in tall.")] == [
        (6, "foot"),
        (11, "inch"),
    ]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The app has 12m users in Europe.", 12e6),
        ("Investors poured 2.5bn euros into the project.", 2.5e9),
        ("The video drew 80k views overnight.", 80e3),
        ("The tender is worth 4.2 billion dollars.", 4.2e9),
    ],
)
def test_scale_suffixes_scale_the_value(facts_of: FactsOf, body: str, value: float) -> None:
    assert value in [f.value for f in facts_of(body)]


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("Tokyo set aside Y=3.4 trillion for the recovery.", 3.4e12, "JPY"),
        ("The striker moved in a PS40m deal.", 40e6, "GBP"),
        ("The miner earned A$2.1 billion last year.", 2.1e9, "AUD"),
        ("The port will cost S$900 million.", 900e6, "SGD"),
        ("Shares were sold for HK$12.5 each.", 12.5, "HKD"),
        ("Ottawa pledged C$75 million to the fund.", 75e6, "CAD"),
        ("The start-up raised US$8.5m in its first round.", 8.5e6, "USD"),
        ("The firm was fined RM1.2mil by the regulator.", 1.2e6, "MYR"),
        ("Each family will get 200,000 rupees in compensation.", 200_000, "INR"),
        ("The penalty came to EUR 3.1 million.", 3.1e6, "EUR"),
        ("The bonds were priced at GBP 98.5.", 98.5, "GBP"),
        ("Revenue rose to 45 MEUR in the quarter.", 45e6, "EUR"),
    ],
)
def test_currencies_get_their_iso_code(facts_of: FactsOf, body: str, value: float, currency: str) -> None:
    fact = one(facts_of, body, FactKind.MONEY)
    assert fact.value == pytest.approx(value)
    assert fact.currency == currency


def test_whole_sums_and_their_cents_are_one_amount(facts_of: FactsOf) -> None:
    fact = one(facts_of, "The ticket cost twelve dollars and fifty cents.", FactKind.MONEY)
    assert fact.value == pytest.approx(12.5)


def test_signed_values_stay_negative(facts_of: FactsOf) -> None:
    fact = one(facts_of, "The carmaker's shares ended -2.4% on the day.", FactKind.PERCENT)
    assert fact.value == -2.4
    assert [f.value for f in facts_of("The running back was stopped for minus 3 yards.")] == [-3]


def test_the_size_of_a_change_goes_with_change(facts_of: FactsOf) -> None:
    facts = facts_of("The index fell 1.2 per cent to 8,450.3 points.")
    assert [(f.value, f.change) for f in facts] == [(1.2, "decrease"), (8450.3, None)]
    lost = one(facts_of, "The Nasdaq lost 210.5 points on Tuesday.", FactKind.MEASURE)
    assert (lost.value, lost.unit, lost.change) == (210.5, "point", "decrease")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Shares in the brewer slid 2.7 per cent to 388 pence in early trading.",
            [(2.7, "exact", "decrease", None), (388, "exact", None, "GBP")],
        ),
        (
            "Heating oil futures rose 1.4 cents to 71.25 cents a gallon.",
            [(1.4, "exact", "increase", "USD"), (71.25, "exact", None, "USD")],
        ),
        (
            "Unemployment in the county fell by 0.8 percent to 9.6 percent.",
            [(0.8, "exact", "decrease", None), (9.6, "exact", None, None)],
        ),
        ("Tickets will cost between $15 and $20 each.", [(15, "range", None, "USD")]),
        ("Turnout is put at 60 to 65 per cent in the north.", [(60, "range", None, None)]),
    ],
)
def test_a_change_and_the_level_it_reached_are_two_amounts_not_a_range(
    facts_of: FactsOf, body: str, expected: list[tuple[float, str, str | None, str | None]]
) -> None:
    """Around "to", two amounts each with a unit word, or a change and its level, are no range."""
    found = [(round(f.value, 6), str(f.qualifier), f.change, f.currency) for f in facts_of(body)]
    assert found == expected


def test_minor_units_alone_are_money_in_that_unit(facts_of: FactsOf) -> None:
    fact = one(facts_of, "A loaf now costs 95 pence at most supermarkets.", FactKind.MONEY)
    assert (fact.value, fact.unit, fact.currency) == (95, "pence", "GBP")


@pytest.mark.parametrize(
    "body",
    [
        "The blue-chip index closed 38.2 points higher at 6,904.1 on Friday.",
        "The benchmark ended the session at 21,480.75 after a late rally.",
    ],
)
def test_an_untagged_market_level_after_a_closing_verb_is_kept(facts_of: FactsOf, body: str) -> None:
    level = max(f.value for f in facts_of(body))
    assert level > 6000


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("A third of the city's buses are off the road.", 1 / 3),
        ("Two-thirds of the staff joined the strike.", 2 / 3),
        ("Half of the 400 beds were empty.", 0.5),
        ("Seven miners were rescued after nine days underground.", 7),
        ("Two dozen villages lost power.", 24),
        ("The river rose 3 1/2 feet overnight.", 3.5),
    ],
)
def test_number_words_and_fractions(facts_of: FactsOf, body: str, value: float) -> None:
    assert pytest.approx(value) in [f.value for f in facts_of(body)]


def test_scientific_notation(facts_of: FactsOf) -> None:
    assert pytest.approx(6.7e-11) in [f.value for f in facts_of("The constant is 6.7×10−11 in SI units.")]


def test_a_model_number_after_a_count_stays_out(facts_of: FactsOf) -> None:
    """ "12 more 787 Dreamliner jets": 12 is the count, 787 is part of the aircraft's name."""
    assert [f.value for f in facts_of("The carrier took delivery of 12 more 787 Dreamliner jets.")] == [12]


@pytest.mark.parametrize(
    ("body", "types"),
    [
        pytest.param(
            "Storms drove more than 50,000 people from their homes and killed at least 9.",
            ["DISPLACE", "KILL"],
            id="coordinated-verbs",
        ),
        pytest.param("At least 17 miners were killed and 30 were injured.", ["KILL", "WOUND"], id="passive"),
        pytest.param("The quake left 80,000 homes without power.", ["AFFECT"], id="left-object"),
        pytest.param("Militants attacked the checkpoint, leaving 6 soldiers dead.", ["KILL"], id="leaving"),
        pytest.param(
            "Police arrested 30 fans and detained 4 stewards.", ["ARREST", "ARREST"], id="two-objects"
        ),
    ],
)
def test_count_type_follows_the_governing_verb(facts_of: FactsOf, body: str, types: list[str]) -> None:
    assert [f.count_type for f in facts_of(body) if f.kind is FactKind.COUNT] == types
