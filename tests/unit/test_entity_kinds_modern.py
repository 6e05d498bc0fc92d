"""Entity rules for modern news copy, on invented sentences (no model: candidates are made by hand).

Agencies behind a country's name and their acronyms, foreign-language acronyms, names the model
reads as people that their context makes organisations or products, sports prose, hospitals,
possessive names and the generic word that stands for an organisation named before.
"""

import pytest

from service.enrich.entities.acronyms import defined_after
from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.article_names import ArticleNames
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import clubs, slots
from service.enrich.entities.grouping import group
from service.enrich.entities.lists import split_coordinated
from service.enrich.entities.types import retype
from service.enrich.entities.words import EntityWords
from service.enrich.regions.gazetteer import Gazetteer

Tables = tuple[EntityWords, AliasTable, Gazetteer]


@pytest.fixture(scope="module")
def tables(words: EntityWords, aliases: AliasTable, gazetteer: Gazetteer) -> Tables:
    return words, aliases, gazetteer


def _at(text: str, form: str, label: str, nth: int = 0) -> MentionCandidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    return MentionCandidate(start, start + len(form), label, "ner")


def _grouped(text: str, found: list[MentionCandidate], tables: Tables) -> list[list[str]]:
    words, aliases, gazetteer = tables
    groups = group(ArticleNames(text, words), found, aliases, words, gazetteer)
    return [[text[c.start : c.end] for c in g.members] for g in groups]


# --- acronyms ------------------------------------------------------------------------------------


def test_an_acronym_leaves_out_the_country_in_front_of_an_agency(tables: Tables) -> None:
    text = "The U.S. Maritime Safety Board opened an inquiry. An MSB spokesperson declined to comment."
    found = [_at(text, "U.S. Maritime Safety Board", "ORG"), _at(text, "MSB", "ORG")]
    assert _grouped(text, found, tables) == [["U.S. Maritime Safety Board", "MSB"]]
    text = "The U.S. Maritime Safety Board and the Mining Safety Bureau met. MSB staff left."
    found = [_at(text, "U.S. Maritime Safety Board", "ORG"), _at(text, "Mining Safety Bureau", "ORG")]
    found.append(_at(text, "MSB", "ORG"))
    assert len(_grouped(text, found, tables)) == 3  # two names spell it: it joins neither


def test_a_defined_acronym_may_give_the_initials_in_another_word_order() -> None:
    text = "the Jalisco Harvest Cartel (CJH) and the Eastern Ports Authority (XYZ)"
    cartel_end = text.index(" (CJH)")
    assert defined_after(text, cartel_end, "Jalisco Harvest Cartel") == (cartel_end + 2, cartel_end + 5)
    ports_end = text.index(" (XYZ)")
    assert defined_after(text, ports_end, "Eastern Ports Authority") is None


# --- organisations and products the model reads as people -----------------------------------------


def _typed(text: str, form: str, label: str, words: EntityWords) -> str | None:
    start = text.index(form)
    typed = retype(text, start, start + len(form), label, words)
    return typed[0] if typed else None


@pytest.mark.parametrize(
    ("text", "form", "label", "expected"),
    [
        ("The Danish shipping group Norvane said it would reroute.", "Norvane", "PERSON", "ORG"),
        ("He told the daily Kurier Nord on Sunday.", "Kurier Nord", "PERSON", "ORG"),
        ("Regulators approved the cholesterol pill Lipratex on Friday.", "Lipratex", "PERSON", "PRODUCT"),
        ("The ruling Solidarna party lost seats.", "Solidarna", "LOC", "ORG"),
        ("Kestrix founder Dana Moss said so.", "Kestrix", "PERSON", "ORG"),
        ("Vantrell shares fell 4% in early trading.", "Vantrell", "GPE", "ORG"),
        ("Shares of Vantrell rose 3%.", "Vantrell", "PERSON", "ORG"),
        ("Its coalition partner Sanwa left.", "Sanwa", "PERSON", "ORG"),
        ("Rival Novara, maker of the pill, fell.", "Novara", "PERSON", "ORG"),
        ("Novara, the Danish maker of Corvexa, fell.", "Corvexa", "ORG", "PRODUCT"),
        ("Missiles hit the port of Hodeidah.", "Hodeidah", "NORP", "GPE"),
        ("He was taken to Mercy Hospital Springfield.", "Mercy Hospital Springfield", "GPE", "ORG"),
        ("The Harriers, who led by 20, won.", "Harriers", "PERSON", "ORG"),
        ("It came as the Harriers rallied late.", "Harriers", "PERSON", "ORG"),
        ("The Harriers will face Upton next.", "Harriers", "PERSON", "ORG"),
        # a person's name modifies a noun after "the"; people have rivals; a city's market; a country
        ("Police reopened the Adeyemi case.", "Adeyemi", "PERSON", "PERSON"),
        ("She beat her rival Dana Moss.", "Dana Moss", "PERSON", "PERSON"),
        ("He thanked his partner Dana Moss.", "Dana Moss", "PERSON", "PERSON"),
        ("Westside News publisher Dana Moss agreed.", "Dana Moss", "PERSON", "PERSON"),
        ("Tokyo shares fell 2%.", "Tokyo", "GPE", "GPE"),
        ("Fiji beat the visiting side Kenya 21-19.", "Kenya", "GPE", "GPE"),  # a national team
    ],
)
def test_the_words_around_a_name_make_it_an_organisation_or_a_product(
    text: str, form: str, label: str, expected: str, words: EntityWords
) -> None:
    assert _typed(text, form, label, words) == expected


