"""Entity rules for kinds the unseen-set-5 round left alone (no model: candidates made by hand)."""

import pytest

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.clubs import clubs
from service.enrich.entities.tails import tails
from service.enrich.entities.types import retype
from service.enrich.entities.words import EntityWords

_SPORT = " The coach praised the halftime changes and the pitcher, and the league fined the club."


def _at(text: str, form: str, label: str) -> MentionCandidate:
    start = text.index(form)
    return MentionCandidate(start, start + len(form), label, "ner")


def _forms(text: str, found: list[MentionCandidate]) -> dict[str, str]:
    return {text[c.start : c.end]: c.label for c in found}


@pytest.mark.parametrize(
    ("story", "place", "club"),
    [
        ("The Dunmore Titans won again.", "Dunmore", "Dunmore Titans"),
        ("Fans of the Kelso Hawks cheered.", "Kelso", "Kelso Hawks"),
    ],
)
def test_a_place_and_a_plural_nickname_in_a_sports_story_is_a_club(
    story: str, place: str, club: str, words: EntityWords
) -> None:
    text = story + _SPORT
    found = clubs(text, text, 0, [_at(text, place, "GPE")], words)
    assert _forms(text, found) == {club: "ORG"}


@pytest.mark.parametrize("text", ["The Tokyo Olympics opened.", "Voters in Paris backed Dunmore Congress."])
def test_an_event_or_a_word_that_is_no_plural_is_no_nickname(text: str, words: EntityWords) -> None:
    place = text.split()[1] if text.startswith("The") else "Paris"
    found = clubs(text + _SPORT, text + _SPORT, 0, [_at(text, place, "GPE")], words)
    assert all(c.end - c.start == len(place) for c in found)


def test_a_place_nickname_outside_sport_is_left_alone(words: EntityWords) -> None:
    text = "The Dunmore Titans won again."
    assert _forms(text, clubs(text, text, 0, [_at(text, "Dunmore", "GPE")], words)) == {"Dunmore": "GPE"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Cricket Norland fined him.", {"Cricket Norland": "ORG"}),
        ("She said Tennis Canada agreed.", {"Tennis Canada": "ORG"}),
        ("The Grand Norland ferry left.", {}),  # no sport before the place
    ],
)
def test_a_sport_before_a_place_is_its_federation(
    text: str, found: dict[str, str], words: EntityWords
) -> None:
    place = text.split()[-2] if "Canada" in text else "Norland"
    assert _forms(text, tails(text, [_at(text, place, "GPE")], words)) == found


@pytest.mark.parametrize(
    ("text", "form", "expected"),
    [
        ("The Secretary of State said.", "State", None),
        ("Her Chief of Staff left.", "Staff", None),
        ("The State of Norland said.", "State", ("ORG", False)),  # no title before "of"
    ],
)
def test_a_title_s_last_word_is_no_name(
    text: str, form: str, expected: tuple[str, bool] | None, words: EntityWords
) -> None:
    start = text.index(form)
    assert retype(text, start, start + len(form), "ORG", words) == expected
