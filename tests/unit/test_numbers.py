"""Numeral parsing: digits, written numbers, scales and vague plurals."""

import pytest

from service.enrich.facts.numbers import is_number_word, is_vague_plural, parse_number, proportion


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("300", 300),
        ("1,025", 1025),
        ("0.4", 0.4),
        ("two", 2),
        ("twenty-one", 21),
        ("three hundred and forty two", 342),
        ("two thousand five hundred", 2500),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1.2 million", 1_200_000),
        ("3bn", 3e9),
        ("2.5 trillion", 2.5e12),
        ("half a million", 500_000),
        ("a million", 1e6),
    ],
)
def test_exact_numerals(text: str, value: float) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert not parsed.vague


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hundreds", 200),
        ("dozens", 24),
        ("thousands", 2000),
        ("tens of thousands", 20_000),
        ("hundreds of thousands", 200_000),
        ("millions", 2e6),
        ("several hundred", 300),
        ("a few thousand", 2000),
    ],
)
def test_vague_plurals_give_a_lower_bound(text: str, value: float) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert parsed.vague


def test_one_letter_scales_only_in_money() -> None:
    money = parse_number("5m", money=True)
    assert money is not None
    assert money.value == 5e6
    assert parse_number("5m") is None  # five metres, not five million


@pytest.mark.parametrize("text", ["people", "", "G", "21-11", "9/11", "24/7", "5/3"])
def test_non_counts_are_not_parsed(text: str) -> None:
    """Tallies, dates and rates written with a slash or dash are not one number."""
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two-thirds", 2 / 3),
        ("a third", 1 / 3),
        ("three quarters", 0.75),
        ("three quarters million", 7.5e5),
        ("half", 0.5),
        ("1/4", 0.25),
        ("10 1/2", 10.5),
        ("7 3/4", 7.75),
        ("1-1/2", 1.5),
        ("6.12-3/4", 6.1275),
        ("107-2/32", 107.0625),
        ("½", 0.5),
        ("2½", 2.5),
        ("6.02×10^23", 6.02e23),
        ("2.5×10−6", 2.5e-6),
        ("3.1e9", 3.1e9),
        ("-1.3", -1.3),
        ("minus 40", -40),
        ("−2.5", -2.5),
        ("35 lakh", 3.5e6),
        ("2 crore", 2e7),
        ("2.4 lakh crore", 2.4e12),
        ("5 thousand crore", 5e10),
        ("3.06mil", 3.06e6),
    ],
)
def test_fractions_scientific_notation_signs_and_south_asian_scales(text: str, value: float) -> None:
    parsed = parse_number(text, money=True)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)


def test_hundreds_of_people_stops_at_the_noun() -> None:
    parsed = parse_number("hundreds of people")
    assert parsed is not None
    assert parsed.value == 200


def test_word_classes() -> None:
    assert is_number_word("dozen")
    assert is_number_word("1,000")
    assert not is_number_word("people")
    assert is_vague_plural("Hundreds")
    assert not is_vague_plural("hundred")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one in five", 0.2),
        ("One in three", 1 / 3),
        ("1 in 10", 0.1),
        ("two in every three", 2 / 3),
        ("one in a hundred", 0.01),
        ("3 in 1,000", 0.003),
        ("one out of every four", 0.25),
        ("one in one", None),
        ("five in two", None),
        ("two in the", None),
        ("hundreds in thousands", None),
        ("300", None),
    ],
)
def test_proportions(text: str, value: float | None) -> None:
    assert proportion(text) == (pytest.approx(value) if value is not None else None)
