"""Kinds unseen set 10 showed, without the model: a wire's credit line names its reporters."""

import pytest

from service.enrich.text.boilerplate import BoilerplateRules


@pytest.fixture(scope="module")
def rules() -> BoilerplateRules:
    return BoilerplateRules.load()


def _names(rules: BoilerplateRules, body: str) -> list[tuple[str, str]]:
    return [(body[s:e], label) for b in rules.find(body) for s, e, label in b.names]


def test_a_credit_line_names_each_reporter_editor_and_city(rules: BoilerplateRules) -> None:
    body = (
        "Shares fell.\n\nReporting by Anika Sorel in Mumbai and Teo Brandt in New York; Additional "
        "reporting by Jo Ng; Editing by Lise Marchetti and Sam Oduya\n"
    )
    assert _names(rules, body) == [
        ("Anika Sorel", "PERSON"),
        ("Mumbai", "GPE"),
        ("Teo Brandt", "PERSON"),
        ("New York", "GPE"),
        ("Jo Ng", "PERSON"),
        ("Lise Marchetti", "PERSON"),
        ("Sam Oduya", "PERSON"),
    ]


def test_a_credit_line_in_brackets_names_its_people(rules: BoilerplateRules) -> None:
    body = "Talks resume on Monday.\n(Writing by Ann Lee in Oslo; Editing by Bo Chan)\n"
    assert _names(rules, body) == [("Ann Lee", "PERSON"), ("Oslo", "GPE"), ("Bo Chan", "PERSON")]


def test_a_credit_line_with_one_word_names_yields_no_half_names(rules: BoilerplateRules) -> None:
    body = "Talks resume.\nEditing by the desk\n"
    assert _names(rules, body) == []
