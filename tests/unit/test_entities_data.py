"""The shipped entity tables and the labelled test set are well-formed."""

from service.enrich.entities.aliases import AliasTable, surface_key
from service.enrich.entities.short_forms import short_forms
from service.enrich.entities.words import EntityWords


def test_alias_table_finds_forms_only_on_word_boundaries() -> None:
    table = AliasTable.load()
    text = "ISIS fighters left Syria; Syrian troops and IS-linked cells stayed in ISISland."
    found = [(text[s:e], table.entries[i].name) for s, e, i in table.find(text)]
    assert found == [("ISIS", "Islamic State"), ("Syria", "Syria")]


def test_weak_aliases_group_but_are_not_searched() -> None:
    table = AliasTable.load()
    entry = table.lookup("AP")
    assert entry is not None
    assert table.entries[entry].name == "Associated Press"
    assert not list(table.find("AP said"))


def test_a_form_written_exactly_wins_over_a_folded_one() -> None:
    """News style abbreviates states with a dot ("Pa."); folded, that is an acronym's key ("PA")."""
    table = AliasTable.load()
    found = {text: table.lookup(text) for text in ("Pa.", "PA", "Ind.")}
    names = {text: table.entries[i].name for text, i in found.items() if i is not None}
    assert names == {"Pa.": "Pennsylvania", "PA": "Palestinian Authority", "Ind.": "Indiana"}


def test_every_alias_entry_has_an_ontonotes_type_and_a_well_formed_qid() -> None:
    table = AliasTable.load()
    assert len(table.entries) > 300
    for entry in table.entries:
        assert entry.type in {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT"}, entry
        assert entry.wikidata is None or (entry.wikidata[0] == "Q" and entry.wikidata[1:].isdigit()), entry


def test_surface_key_folds_case_possessive_article_and_punctuation() -> None:
    assert surface_key("Reuters'") == surface_key("the Reuters") == surface_key("REUTERS,") == "reuters"
    assert surface_key("Islamic State's") == "islamic state"


def test_word_lists_load_with_longest_titles_first() -> None:
    words = EntityWords.load()
    assert words.is_demonym("Afghans")
    assert not words.is_demonym("Afghanistan")
    assert "province" in words.of("admin_noun")
    assert words.titles.index("Prime Minister") < words.titles.index("Minister")


def test_short_forms_of_people_and_teams() -> None:
    words = EntityWords.load()
    assert short_forms("Attaullah Khugyani", "PERSON", words) == ["Khugyani"]
    assert short_forms("Martin Luther King Jr.", "PERSON", words) == ["King", "Luther King"]  # no "Jr."
    assert short_forms("Majed al-Ansari", "PERSON", words) == ["al-Ansari", "Ansari"]
    assert short_forms("Boston Celtics", "ORG", words) == ["Celtics"]
    assert short_forms("Real Madrid", "ORG", words) == []  # Madrid is a place, not the club
    assert short_forms("Bank of England", "ORG", words) == []
