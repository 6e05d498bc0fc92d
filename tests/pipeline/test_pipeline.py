"""The pure pipeline as a whole: batching, isolation of failures, the example article."""

from typing import Any

import pytest
from conftest import ExampleArticle
from spacy.language import Language
from threadpoolctl import threadpool_info

from service.enrich import entities as entities_module
from service.enrich.pipeline import Enricher
from service.schema.article import Article
from service.schema.errors import ArticleError, ErrorCode
from service.schema.events import EnrichedEvent


def test_a_batch_of_100_goes_through_one_nlp_pipe_call(
    enricher: Enricher, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real_pipe = Language.pipe

    def counting_pipe(self: Language, texts: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real_pipe(self, texts, **kwargs)

    monkeypatch.setattr(Language, "pipe", counting_pipe)
    articles = [Article(id=f"n{i}", body=f"Story {i} from Lagos and Abuja, Nigeria.") for i in range(100)]
    results = enricher.enrich_batch(articles)
    assert len(calls) == 1
    assert [r.article.id for r in results if isinstance(r, EnrichedEvent)] == [a.id for a in articles]


def test_one_failing_article_does_not_sink_the_batch(
    enricher: Enricher, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = entities_module.extract_entities

    def flaky(analysed: Any, *args: Any, **kwargs: Any) -> Any:
        if analysed.source.article.id == "bad":
            raise RuntimeError("boom")
        return real(analysed, *args, **kwargs)

    monkeypatch.setattr("service.enrich.pipeline.extract_entities", flaky)
    results = enricher.enrich_batch(
        [Article(id="ok1", body="A."), Article(id="bad", body="B."), Article(id="ok2", body="C.")]
    )
    assert isinstance(results[0], EnrichedEvent) and isinstance(results[2], EnrichedEvent)
    assert isinstance(results[1], ArticleError)
    assert results[1].code == ErrorCode.ENRICHMENT_FAILED and "boom" in results[1].message


def test_example_article_offsets_are_true(enricher: Enricher, example_article: ExampleArticle) -> None:
    article = example_article.article
    event = enricher.enrich(article)
    assert isinstance(event, EnrichedEvent)
    assert len(event.entities) >= len(example_article.gold["entities"])
    for entity in event.entities:
        assert entity.count == len(entity.mentions)
        for mention in entity.mentions:
            source = article.title if mention.field == "title" else article.body
            assert source[mention.start : mention.end] == mention.text


def test_every_component_multiplies_with_openblas_on_one_thread(enricher: Enricher) -> None:
    nlp = enricher.resources.model.nlp
    models = {name: pipe.model for name, pipe in nlp.components if hasattr(pipe, "model")}
    assert {"ner", "tok2vec", "parser"} <= models.keys()
    assert {name: model.ops.use_blis for name, model in models.items()} == dict.fromkeys(models, False)
    assert {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"} == {1}
