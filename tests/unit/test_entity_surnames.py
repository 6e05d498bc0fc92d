"""A player's surname that is also a place (no model: invented candidates)."""

from service.enrich.entities.article_names import ArticleNames
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.surnames import surnames_not_places
from service.enrich.entities.words import EntityWords


def _at(text: str, form: str, label: str, occurrence: int = 0) -> MentionCandidate:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(form, start + 1)
    return MentionCandidate(start, start + len(form), label, "ner")


def test_a_surname_read_as_a_place_is_the_player_unless_a_locative_precedes(words: EntityWords) -> None:
    text = "Marcelo Lima beat Tomas Vik 6-3 6-4. Lima served well, said the coach, who lives in Lima."
    chosen = [
        _at(text, "Marcelo Lima", "PERSON"),
        _at(text, "Tomas Vik", "PERSON"),
        _at(text, "Lima", "GPE", 1),
        _at(text, "Lima", "GPE", 2),
    ]
    out = surnames_not_places(text, chosen, ArticleNames(text, words), words)
    assert [c.label for c in out] == ["PERSON", "PERSON", "PERSON", "GPE"]
