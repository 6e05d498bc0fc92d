"""The shipped gazetteer: loads fast, maps names to ISO codes, covers the big cities."""

import time

import pytest

from service.enrich.regions.gazetteer import City, Gazetteer, fold


def test_loads_well_under_a_second() -> None:
    """CPU time, so that other processes on a shared machine do not make it flaky."""
    started = time.process_time()
    Gazetteer.load()
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("U.S.", "us"),
        ("Nangarhār", "nangarhar"),
        ("Jalal-Abad", "jalal abad"),
        ("  São  Paulo ", "sao paulo"),
    ],
)
def test_fold_makes_lookup_keys(text: str, key: str) -> None:
    assert fold(text) == key


@pytest.mark.parametrize(
    ("name", "code"),
    [("US", "US"), ("U.S.", "US"), ("UK", "GB"), ("DRC", "CD"), ("Ivory Coast", "CI"), ("Burma", "MM")],
)
def test_common_country_names_and_abbreviations(gazetteer: Gazetteer, name: str, code: str) -> None:
    assert code in {c.country for c in gazetteer.lookup(name) if c.kind == "country"}


def test_subdivisions_by_ascii_and_diacritic_names(gazetteer: Gazetteer) -> None:
    for name in ("Nangarhar", "Nangarhār", "NANGARHAR"):
        assert {c.subdivision for c in gazetteer.lookup(name) if c.kind == "subdivision"} == {"AF-NAN"}


def test_cities_carry_their_subdivision(gazetteer: Gazetteer) -> None:
    jalalabad = [c.entry for c in gazetteer.lookup("Jalalabad") if isinstance(c.entry, City)]
    biggest = max(jalalabad, key=lambda city: city.population)
    assert (biggest.country, biggest.subdivision) == ("AF", "AF-NAN")
    assert biggest.geonameid == 1139715


def test_state_abbreviations_are_weak(gazetteer: Gazetteer) -> None:
    florida = gazetteer.lookup("Fla.")
    assert [c.subdivision for c in florida] == ["US-FL"]
    assert all(c.weak for c in florida)


def test_demonyms_count_for_their_country_but_stateless_groups_do_not(gazetteer: Gazetteer) -> None:
    assert [(c.kind, c.country) for c in gazetteer.lookup("Afghan")] == [("demonym", "AF")]
    assert [(c.kind, c.country) for c in gazetteer.lookup("Syrian")] == [("demonym", "SY")]
    assert gazetteer.lookup("Kurdish") == ()


def test_continents_and_common_words_are_not_places(gazetteer: Gazetteer) -> None:
    for word in ("Asia", "Africa", "Middle East", "more", "than", "Central"):
        assert gazetteer.lookup(word) == (), word


def test_most_big_cities_have_a_subdivision_code(gazetteer: Gazetteer) -> None:
    big = [row.split("\t") for row in gazetteer.cities if int(row.split("\t")[4]) >= 100_000]
    assert len(big) > 4000
    share = sum(1 for row in big if row[3]) / len(big)
    assert share >= 0.95, f"only {share:.1%} of cities over 100k map to ISO 3166-2"


def test_first_words_hold_the_first_word_of_every_name() -> None:
    """The scan skips a capitalised word that begins no name; multi-word names must still start."""
    gazetteer = Gazetteer.load()
    assert {"new", "sao", "ras", "united"} <= gazetteer.first_words
    assert all(key.split(" ", 1)[0] in gazetteer.first_words for key in ("new york", "sao paulo"))
    assert "yesterday" not in gazetteer.first_words
