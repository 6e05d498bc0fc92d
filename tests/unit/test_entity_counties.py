"""County sides in cricket copy (no model: invented text)."""

from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.counties import county_sides
from service.enrich.entities.words import EntityWords


def _labels(text: str, chosen: list[MentionCandidate], words: EntityWords) -> dict[str, str]:
    return {text[c.start : c.end]: c.label for c in county_sides(text, chosen, words)}


def test_in_cricket_copy_a_county_is_its_side(words: EntityWords) -> None:
    text = "Hampshire bowled out Durham for 201 in their championship match, a lead of 40 on first innings."
    start = text.index("Durham")
    misread = MentionCandidate(start, start + 6, "GPE", "ner")
    assert _labels(text, [misread], words) == {"Hampshire": "ORG", "Durham": "ORG"}


def test_outside_cricket_copy_a_county_stays_a_place(words: EntityWords) -> None:
    text = "Floods closed roads in Kent and Sussex, and the championship final was moved."
    place = MentionCandidate(text.index("Kent"), text.index("Kent") + 4, "GPE", "ner")
    assert _labels(text, [place], words) == {"Kent": "GPE"}
