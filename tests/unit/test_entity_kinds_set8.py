"""Entity rules for kinds unseen set 7 showed (no model: pure functions on invented text)."""

import pytest

from service.enrich.entities.acronyms import syllabic
from service.enrich.entities.aliases import AliasTable, surface_key
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.edges import edges
from service.enrich.entities.grouping import _initials_with_of
from service.enrich.entities.joined_names import joined_names
from service.enrich.entities.long_names import long_names
from service.enrich.entities.odd_names import odd_names
from service.enrich.entities.short_forms import organisation_parts
from service.enrich.entities.tails import tails
from service.enrich.entities.types import retype
from service.enrich.entities.words import EntityWords


def _cut(text: str, cut: str) -> list[MentionCandidate]:
    start = text.index(cut)
    return [MentionCandidate(start, start + len(cut), "ORG", "ner")]


@pytest.mark.parametrize(
    "text",
    [
        "Charges were filed by the U.S. Attorney's Office for the Northern District of Ohio on Friday.",
        "The U.S. Court of Appeals for the Sixth Circuit heard the case.",
        "A ruling of the U.S. District Court for the District of Columbia was appealed.",
    ],
)
def test_a_us_prosecutors_office_or_court_goes_on_to_its_district_or_circuit(
    text: str, aliases: AliasTable, words: EntityWords
) -> None:
    whole = text[text.index("U.S.") :].split(" on ")[0].split(" heard")[0].split(" was")[0]
    assert [text[c.start : c.end] for c in joined_names(text, [], aliases, words)] == [whole]


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        (
            "Witnesses told the Energy and Natural Resources Committee on Monday.",
            "Natural Resources Committee",
            "Energy and Natural Resources Committee",
        ),
        (
            "She chairs the Senate Banking, Housing and Urban Affairs Committee.",
            "Urban Affairs Committee",
            "Senate Banking, Housing and Urban Affairs Committee",
        ),
        (
            "Tickets are sold by the Scotland and Ireland Hockey Board.",
            "Ireland Hockey Board",
            "Scotland and Ireland Hockey Board",
        ),
    ],
)
def test_a_bodys_name_takes_in_the_fields_joined_before_it(
    text: str, cut: str, whole: str, aliases: AliasTable, words: EntityWords
) -> None:
    assert [text[c.start : c.end] for c in joined_names(text, _cut(text, cut), aliases, words)] == [whole]


def test_a_list_of_named_bodies_is_no_joined_name(aliases: AliasTable, words: EntityWords) -> None:
    text = "The IMF, Mercer Bank and Financial Stability Board said so."
    assert joined_names(text, _cut(text, "Financial Stability Board"), aliases, words) == []


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        ("The Social Credit Party of Canada won.", "Social Credit Party", "Social Credit Party of Canada"),
        ("The Progress Party for the Islands won.", "Progress Party", "Progress Party for the Islands"),
    ],
)
def test_a_party_goes_on_past_of_and_a_country_or_for_the(
    text: str, cut: str, whole: str, aliases: AliasTable, words: EntityWords
) -> None:
    assert [text[c.start : c.end] for c in long_names(text, _cut(text, cut), aliases, words)] == [whole]


def test_a_plus_sign_after_a_word_makes_another_name() -> None:
    assert surface_key("Allied+") == "allied+"
    assert surface_key("Allied+,") == "allied+"
    assert surface_key("Allied") == "allied"
    assert surface_key("(Allied)") == "allied"


@pytest.mark.parametrize(
    ("text", "cut", "kept"),
    [
        ("Regulators fine Halvard Foods 320 mln euros", "Halvard Foods 320", "Halvard Foods"),
        ("The Borden 200 fell 1.2% on Monday", "Borden 200", "Borden 200"),
    ],
)
def test_a_sums_number_after_a_name_is_no_part_of_it(text: str, cut: str, kept: str) -> None:
    start = text.index(cut)
    first, last = edges(text, start, start + len(cut), "ORG")
    assert text[first:last] == kept


def test_a_plus_sign_after_an_organisation_belongs_to_it(words: EntityWords) -> None:
    text = "Talks of Allied+ ended."
    found = tails(text, _cut(text, "Allied"), words)
    assert [text[c.start : c.end] for c in found] == ["Allied+"]


def test_names_shaped_like_no_word_are_firms() -> None:
    text = (
        "Backup firm 4Sight and 12andUp rose, and 9-Twelve fell; shopwell.com said so. Write to "
        "desk@shopwell.com or www.fetchly.io, or see https://fetchly.io/news. A 10Gbps link, COVID-19, "
        "5G, 3D and e-Commerce are no firms."
    )
    assert [text[c.start : c.end] for c in odd_names(text)] == [
        "4Sight",
        "12andUp",
        "9-Twelve",
        "shopwell.com",
    ]


def test_a_home_nation_the_model_took_for_a_player_is_a_place(words: EntityWords) -> None:
    text = "Italy routed Wales 38-3."
    start = text.index("Wales")
    assert retype(text, start, start + len("Wales"), "PERSON", words) == ("GPE", True)


def test_a_military_unit_keeps_its_ordinal(aliases: AliasTable, words: EntityWords) -> None:
    text = "Troops of the 4th Brigade Combat Team and the 6th Fleet moved; the 3rd Street Bridge closed."
    found = [text[c.start : c.end] for c in joined_names(text, [], aliases, words)]
    assert found == ["4th Brigade Combat Team", "6th Fleet"]


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("SOUTHCOM", "U.S. Southern Command", True),
        ("Comintern", "Communist International", True),
        ("NORTHCOM", "Northern Fleet", False),
        ("FEMA", "Federal Emergency Management Agency", False),
    ],
)
def test_an_acronym_of_first_syllables_spells_the_name(acronym: str, name: str, expected: bool) -> None:
    assert syllabic(acronym, name) is expected


def test_an_acronym_keeps_of_as_a_capital_letter() -> None:
    assert _initials_with_of("Bank of Norland") == "BON"


def test_a_committees_first_words_name_its_chamber_not_the_committee(words: EntityWords) -> None:
    heads, tails = organisation_parts("Senate Fisheries Committee", words)
    assert heads == []
    assert "Fisheries Committee" in tails
