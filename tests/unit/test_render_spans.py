"""Nesting overlapping highlights: well-formed output, exact text, every span's pieces intact."""

import random

import pytest

from service.render.spans import Highlight, HighlightKind, Token, interleave

KINDS: tuple[HighlightKind, ...] = ("b", "m", "f")


def check(text: str, tokens: list[Token]) -> dict[Highlight, str]:
    """Assert the tokens are well formed and give back ``text``; return each highlight's joined pieces."""
    plain: list[str] = []
    open_now: list[Highlight] = []
    pieces: dict[Highlight, list[str]] = {}
    for token in tokens:
        if token.text is not None:
            plain.append(token.text)
            for highlight in open_now:
                pieces.setdefault(highlight, []).append(token.text)
        elif token.opens is not None:
            assert token.opens not in open_now, "a highlight opened inside itself"
            open_now.append(token.opens)
        else:
            assert open_now, "a close without an open"
            open_now.pop()
    assert not open_now, "highlights left open"
    assert "".join(plain) == text
    return {highlight: "".join(parts) for highlight, parts in pieces.items()}


def test_plain_text_without_highlights_is_one_run() -> None:
    assert interleave("no spans here", []) == [Token(text="no spans here")]


def test_fact_containing_a_mention_nests_it() -> None:
    text = "About 300 Acme workers struck."
    fact, mention = Highlight("f", 0, 22), Highlight("m", 10, 14, ref="E1")
    tokens = interleave(text, [mention, fact])
    assert [t.opens for t in tokens if t.opens] == [fact, mention]
    assert check(text, tokens) == {fact: "About 300 Acme workers", mention: "Acme"}


def test_crossing_spans_are_split_into_pieces_that_keep_their_text() -> None:
    text = "alpha beta gamma delta"
    left, right = Highlight("m", 0, 10, ref="E1"), Highlight("f", 6, 16)
    tokens = interleave(text, [left, right])
    assert [t.opens for t in tokens if t.opens] == [left, right, right]
    assert check(text, tokens) == {left: "alpha beta", right: "beta gamma"}


def test_identical_spans_open_boilerplate_then_mention_then_fact() -> None:
    spans = [Highlight("f", 0, 5), Highlight("b", 0, 5), Highlight("m", 0, 5, ref="E1")]
    tokens = interleave("Three", spans)
    assert [t.opens.kind for t in tokens if t.opens] == ["b", "m", "f"]


@pytest.mark.parametrize(("start", "end"), [(3, 3), (5, 2), (-1, 2), (0, 99)])
def test_empty_reversed_and_out_of_range_spans_are_skipped(start: int, end: int) -> None:
    tokens = interleave("short", [Highlight("m", start, end)])
    assert tokens == [Token(text="short")]


@pytest.mark.parametrize("seed", range(25))
def test_random_overlaps_stay_well_formed_and_exact(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("ab \u00a0é\u0301👩\r\n") for _ in range(rng.randint(1, 60)))
    spans = set()
    for number in range(rng.randint(0, 12)):
        start = rng.randint(0, len(text) - 1)
        end = rng.randint(start + 1, len(text))
        spans.add(Highlight(rng.choice(KINDS), start, end, ref=str(number)))
    joined = check(text, interleave(text, spans))
    assert joined == {span: text[span.start : span.end] for span in spans}
