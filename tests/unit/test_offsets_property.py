"""Property tests: the normalised text the model reads maps back to true offsets in the original.

Texts are generated from words (ASCII, accented, with combining marks, emoji, digits) joined by
the characters that break naive offset code: non-breaking and other Unicode spaces, zero-width
characters and soft hyphens, CRLF and Unicode line separators, curly quotes and primes, markup
tags, comments and character references, control characters.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from service.enrich.text.normalise import NormalisedText, normalise

WORDS = st.sampled_from(
    [
        "Kabul",
        "police",
        "said",
        "300",
        "1,793",
        "Zürich",
        "São",
        "Paulo",
        "Nguyễn",
        "Cafe\u0301",  # e + combining acute
        "n\u0303o",  # n + combining tilde
        "Ελλάδα",
        "Москва",
        "🙂",
        "👩\u200d🚒",  # emoji joined by a zero-width joiner
        "🇦🇫",
        "don\u2019t",
        "e-mail",
        "al\u00adQaeda",  # soft hyphen inside a word
    ]
)
SEPARATORS = st.sampled_from(
    [
        " ",
        "\u00a0",
        "\u202f",
        "\u2009",
        "\u3000",
        "\t",
        "\r\n",
        "\r",
        "\n\n",
        "\u2028",
        "\u200b",
        "\ufeff",
        "\u2060",
        " \u201c",
        "\u201d ",
        " \u2018",
        "\u2019 ",
        " <b>",
        "</b> ",
        "<br/>",
        '<a href="x">',
        "<!-- note -->",
        " &amp; ",
        "&nbsp;",
        "&#8217;",
        "&eacute;",
        "&bogus;",
        " & ",
        " < ",
        "\x07",
        "\x00",
    ]
)
#: Characters a replacement can start with (what the normalised character may stand for).
REPLACED_STARTS = frozenset(
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
    "\t\v\f\r\u2028\u2029\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2010\u2011&<"
    + "".join(chr(c) for c in range(32) if chr(c) not in "\n")
)
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


@st.composite
def texts(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A text and the original ``(start, end)`` of each word that has no character normalise changes."""
    pieces: list[str] = []
    words: list[tuple[int, int]] = []
    position = 0
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        leading = draw(st.booleans())
        if pieces or leading:
            separator = draw(SEPARATORS)
            pieces.append(separator)
            position += len(separator)
        word = draw(WORDS)
        if not any(c in ZERO_WIDTH or c in REPLACED_STARTS for c in word):
            words.append((position, position + len(word)))
        pieces.append(word)
        position += len(word)
    if draw(st.booleans()):
        pieces.append(draw(SEPARATORS))
    return "".join(pieces), words


def _normalised_index(norm: NormalisedText, original: int) -> int:
    """The normalised offset whose character comes from ``original`` unchanged."""
    return next(i for i in range(len(norm.text)) if norm.original_offset(i) == original)


@given(texts())
@settings(max_examples=150, deadline=None)
def test_original_offsets_are_in_range_and_never_go_back(case: tuple[str, list[tuple[int, int]]]) -> None:
    original, _ = case
    norm = normalise(original)
    offsets = [norm.original_offset(i) for i in range(len(norm.text) + 1)]
    assert all(0 <= o <= len(original) for o in offsets)
    assert offsets == sorted(offsets)


@given(texts())
@settings(max_examples=150, deadline=None)
def test_every_normalised_character_comes_from_itself_or_a_replaced_token(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    original, _ = case
    norm = normalise(original)
    for index, char in enumerate(norm.text):
        source = original[norm.original_offset(index)]
        assert source == char or source in REPLACED_STARTS, (index, char, source)
    assert not any(c in norm.text for c in ZERO_WIDTH + "\r\u00a0\u2019\u201c")


@given(texts())
@settings(max_examples=150, deadline=None)
def test_each_word_maps_back_to_exactly_its_original_span(case: tuple[str, list[tuple[int, int]]]) -> None:
    original, words = case
    norm = normalise(original)
    for start, end in words:
        at = _normalised_index(norm, start)
        assert norm.text[at : at + end - start] == original[start:end]
        assert norm.original_span(at, at + end - start) == (start, end)


@given(texts())
@settings(max_examples=150, deadline=None)
def test_a_run_of_letters_maps_to_a_slice_that_normalises_back_to_it(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    """What NER reads as a name, cut out of the original, reads the same again (no half token)."""
    original, _ = case
    norm = normalise(original)
    for run in re.finditer(r"[^\W\d_]+", norm.text):
        start, end = norm.original_span(run.start(), run.end())
        piece = original[start:end]
        assert normalise(piece).text == run.group(), (run.group(), piece)
        assert piece[:1] not in ZERO_WIDTH and piece[-1:] not in ZERO_WIDTH


@given(texts())
@settings(max_examples=100, deadline=None)
def test_text_without_anything_to_change_is_its_own_normal_form(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    original, _ = case
    clean = "".join(c for c in original if c not in REPLACED_STARTS and c not in ZERO_WIDTH)
    norm = normalise(clean)
    assert norm.text == clean
    assert norm.original_span(0, len(clean)) == (0, len(clean))