def test_a_hospital_is_an_organisation_and_a_generic_word_alone_is_no_name(words: EntityWords) -> None:
    assert _typed(
        "Two were taken to Westfield Memorial Hospital.", "Westfield Memorial Hospital", "FAC", words
    ) == ("ORG")
    assert _typed("Department officials said so.", "Department", "ORG", words) is None
    assert _typed("A spokesman for the Commission said so.", "Commission", "ORG", words) == "ORG"
    assert _typed("Yesterday Parliament voted.", "Parliament", "ORG", words) == "ORG"  # one body, alone


def test_a_name_with_and_is_not_split_at_its_own_first_word() -> None:
    text = "She died at Women and Children's Hospital. Children's Hospital said so."
    chosen = [_at(text, "Women and Children's Hospital", "ORG"), _at(text, "Children's Hospital", "ORG", 1)]
    assert [text[c.start : c.end] for c in split_coordinated(text, chosen)] == [
        "Women and Children's Hospital",
        "Children's Hospital",
    ]


def test_a_city_written_without_its_accents_is_a_known_place(words: EntityWords) -> None:
    assert _typed("Troops went to Ciudad Juarez on Monday.", "Ciudad Juarez", "PERSON", words) == "GPE"
    assert _typed("Aid reached camps near Cox's Bazar.", "Cox's Bazar", "ORG", words) == "GPE"
    assert "Bush" not in words.place_types  # a one-word small town's name without accents is left out


def test_a_firm_s_first_word_read_as_a_person_joins_the_firm_unless_a_person_has_it(tables: Tables) -> None:
    text = "Novara Pharma fell 3%. Novara said its pill would ship in June."
    found = [_at(text, "Novara Pharma", "ORG"), _at(text, "Novara", "PERSON", 1)]
    assert _grouped(text, found, tables) == [["Novara Pharma", "Novara"]]
    text = "Novara Pharma hired Novara Diallo. Novara said so."
    found = [_at(text, "Novara Pharma", "ORG"), _at(text, "Novara Diallo", "PERSON")]
    found.append(_at(text, "Novara", "PERSON", 2))
    assert _grouped(text, found, tables) == [["Novara Pharma"], ["Novara Diallo", "Novara"]]  # her name


def test_a_generic_word_after_the_joins_the_one_organisation_it_ends(tables: Tables) -> None:
    text = "The Northern Grain Commission fined Acme. The Commission said Acme would appeal."
    found = [_at(text, "Northern Grain Commission", "ORG"), _at(text, "Acme", "ORG")]
    found += [_at(text, "Commission", "ORG", 1), _at(text, "Acme", "ORG", 1)]
    assert _grouped(text, found, tables) == [["Northern Grain Commission", "Commission"], ["Acme", "Acme"]]
    text = "The Grain Commission and the Water Commission met. The Commission said no."
    found = [_at(text, "Grain Commission", "ORG"), _at(text, "Water Commission", "ORG")]
    found.append(_at(text, "Commission", "ORG", 2))
    assert len(_grouped(text, found, tables)) == 3  # two it could be: it joins neither


# --- sports prose ------------------------------------------------------------------------------


def test_prose_with_a_score_and_a_numbered_game_names_no_person(words: EntityWords) -> None:
    text = "Northfield beat the Eastwick Hawks 98-91 in Game 7 on Sunday, as the playoff series ended."
    chosen = [
        _at(text, "Northfield", "ORG"),
        _at(text, "Eastwick Hawks", "ORG"),
        _at(text, "Game 7", "EVENT"),
    ]
    found = {(text[c.start : c.end], c.label) for c in clubs(text, text, 0, chosen, words)}
    assert ("Eastwick Hawks", "PERSON") not in found  # "the" before it is no dismissal word
    assert ("Game 7", "EVENT") in found  # the game's number is no score
    table = "Kemp c Marsh b Pryor 12, Oduya 8-0-39-3\n"
    assert {table[s.start : s.end]: s.person for s in slots(table)}["Pryor"] is True


def test_a_club_s_short_name_the_model_missed_is_found_where_it_stands_alone(words: EntityWords) -> None:
    text = (
        "Leicester City beat Real Oviedo 2-1 in the league match on Sunday, and the coach praised the "
        "striker. City had trailed at halftime. Real host Norwich City next, at City Park."
    )
    chosen = [
        _at(text, "Leicester City", "ORG"),
        _at(text, "Real Oviedo", "ORG"),
        _at(text, "Norwich City", "ORG"),
    ]
    found = [
        (text[c.start : c.end], c.start) for c in clubs(text, text, 0, chosen, words) if c.source == "club"
    ]
    assert found == [("City", text.index("City had")), ("Real", text.index("Real host"))]


def test_a_venue_after_at_the_stays_the_place_in_a_sports_story(words: EntityWords) -> None:
    text = "The striker scored twice in the league match at the Northfield Arena, and the coach was pleased."
    chosen = [_at(text, "Northfield Arena", "FAC")]
    assert [c.label for c in clubs(text, text, 0, chosen, words)] == ["FAC"]
