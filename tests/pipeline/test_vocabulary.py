"""The vocabulary budget: words past it are freed after each batch, and the events do not change."""

import random
import string
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from service.enrich.pipeline import Enricher, Resources
from service.enrich.vocabulary import VocabularyBudget
from service.schema.article import Article
from service.schema.events import EnrichedEvent

_STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def _novel_words(seed: int, count: int) -> list[str]:
    """Capitalised nonsense words and long numbers no model vocabulary holds."""
    rng = random.Random(seed)
    return [
        rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=9))
        if i % 2
        else f"{rng.randrange(10**6, 10**7):,}"
        for i in range(count)
    ]


def _articles(seed: int) -> list[Article]:
    words = _novel_words(seed, 120)
    return [
        Article(
            title=f"{words[i]} Holdings names {words[i + 1]} chief",
            body=(
                f"{words[i + 3]} Holdings said on Monday that {words[i + 5]} {words[i + 7]} would "
                f"lead the firm from its base in Lyon, France. The company employs {words[i + 2]} "
                f"people and floods killed at least 14 in {words[i + 9]} last week."
            ),
        )
        for i in range(0, 100, 10)
    ]


def _with_budget(resources: Resources, budget: int) -> Enricher:
    model = replace(resources.model, vocabulary=VocabularyBudget(resources.model.nlp, budget))
    return Enricher(replace(resources, model=model))


def _comparable(results: Sequence[object]) -> list[EnrichedEvent]:
    events = [r for r in results if isinstance(r, EnrichedEvent)]
    assert len(events) == len(results)
    return [e.model_copy(update={"enriched_at": _STAMP}) for e in events]


def test_a_spent_budget_frees_each_batch_of_new_words(resources: Resources) -> None:
    strings = resources.model.nlp.vocab.strings
    spent = _with_budget(resources, 0)
    assert spent.resources.model.vocabulary.spent
    before = len(strings)
    results = spent.enrich_batch(_articles(1))
    assert len(strings) == before
    assert all(isinstance(r, EnrichedEvent) and r.entities for r in results)


def test_words_within_the_budget_are_kept(resources: Resources) -> None:
    strings = resources.model.nlp.vocab.strings
    roomy = _with_budget(resources, 10_000_000)
    assert not roomy.resources.model.vocabulary.spent
    before = len(strings)
    roomy.enrich_batch(_articles(2))
    assert len(strings) > before + 50


def test_events_are_the_same_inside_and_outside_a_memory_zone(resources: Resources) -> None:
    articles = _articles(3)
    zoned = _comparable(_with_budget(resources, 0).enrich_batch(articles))
    kept = _comparable(_with_budget(resources, 10_000_000).enrich_batch(articles))
    again = _comparable(_with_budget(resources, 0).enrich_batch(articles))
    assert zoned == kept == again
    assert any(fact.count_type == "KILL" for event in zoned for fact in event.facts)
