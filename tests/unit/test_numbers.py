"""Numeral parsing: digits, written numbers, scales and vague plurals."""

import pytest

from service.enrich.facts.numbers import is_number_word, is_vague_plural, parse_number


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


@pytest.mark.parametrize("text", ["two-thirds", "people", "", "G", "21-11", "1/4"])
def test_non_counts_are_not_parsed(text: str) -> None:
    assert parse_number(text) is None


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
