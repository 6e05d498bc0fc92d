"""Scans rewritten to open with a capital, a digit, a letter or a class of characters (so that re can
skip ahead) still refuse what their old leading lookbehind refused, and still match at a string's
start. The sentences are invented."""

import re

from service.enrich.entities import (
    acronyms,
    events,
    joined_names,
    kind_acronyms,
    mentions,
    office_places,
    partnerships,
    tennis,
)
from service.enrich.text.normalise import normalise


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_capitals_stand_alone() -> None:
    assert _spans(acronyms._CAPITALS, "NORA said") == [(0, 4)]
    assert _spans(acronyms._CAPITALS, "the U.NORA and X-NORA") == []


def test_capitals_after_a_lower_case_word() -> None:
    found = kind_acronyms._CAPITALS.finditer("regulator CADE and ACME said")
    assert [m.group() for m in found] == ["CADE", "ACME"]
    assert _spans(kind_acronyms._CAPITALS, "CADE said") == []


def test_numbered_body_not_inside_a_number() -> None:
    assert [m.group(1) for m in joined_names._NUMBERED.finditer("the 3rd Circuit")] == [" Circuit"]
    assert _spans(joined_names._NUMBERED, "v1.3rd Circuit") == []
    assert _spans(joined_names._NUMBERED, "4th Circuit")[0][0] == 0


def test_event_name_and_set_score() -> None:
    assert [m.group(1) for m in events._EVENT_NAME.finditer("Harlan Valley Cup final")] == ["Harlan Valley "]
    assert _spans(events._EVENT_NAME, "x.Harlan Cup") == []
    assert tennis.SET_SCORE.search("won 6-3 7-5 on Sunday")
    assert not tennis.SET_SCORE.search("a 16-3 7-5 run")
    assert not tennis.SET_SCORE.search("a 2-6-3 4-5 run")


def test_law_firm_and_partners_need_a_word_boundary() -> None:
    text = "a partner at Moss, Lane and Tully said"
    assert [m.group(1) for m in partnerships._LAW_FIRM.finditer(text)] == ["Moss, Lane and Tully"]
    assert not partnerships._LAW_FIRM.search("a sofat Moss, Lane and Tully said")
    assert partnerships._PARTNERS.search("Moss, Lane & Tully won") is not None
    assert partnerships._PARTNERS.search("x-Moss, Lane & Tully won") is None


def test_town_before_an_officer() -> None:
    assert [m.group(1) for m in office_places._OFFICE.finditer("Tarnby Mayor Ann Lee")] == ["Tarnby"]
    assert _spans(office_places._OFFICE, "x-Tarnby Mayor Ann Lee") == []


def test_segments_split_as_before() -> None:
    text = "Acme Corp\nboard   Lee"
    assert mentions._segments(text, 0, 9) == [(0, 9)]
    for start, end in ((0, 9), (0, len(text)), (2, 14), (10, 21)):
        expected = [m.span() for m in mentions._SEGMENT.finditer(text, start, end)]
        assert mentions._segments(text, start, end) == expected


def test_markup_and_characters_still_normalised() -> None:
    assert normalise("a <b>bold</b> &amp; \u201cquote\u201d\u200b <!-- x\ny --> 1 < 2 & 3").text == (
        'a  bold  & "quote"   1 < 2 & 3'
    )
