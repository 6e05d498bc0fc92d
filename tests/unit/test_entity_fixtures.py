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
    assert typed["Eastport"] == "GPE"  # the town after the ground's comma


def test_one_v_line_is_no_fixture_list(words: EntityWords) -> None:
    text = "The case, Halvik v Brennan, was heard on May 14.\nMay 14 v Northby is the date."
    assert _typed(text, [], words) == {}


def test_a_results_line_opening_with_a_town_names_the_ground(words: EntityWords) -> None:
    text = _TOUR + "Results:\nWestby (Brook Park): Northby 301 and 120-4, Vestshire 250\n"
    typed = _typed(text, [], words)
    assert typed["Westby"] == "GPE" and typed["Brook Park"] == "FAC"


def test_standings_rows_are_teams_and_a_schedule_puts_the_visitor_at_the_ground(words: EntityWords) -> None:
    text = (
        "Baseball standings\nNORTHERN DIVISION\nW L PCT GB\nNORTHBY 80 53 .602 -\nEASTPORT 71 64 .526 10\n"
        "VESTSHIRE 60 74 .448 20 1/2\nSCHEDULE\nNORTHBY AT EASTPORT\nVESTSHIRE AT HARLOW\n"
    )
    typed = _typed(text, [], words)
    assert typed["NORTHBY"] == typed["VESTSHIRE"] == "ORG"
    assert typed["HARLOW"] == "GPE"
    assert typed["EASTPORT"] == "GPE"  # the schedule line's ground (the same form is a team above)


def test_two_figure_lines_are_no_standings(words: EntityWords) -> None:
    text = "Votes:\nHalvik 120 45 12\nBrennan 98 40 10\nThe count ends on Monday."
    assert _typed(text, [], words) == {}
    three = "Votes by ward:\nHalvik 120 45 12\nBrennan 98 40 10\nOkoro 77 31 9\n"
    assert _typed(three, [], words) == {}  # no sports story: a table of votes
