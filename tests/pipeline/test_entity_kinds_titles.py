"""Titles and feature nouns that mistype the name beside them, on invented sentences.

The model tags a body's word inside a title ("Cabinet" of "Chief Cabinet Secretary") as an
organisation, and the rule that makes a name after a title a person then read it as a person.
"""

from pipeline.conftest import EventOf, mention_types


def test_a_word_between_two_title_words_is_no_name(event_of: EventOf) -> None:
    event = event_of(
        "Chief Cabinet Secretary Yoshimasa Hayashi told reporters there was no damage at the plant. "
        "Deputy Foreign Minister Ana Ruiz arrived later."
    )
    types = mention_types(event)
    assert "Cabinet" not in types
    assert types["Yoshimasa Hayashi"] == "PERSON"
    assert types["Ana Ruiz"] == "PERSON"


def test_a_name_after_a_title_is_still_a_person(event_of: EventOf) -> None:
    event = event_of("Governor Kathy Hochul signed the bill, and Coach Carlo Ancelotti praised it.")
    types = mention_types(event)
    assert types["Kathy Hochul"] == "PERSON"
    assert types["Carlo Ancelotti"] == "PERSON"


def test_the_coast_of_a_place_does_not_make_it_a_natural_feature(event_of: EventOf) -> None:
    """ "the coast of X" names the place the coast belongs to; "the island of X" names the island."""
    event = event_of(
        "A tsunami advisory was issued for the coast of Hokkaido on Monday. Tourists were stranded "
        "on the island of Hydra."
    )
    types = mention_types(event)
    assert types.get("Hokkaido") != "LOC"
    assert types["Hydra"] == "LOC"
