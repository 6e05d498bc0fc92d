"""Each word list more than one capability uses lives once (words.tsv, demonyms.tsv) and is read once.

Every test loads the capabilities' tables from one :class:`SharedWords` and checks that they see
that object's list (a stand-in list proves no capability reads a copy of its own).
"""

import dataclasses
from typing import Any

from service.enrich.datafiles import data_rows, word_lists
from service.enrich.entities.types import retype
from service.enrich.entities.words import EntityWords
from service.enrich.facts.tables import FactTables
from service.enrich.regions.gazetteer import (
    AREA_NOUNS,
    CONTEXT_FILE,
    NOT_LOOKED_UP_WITHOUT,
    PLACE_OF,
    ContextWords,
    Gazetteer,
)
from service.enrich.regions.toponyms import variants
from service.enrich.shared_words import SharedWords


def _with(**lists: Any) -> SharedWords:
    """The shipped shared lists with some replaced by invented ones."""
    return dataclasses.replace(SharedWords.load(), **lists)


def test_months_come_from_the_one_shared_list() -> None:
    invented = _with(months=frozenset({"Brumaire"}))
    words, facts = EntityWords.load(invented), FactTables.load(invented)
    assert "Brumaire" in words.stop and "November" not in words.stop
    assert "brumaire" in facts.months and "november" not in facts.months
    shared = SharedWords.load()
    facts = FactTables.load(shared)
    assert shared.months <= EntityWords.load(shared).stop
    assert "november" in facts.months and "nov." in facts.months
    assert "may" not in facts.months  # "400 may have died": also a word


def test_locatives_come_from_the_one_shared_list() -> None:
    shared = SharedWords.load()
    assert EntityWords.load(shared).of("locative") is shared.locatives
    assert ContextWords.load(shared).locatives == shared.locatives | PLACE_OF
    invented = _with(locatives=frozenset({"amid"}))
    assert EntityWords.load(invented).of("locative") == {"amid"}
    assert ContextWords.load(invented).locatives == {"amid", "of"}
    # "of" is not a locative: "a defender of Leeds" names the club (the scan's PLACE_OF says why)
    assert "of" not in shared.locatives and {"in", "into", "to", "via"} <= shared.locatives


def test_street_words_come_from_the_one_shared_list() -> None:
    shared = SharedWords.load()
    assert ContextWords.load(shared).street_words is shared.street_words
    assert FactTables.load(shared).address_after.match(" Elm Street")
    invented = _with(street_words=frozenset({"close"}))
    assert ContextWords.load(invented).street_words == {"close"}
    address = FactTables.load(invented).address_after
    assert address.match(" Willow Close") and not address.match(" Elm Street")
    assert address.match(" Route 9")  # a numbered road is a road whatever the street words


def test_administrative_nouns_come_from_the_one_shared_list() -> None:
    shared = SharedWords.load()
    assert EntityWords.load(shared).of("admin_noun") is shared.admin_nouns
    context = ContextWords.load(shared)
    assert context.admin_nouns == shared.admin_nouns - NOT_LOOKED_UP_WITHOUT | AREA_NOUNS
    invented = _with(admin_nouns=frozenset({"canton"}))
    words, context = EntityWords.load(invented), ContextWords.load(invented)
    text = "Flooding hit the canton of Aldport and the Brenz canton."
    start = text.index("Aldport")
    assert retype(text, start, start + len("Aldport"), "PERSON", words) == ("GPE", True)
    assert "Brenz" in variants("the Brenz canton", context)
    assert "Aldport" in variants("the canton of Aldport", context)
    assert "Brenz" not in variants("Brenz province", context)  # no longer an admin noun there


def test_demonyms_come_from_the_one_shared_list() -> None:
    """Entities read every form, the gazetteer those with a country; no build-time copy is left."""
    shared = SharedWords.load()
    assert EntityWords.load(shared).of("demonym") is shared.demonyms
    gazetteer = Gazetteer.load(shared)
    for form, code in shared.demonym_countries.items():
        assert ("demonym", code) in [(c.kind, c.country) for c in gazetteer.lookup(form)], form
    for form in shared.demonyms - shared.demonym_countries.keys():  # "Kurdish", "Muslim"
        assert all(c.kind != "demonym" for c in gazetteer.lookup(form)), form
    invented = _with(demonyms=frozenset({"Zemblan"}), demonym_countries={"Zemblan": "FR"})
    gazetteer = Gazetteer.load(invented)
    assert [(c.kind, c.country) for c in gazetteer.lookup("Zemblan")] == [("demonym", "FR")]
    assert all(c.kind != "demonym" for c in gazetteer.lookup("Afghan"))
    assert EntityWords.load(invented).is_demonym("Zemblans")
    assert not EntityWords.load(invented).is_demonym("Afghan")


def test_no_capability_file_lists_a_shared_kind_again() -> None:
    shared_kinds = set(word_lists("words.tsv"))
    assert shared_kinds.isdisjoint(word_lists("entity_words.tsv"))
    assert "demonym" not in word_lists("entity_words.tsv")  # demonyms.tsv has them
    context_sections = {row[0] for row in data_rows(CONTEXT_FILE)}
    assert context_sections.isdisjoint({"locatives", "street_words"})
