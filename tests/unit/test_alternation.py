"""The trie-shaped alternation matches exactly its words, the longest first."""

import re

import pytest

from service.enrich.alternation import words_pattern

WORDS = ("Minister", "Prime Minister", "Ministry", "Mayor", "Gov.", "Gov", "St. Louis", "a+b")


@pytest.mark.parametrize("word", WORDS)
def test_each_word_matches_whole(word: str) -> None:
    assert re.fullmatch(words_pattern(WORDS), word)


@pytest.mark.parametrize("other", ["Minist", "Ministers x", "Mayo", "Go", "St Louis", "ab", ""])
def test_nothing_else_matches_whole(other: str) -> None:
    assert re.fullmatch(words_pattern(WORDS), other) is None


def test_the_longest_word_at_a_position_wins_like_a_length_sorted_alternation() -> None:
    text = "Gov. Ministry Prime Minister"
    trie = re.compile(words_pattern(WORDS))
    sorted_alternation = re.compile("|".join(map(re.escape, sorted(WORDS, key=len, reverse=True))))
    assert [m.group() for m in trie.finditer(text)] == [m.group() for m in sorted_alternation.finditer(text)]
    assert [m.group() for m in trie.finditer(text)] == ["Gov.", "Ministry", "Prime Minister"]


def test_no_words_never_match() -> None:
    assert re.search(words_pattern([]), "anything") is None
