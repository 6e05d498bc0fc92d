"""Teams and grounds of a fixture list (no model: invented text)."""

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.fixtures import fixture_names
from service.enrich.entities.words import EntityWords

_TOUR = (
    "Tour itinerary:\nMay 12 Arrive in Eastport\nMay 14 v Northby (at Kingsmead Oval)\n"
    "May 16-18 v Vestshire (three days)\nMay 20 v Scotland\nJune 4-7 First test (at Harlow's, Eastport)\n"
)


def _typed(text: str, chosen: list[MentionCandidate], words: EntityWords) -> dict[str, str]:
    return {text[c.start : c.end]: c.label for c in fixture_names(text, chosen, words)}


def test_a_fixture_list_names_teams_and_grounds(words: EntityWords) -> None:
    start = _TOUR.index("Vestshire")
    misread = MentionCandidate(start, start + len("Vestshire"), "GPE", "ner")
    typed = _typed(_TOUR, [misread], words)
    assert typed["Northby"] == "ORG" and typed["Vestshire"] == "ORG"
    assert "Scotland" not in typed  # a national side: left to the model
    assert typed["Kingsmead Oval"] == "FAC" and typed["Harlow's"] == "FAC"


def test_one_v_line_is_no_fixture_list(words: EntityWords) -> None:
    text = "The case, Halvik v Brennan, was heard on May 14.\nMay 14 v Northby is the date."
    assert _typed(text, [], words) == {}


def test_a_results_line_opening_with_a_town_names_the_ground(words: EntityWords) -> None:
    text = _TOUR + "Results:\nEastport: Northby 301 and 120-4, Vestshire 250\n"
    assert _typed(text, [], words)["Eastport"] == "GPE"
