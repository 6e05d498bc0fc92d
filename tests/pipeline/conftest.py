"""Fixtures for the tests that run the spaCy model: it loads once per test session, here only."""

from collections.abc import Callable

import pytest

from service.enrich.entities import extract_entities
from service.enrich.facts import extract_facts
from service.enrich.pipeline import Enricher, Resources
from service.enrich.regions import extract_regions
from service.enrich.text.article import AnalysedArticle, ArticleText
from service.schema.article import Article
from service.schema.events import EnrichedEvent, Entity, Fact, Regions
from service.settings import DEFAULT_MODEL

EventOf = Callable[..., EnrichedEvent]
FactsOf = Callable[..., list[Fact]]
RegionsOf = Callable[..., Regions]


@pytest.fixture(scope="session")
def resources() -> Resources:
    """The default model and tables, loaded once for every pipeline test."""
    return Resources.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def enricher(resources: Resources) -> Enricher:
    """An enricher with the default settings."""
    return Enricher(resources)


def _analysed(resources: Resources, body: str, title: str) -> AnalysedArticle:
    """The text through the model, boilerplate left in (so a step sees every sentence it is given)."""
    text = ArticleText.of(Article(title=title, body=body))
    return AnalysedArticle(text, resources.model.nlp(text.text))


@pytest.fixture(scope="session")
def event_of(enricher: Enricher) -> EventOf:
    """``event_of(body, title="")``: the event the pipeline makes of that text (fails on an error)."""

    def run(body: str, title: str = "") -> EnrichedEvent:
        result = enricher.enrich(Article(title=title, body=body))
        assert isinstance(result, EnrichedEvent), result
        return result

    return run


@pytest.fixture(scope="session")
def facts_of(resources: Resources) -> FactsOf:
    """``facts_of(body, title="")``: the facts of that text, through the real model."""

    def run(body: str, title: str = "") -> list[Fact]:
        analysed = _analysed(resources, body, title)
        return extract_facts(analysed, resources.model.nlp, resources.fact_tables)

    return run


@pytest.fixture(scope="session")
def regions_of(resources: Resources) -> RegionsOf:
    """``regions_of(body, title="")``: the regions the pipeline resolves for that text."""

    def run(body: str, title: str = "") -> Regions:
        analysed = _analysed(resources, body, title)
        entities = extract_entities(analysed, resources.entity_tables)
        return extract_regions(analysed, entities, resources.gazetteer)

    return run


def mention_types(event: EnrichedEvent) -> dict[str, str]:
    """Each mention's text with its entity's type (a later mention of the same text wins)."""
    return {m.text: e.type for e in event.entities for m in e.mentions}


def entity_by_mention(event: EnrichedEvent) -> dict[str, Entity]:
    """Each mention's text with its entity (to compare ids: grouped or not)."""
    return {m.text: e for e in event.entities for m in e.mentions}


def only(facts: list[Fact], value: float) -> Fact:
    """The single fact of ``value`` (fails when there is none or more than one)."""
    found = [f for f in facts if round(f.value, 6) == round(value, 6)]
    assert len(found) == 1, facts
    return found[0]
