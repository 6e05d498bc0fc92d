"""Entity rules of the unseen-set-5 round, on invented sentences (no model: candidates made by hand).

Names the model stops short of (a place and an organisation word, a firm and its suffix, a party
ending in a country, a tournament after a nationality, a body "in" a place defined by its
acronym), acronyms in another order or language, "of" acronyms, and what is no name (an
instrument code, an initial before a sentence's next word).
"""

import pytest

from service.enrich.entities.acronyms import defined_after
from service.enrich.entities.candidates import MentionCandidate
from service.enrich.entities.initials import initial_names
from service.enrich.entities.tails import tails
from service.enrich.entities.words import EntityWords


def _at(text: str, form: str, label: str) -> MentionCandidate:
    start = text.index(form)
    return MentionCandidate(start, start + len(form), label, "ner")


def _longer(text: str, found: list[MentionCandidate]) -> dict[str, str]:
    return {text[c.start : c.end]: c.label for c in found}


@pytest.mark.parametrize(
    ("text", "form", "label", "expected", "expected_label"),
    [
        ("Riders of Ohio Transit waited.", "Ohio", "GPE", "Ohio Transit", "ORG"),
        ("Crews from Pike County Metro helped.", "Pike County", "GPE", "Pike County Metro", "ORG"),
        ("It sued Granvale Foods LLC on Monday.", "Granvale Foods", "ORG", "Granvale Foods LLC", "ORG"),
        ("Shares of Tarnwick Inc. rose.", "Tarnwick", "ORG", "Tarnwick Inc.", "ORG"),
        ("Voters backed Renew UK in the poll.", "Renew", "ORG", "Renew UK", "ORG"),
        ("She won the Danish Open on Sunday.", "Danish", "NORP", "Danish Open", "EVENT"),
    ],
)
def test_the_word_after_a_name_that_belongs_to_it(
    text: str, form: str, label: str, expected: str, expected_label: str, words: EntityWords
) -> None:
    assert _longer(text, tails(text, [_at(text, form, label)], words)) == {expected: expected_label}


@pytest.mark.parametrize(
    ("text", "form", "label"),
    [
        ("Troops left Ohio Monday.", "Ohio", "GPE"),  # no organisation word after the place
        ("The Danish team opened.", "Danish", "NORP"),
        ("Officials in Kent UK said.", "Kent", "GPE"),  # a place before "UK" is no party
    ],
)
def test_a_name_does_not_take_an_unrelated_word_after_it(
    text: str, form: str, label: str, words: EntityWords
) -> None:
    assert tails(text, [_at(text, form, label)], words) == []


def test_a_body_in_a_place_defined_by_an_acronym_is_one_name(words: EntityWords) -> None:
    text = "The U.N. Observer Office in Norland (UNOON) said. The Trade Board in Kent said."
    found = [
        _at(text, "U.N. Observer Office", "ORG"),
        _at(text, "Norland", "GPE"),
        _at(text, "Trade Board", "ORG"),
        _at(text, "Kent", "GPE"),
    ]
    assert _longer(text, tails(text, found, words)) == {"U.N. Observer Office in Norland": "ORG"}


@pytest.mark.parametrize(
    ("name", "acronym", "defined"),
    [
        ("Social Progressives", "SPV", True),  # the name's own language: "Sozial Progressive Vereinigung"
        ("U.N. Integrated Office in Norland", "BINON", True),  # the French name's letters
        ("Tarnwick Inc", "TRWK", False),  # a ticker shares a letter at most
        ("Dana Moss", "UKIP", False),
    ],
)
def test_an_acronym_in_another_order_or_language_is_defined_by_most_of_its_letters(
    name: str, acronym: str, defined: bool
) -> None:
    text = f"{name} ({acronym}) said"
    assert (defined_after(text, len(name), name) is not None) is defined


def test_an_initial_before_a_sentence_s_next_word_is_no_person() -> None:
    text = "He posted on Q. His aides and K. Evans agreed."
    assert [text[s:e] for s, e in initial_names(text)] == ["K. Evans"]


def test_a_suffix_after_a_place_does_not_make_the_place_a_firm(words: EntityWords) -> None:
    text = "Shares of Granite Mining of Norland Ltd rose."
    assert tails(text, [_at(text, "Norland", "GPE")], words) == []
