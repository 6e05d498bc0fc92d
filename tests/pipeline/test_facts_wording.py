"""Sums and percentages read from the words around them: their change, their share, no parse.

Sentences are invented for these tests in the style of wire copy; they run the real model.
"""

from typing import Any

import pytest
from spacy.language import Language

from pipeline.conftest import FactsOf
from service.enrich.facts import extract_facts, number_windows
from service.enrich.pipeline import Resources
from service.enrich.text.article import AnalysedArticle, ArticleText
from service.schema.article import Article
from service.schema.events import FactKind


def change_of(facts_of: FactsOf, body: str, text: str) -> str | None:
    """The change of the fact whose text ends with ``text``."""
    found = [f for f in facts_of(body) if f.text.endswith(text)]
    assert len(found) == 1, facts_of(body)
    return found[0].change


@pytest.mark.parametrize(
    ("body", "text", "change"),
    [
        ("Shares in the brewer slid 6% in early trading.", "6%", "decrease"),  # verb before
        ("The index was down 1.4 percent at midday.", "1.4 percent", "decrease"),  # "down"
        ("Exports fell by nearly 9% in the quarter.", "9%", "decrease"),  # "by" after the verb
        ("The council cut the number of bus routes by 12% this spring.", "12%", "decrease"),  # far "by"
        ("Output climbed a revised 2.2 percent in May.", "2.2 percent", "increase"),  # article between
        ("The brewer reported a loss of $14 million for the year.", "$14 million", "decrease"),  # "of"
        (
            "The airline announced a 4 percent fare increase on Tuesday.",
            "4 percent",
            "increase",
        ),  # noun after
        ("Lawmakers rejected a $3 billion tax hike.", "$3 billion", "increase"),  # noun after a noun
        ("The storm wiped out $2 billion in crops.", "$2 billion", "decrease"),  # particle
        ("Rents rose to 1,200 dollars a month.", "1,200 dollars", None),  # level reached
        ("Fares will go from $2 to $3 next year.", "$2 to $3", None),  # a range of levels
        ("Carriers dropped their fares below $300 for the winter.", "$300", None),  # a bound crossed
        ("The fund has racked up $40 million in fees.", "$40 million", None),  # "up" as a particle
        ("The company paid $5 million for the site.", "$5 million", None),  # no change at all
        ("The start-up raised $8m from backers.", "$8m", None),  # "raised" is a change only with "by"
        ("The bank raised its rate by 0.5 percentage points.", "0.5 percentage points", "increase"),
        ("The index closed 0.7% higher on Friday.", "0.7%", "increase"),  # a comparative after
    ],
)
def test_change_of_sums_and_percentages(facts_of: FactsOf, body: str, text: str, change: str | None) -> None:
    assert change_of(facts_of, body, text) == change


@pytest.mark.parametrize(
    ("body", "text", "change"),
    [
        ("The Nikkei lost 210.5 points, or 1.1 percent, on Friday.", "1.1 percent", "decrease"),
        ("Fees rose by $120 and $95 in the two districts.", "$95", "increase"),
    ],
)
def test_a_restated_or_coordinated_sum_shares_the_change(
    facts_of: FactsOf, body: str, text: str, change: str
) -> None:
    assert change_of(facts_of, body, text) == change


def test_a_percentage_of_a_group_names_the_group(facts_of: FactsOf) -> None:
    fact = next(f for f in facts_of("About 40% of the voters stayed at home.") if f.kind is FactKind.PERCENT)
    assert fact.what == "voters"
    assert fact.count_type is None


def test_cents_after_a_sum_at_a_line_end_join_it(facts_of: FactsOf) -> None:
    facts = facts_of("The ticket costs 12 dollars 50\nThe bus leaves at noon.")
    assert [(f.kind, f.value) for f in facts] == [(FactKind.MONEY, 12.5)]


@pytest.mark.parametrize(
    ("body", "parsed"),
    [
        ("Profits rose 12% to $3.4bn in the first half.", False),  # sums and percentages only
        ("Gunmen killed 14 villagers and stole $2,000.", True),  # a count needs its verb
        ("Customs officers seized 40 kilograms of heroin.", True),  # a measure's verb (SEIZE)
    ],
)
def test_only_counts_and_measures_are_parsed(
    resources: Resources, body: str, parsed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = resources.model.nlp
    text = ArticleText.of(Article(title="", body=body))
    analysed = AnalysedArticle(text, nlp(text.text))
    assert bool(number_windows(analysed, resources.fact_tables)) is parsed
    calls: list[str] = []
    real_get_pipe = Language.get_pipe

    def counting_get_pipe(self: Language, name: str) -> Any:
        calls.append(name)
        return real_get_pipe(self, name)

    monkeypatch.setattr(Language, "get_pipe", counting_get_pipe)
    facts = extract_facts(analysed, nlp, resources.fact_tables)
    assert facts
    assert ("parser" in calls) is parsed
