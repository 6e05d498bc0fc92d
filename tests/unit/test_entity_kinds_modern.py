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
from service.enrich.entities.grouping import group
from service.enrich.entities.words import EntityWords
from service.enrich.regions.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def words() -> EntityWords:
    return EntityWords.load()


@pytest.fixture(scope="module")
def aliases() -> AliasTable:
    return AliasTable.load()


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
