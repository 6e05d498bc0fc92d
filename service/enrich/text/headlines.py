"""Headline-cased text, where a capital letter says nothing about a name.

A Title Case title and an all-capitals body line (a section slug or a headline repeated in capitals)
make the model tag ordinary words; :mod:`service.enrich.entities.headline_names` decides which of
the mentions found there to keep.
"""

import re

from service.enrich.text.article import ArticleText

_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2}[^a-z\n]*$", re.MULTILINE)
_MIN_WORDS = 3
_LOWER_SHARE = 0.2


def headline_regions(source: ArticleText) -> list[tuple[int, int]]:
    """Joined-text stretches in headline case: the title if Title Case, all-capitals body lines."""
    regions = [(0, len(source.title.text))] if is_title_case(source.title.text) else []
    for match in _CAPS_LINE.finditer(source.text, source.body_offset):
        if len(match.group().split()) >= _MIN_WORDS:
            regions.append(match.span())
    return regions


def is_title_case(line: str) -> bool:
    """Headline Case: at least three longer words, hardly any of them lowercase."""
    long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    lower = sum(w[0].islower() for w in long_words)
    return len(long_words) >= _MIN_WORDS and lower <= _LOWER_SHARE * len(long_words)
