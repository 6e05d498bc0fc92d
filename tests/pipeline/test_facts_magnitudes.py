"""Measures that came out as counts: a quake's magnitude, two-letter units, farm and science units.

Disaster copy gives a quake's size in several shapes ("magnitude 6.1", "a 6.1-magnitude quake",
"5.9 on the Richter scale", "the 6.1 quake"); before this rule most of them came out as a count
of 6.1 earthquakes. The sentences are invented for these tests and run the real model.
"""

import pytest

from pipeline.conftest import FactsOf, only
from service.schema.events import FactKind


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("A magnitude 6.1 earthquake struck off the northern coast early on Tuesday.", 6.1),
        ("A 5.8-magnitude quake shook the valley just before dawn, officials said.", 5.8),
        ("The earthquake had a preliminary magnitude of 6.4, the geological survey said.", 6.4),
        ("The tremor measured 4.9 on the Richter scale and caused no damage.", 4.9),
        ("The 7.3 quake was felt hundreds of kilometres away in the capital.", 7.3),
        ("A magnitude 7 earthquake hit the island at dawn.", 7),
    ],
)
def test_a_quakes_size_is_a_magnitude(facts_of: FactsOf, body: str, value: float) -> None:
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.unit, fact.dimension) == (FactKind.MEASURE, "magnitude", None)
    assert fact.count_type is None


def test_whole_numbers_of_quakes_stay_counts(facts_of: FactsOf) -> None:
    facts = facts_of("Two strong quakes hit the region on Sunday and 14 aftershocks followed overnight.")
    assert {(f.value, f.kind) for f in facts} == {(2, FactKind.COUNT), (14, FactKind.COUNT)}


def test_the_toll_beside_a_magnitude_keeps_its_count_type(facts_of: FactsOf) -> None:
    facts = facts_of("A magnitude 6.6 earthquake killed at least 31 people in the mountain district.")
    toll = only(facts, 31)
    assert (toll.kind, toll.count_type) == (FactKind.COUNT, "KILL")
    assert only(facts, 6.6).unit == "magnitude"


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("The 3.4 km tunnel will link the two stations by 2031.", 3.4, "kilometre"),
        ("The probe is now about 310 million km from the Sun.", 310_000_000, "kilometre"),
        ("The new turbines add 48 MW to the grid.", 48, "megawatt"),
        ("Growers expect 187 bushels an acre this season.", 187, "bushel"),
        ("Glaciers lost an estimated 270 gigatonnes of ice last year.", 270, "gigatonne"),
        ("The telescope resolves details of 0.05 arcseconds.", 0.05, "arcsecond"),
    ],
)
def test_a_spelled_unit_makes_a_measure(facts_of: FactsOf, body: str, value: float, unit: str) -> None:
    """Two-letter units no word shares ("km", "MW") whatever the model's label, and units of farm,
    climate and astronomy copy: before, these were counts of "km" or of nothing."""
    fact = only(facts_of(body), value)
    assert (fact.kind, fact.unit) == (FactKind.MEASURE, unit)
    assert fact.dimension is not None


def test_concentrations_are_measures_without_a_dimension(facts_of: FactsOf) -> None:
    fact = only(facts_of("Carbon dioxide in the air averaged 424.6 parts per million in May."), 424.6)
    assert (fact.kind, fact.unit, fact.dimension) == (FactKind.MEASURE, "part per million", None)


@pytest.mark.parametrize(
    "body",
    [
        "He scored 2 in the second half.",  # "in" is a word, not an inch
        "United won 3 in a row before the break.",
    ],
)
def test_two_letter_words_are_not_units(facts_of: FactsOf, body: str) -> None:
    assert all(f.kind is not FactKind.MEASURE for f in facts_of(body))


def test_scaled_values_carry_no_float_noise(facts_of: FactsOf) -> None:
    """4.1 times a million is 4099999.9999999995 in binary floating point; the event says 4100000."""
    facts = facts_of("The fund raised 4.1 million euros, and 2.2 million people signed up.")
    assert {f.value for f in facts} == {4_100_000.0, 2_200_000.0}
