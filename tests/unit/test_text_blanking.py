"""Blanking boilerplate keeps every offset of the normalised text valid."""

from service.enrich.text.normalise import normalise


def test_blanked_text_keeps_length_and_ends_each_blank_with_a_line_break() -> None:
    text = normalise("Kabul\u00a0news. Image source: AP\nMore text")
    start = text.text.index("Image")
    end = text.text.index("\n")
    blanked = text.blanked([(start, end)])
    assert len(blanked.text) == len(text.text)
    assert blanked.text[start:end] == " " * (end - start - 1) + "\n"
    assert blanked.text[:start] == text.text[:start]
    assert blanked.original_span(end + 1, end + 5) == text.original_span(end + 1, end + 5)


def test_blanked_keeps_existing_line_breaks() -> None:
    text = normalise("a\nb\nc")
    assert text.blanked([(0, 4)]).text == " \n \nc"
    assert text.blanked([]).text == "a\nb\nc"
