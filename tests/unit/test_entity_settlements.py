"""A settlement noun right before a name makes it a place (no model: invented text)."""

from service.enrich.entities.types import retype
from service.enrich.entities.words import EntityWords


def test_the_capital_before_a_name_the_model_called_an_organisation(words: EntityWords) -> None:
    text = "Shelling hit the outskirts of the capital Norvik on Friday."
    start = text.index("Norvik")
    assert retype(text, start, start + len("Norvik"), "ORG", words) == ("GPE", True)


def test_a_capital_word_inside_a_name_changes_nothing(words: EntityWords) -> None:
    text = "She joined Harbour Capital Partners, a firm in Norvik."
    start = text.index("Harbour")
    assert retype(text, start, start + len("Harbour Capital Partners"), "ORG", words) == ("ORG", True)
