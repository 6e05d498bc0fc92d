"""Boilerplate patterns: what is blanked before NER, and the names inside that are kept."""

import pytest

from service.enrich.text.article import ArticleText
from service.enrich.text.boilerplate import HEADLINE_REPEAT, BoilerplateRules
from service.schema.article import Article


@pytest.fixture(scope="module")
def rules() -> BoilerplateRules:
    return BoilerplateRules.load()


def _kinds(rules: BoilerplateRules, body: str, title: str = "") -> list[tuple[str, str]]:
    return [(b.kind, body[b.start : b.end].strip()) for b in rules.find(body, title)]


def test_headline_repeated_as_first_body_line_is_boilerplate(rules: BoilerplateRules) -> None:
    body = "\nFloods hit the north\n\nRain fell for days."
    assert _kinds(rules, body, "Floods hit the north") == [(HEADLINE_REPEAT, "Floods hit the north")]
    assert _kinds(rules, "Rain fell.\nFloods hit the north", "Floods hit the north") == []


@pytest.mark.parametrize(
    "line",
    ["Source link", "Leave a comment", "Share this article", "Subscribe to our newsletter", "Advertisement"],
)
def test_widget_lines_are_boilerplate(rules: BoilerplateRules, line: str) -> None:
    body = f"The talks ended.\n{line}\nThey resume Monday."
    assert _kinds(rules, body) == [("link", line)]


def test_widget_words_inside_a_sentence_are_not_boilerplate(rules: BoilerplateRules) -> None:
    assert _kinds(rules, "Investors share the view that the source of growth is trade.") == []


def test_image_credit_keeps_the_credited_agency_as_a_name(rules: BoilerplateRules) -> None:
    body = "Soldiers guard the gate in Kabul. Image source: AP\nNext paragraph."
    [found] = rules.find(body)
    assert body[found.start : found.end] == "Image source: AP"
    assert [(body[s:e], label) for s, e, label in found.names] == [("AP", "ORG")]


def test_dateline_gives_place_and_agency(rules: BoilerplateRules) -> None:
    body = "PESHAWAR, Pakistan (AP) — Flash floods killed 36 people."
    [found] = rules.find(body)
    assert found.kind == "dateline"
    assert body[found.end :].startswith("Flash")
    assert [(body[s:e], label) for s, e, label in found.names] == [
        ("PESHAWAR", "GPE"),
        ("Pakistan", "GPE"),
        ("AP", "ORG"),
    ]


def test_dateline_with_a_date_and_byline(rules: BoilerplateRules) -> None:
    body = "By Jane Doe and Omar Farouk\n\nBRASILIA, Nov 5 (Reuters) - Leaders met."
    names = [(body[s:e], label) for b in rules.find(body) for s, e, label in b.names]
    assert names == [
        ("Jane Doe", "PERSON"),
        ("Omar Farouk", "PERSON"),
        ("BRASILIA", "GPE"),
        ("Reuters", "ORG"),
    ]


def test_article_text_blanks_boilerplate_and_reports_original_spans(rules: BoilerplateRules) -> None:
    body = "Quake \u201chits\u201d coast\n\nThe quake struck at dawn.\n\nSource link"
    text = ArticleText.of(Article(title="Quake \u201chits\u201d coast", body=body), rules)
    spans = text.boilerplate_spans()
    assert [s.text for s in spans] == ["Quake \u201chits\u201d coast", "Source link"]
    assert all(body[s.start : s.end] == s.text and s.field == "body" for s in spans)
    assert "Source link" not in text.text
    assert "Source link" in text.raw_text
    assert len(text.text) == len(text.raw_text)


def test_credit_clauses_give_their_peoples_names_and_where_they_sat(rules: BoilerplateRules) -> None:
    text = "Body.\n(Reporting by Ann Lee in Lima and Bo Chan; Editing by Cy D. Park)\n"
    [item] = [b for b in rules.find(text) if b.kind == "byline"]
    names = [(text[s:e], label) for s, e, label in item.names]
    assert names == [("Ann Lee", "PERSON"), ("Lima", "GPE"), ("Bo Chan", "PERSON"), ("Cy D. Park", "PERSON")]


def test_a_credited_name_loses_a_sentences_period_but_keeps_an_initials(rules: BoilerplateRules) -> None:
    text = "Body.\n--With assistance from Ann Lee and Bo B.\n"
    [item] = [b for b in rules.find(text) if b.kind == "byline"]
    assert [text[s:e] for s, e, _ in item.names] == ["Ann Lee", "Bo B."]


def test_dateline_of_cities_joined_by_slashes_gives_each_place(rules: BoilerplateRules) -> None:
    """A story filed from several cities ("OSLO/STOCKHOLM (Reuters) -"): two places, not one name."""
    body = "OSLO/STOCKHOLM (Reuters) - Ministers of both countries met on Friday."
    [found] = rules.find(body)
    assert found.kind == "dateline"
    assert body[found.end :].startswith("Ministers")
    assert [(body[s:e], label) for s, e, label in found.names] == [
        ("OSLO", "GPE"),
        ("STOCKHOLM", "GPE"),
        ("Reuters", "ORG"),
    ]
