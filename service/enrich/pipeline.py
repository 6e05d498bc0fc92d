"""Composes the pure steps: article in, :class:`EnrichedEvent` (or :class:`ArticleError`) out.

Nothing here reads settings, touches the network or writes logs: the worker, the CLI and the tests
all call :meth:`Enricher.enrich_batch` with articles they obtained themselves.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from service import __version__
from service.constants import DEFAULT_BATCH_SIZE, DEFAULT_VOCABULARY_BUDGET
from service.enrich.entities import extract_entities
from service.enrich.entities.tables import EntityTables
from service.enrich.facts import extract_facts, extract_facts_batch
from service.enrich.facts.tables import FactTables
from service.enrich.nlp import NlpModel, load_model
from service.enrich.regions import extract_regions
from service.enrich.regions.gazetteer import Gazetteer
from service.enrich.shared_words import SharedWords
from service.enrich.text import extract_text
from service.enrich.text.article import AnalysedArticle
from service.enrich.text.tables import TextTables
from service.schema.article import Article
from service.schema.errors import ArticleError, ErrorCode, ErrorStage
from service.schema.events import ArticleOut, EnrichedEvent, Fact, PipelineInfo

EnrichResult = EnrichedEvent | ArticleError


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything heavy the pipeline needs, loaded once per process."""

    model: NlpModel
    text_tables: TextTables
    entity_tables: EntityTables
    fact_tables: FactTables
    gazetteer: Gazetteer

    @classmethod
    def load(cls, model_name: str, *, vocabulary_budget: int = DEFAULT_VOCABULARY_BUDGET) -> "Resources":
        """Load the model and the shipped tables; the word lists capabilities share are read once."""
        shared = SharedWords.load()
        gazetteer = Gazetteer.load(shared)  # the entity step groups place names with it too
        return cls(
            model=load_model(model_name, vocabulary_budget=vocabulary_budget),
            text_tables=TextTables.load(),
            entity_tables=EntityTables.load(shared, gazetteer),
            fact_tables=FactTables.load(shared),
            gazetteer=gazetteer,
        )


class Enricher:
    """Turns articles into events with loaded :class:`Resources`."""

    def __init__(
        self, resources: Resources, *, include_body: bool = True, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> None:
        self.resources = resources
        self.include_body = include_body
        self.batch_size = batch_size
        model = resources.model
        self.pipeline_info = PipelineInfo(version=__version__, model=model.label, model_version=model.version)

    def enrich(self, article: Article, *, enriched_at: datetime | None = None) -> EnrichResult:
        """Enrich one article (prefer :meth:`enrich_batch` for more than one)."""
        return self.enrich_batch([article], enriched_at=enriched_at)[0]

    def enrich_batch(
        self, articles: Sequence[Article], *, enriched_at: datetime | None = None
    ) -> list[EnrichResult]:
        """Enrich ``articles`` in one ``nlp.pipe`` pass; one result per article, in order.

        The batch runs inside the model's vocabulary budget: no spaCy object outlives this call.
        """
        with self.resources.model.vocabulary.batch():
            return self._enrich_batch(articles, enriched_at or datetime.now(UTC))

    def _enrich_batch(self, articles: Sequence[Article], stamp: datetime) -> list[EnrichResult]:
        texts = [extract_text(article, self.resources.text_tables) for article in articles]
        docs = self.resources.model.nlp.pipe((t.text for t in texts), batch_size=self.batch_size)
        analysed = [AnalysedArticle(text, doc) for text, doc in zip(texts, docs, strict=True)]
        batch_facts = self._batch_facts(analysed)
        results: list[EnrichResult] = []
        for item, facts in zip(analysed, batch_facts, strict=True):
            try:
                results.append(self._event(item, stamp, facts))
            except Exception as exc:  # noqa: BLE001 - one bad article must not sink the batch
                results.append(
                    ArticleError(
                        code=ErrorCode.ENRICHMENT_FAILED,
                        message=f"{type(exc).__name__}: {exc}",
                        stage=ErrorStage.ENRICH,
                    )
                )
        return results

    def event_id(self, article: Article) -> str:
        """Deterministic: the same article text through the same pipeline gets the same id."""
        info = self.pipeline_info
        key = "\x00".join((article.id, article.content_hash, info.version, info.model, info.model_version))
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def _batch_facts(self, analysed: list[AnalysedArticle]) -> list[list[Fact] | None]:
        """Facts of the whole batch in one parse call; None (redo per article) if that fails."""
        try:
            return list(extract_facts_batch(analysed, self.resources.model.nlp, self.resources.fact_tables))
        except Exception:  # noqa: BLE001 - the per-article pass isolates the bad article
            return [None] * len(analysed)

    def _event(
        self, analysed: AnalysedArticle, enriched_at: datetime, facts: list[Fact] | None
    ) -> EnrichedEvent:
        res = self.resources
        article = analysed.source.article
        entities = extract_entities(analysed, res.entity_tables)
        if facts is None:
            facts = extract_facts(analysed, res.model.nlp, res.fact_tables)
        regions = extract_regions(analysed, entities, res.gazetteer)
        return EnrichedEvent(
            event_id=self.event_id(article),
            article=ArticleOut(
                id=article.id,
                url=article.url,
                title=article.title,
                body=article.body if self.include_body else None,
                source=article.source,
                published_at=article.published_at,
                language=article.language,
                content_sha256=article.content_hash,
            ),
            enriched_at=enriched_at,
            pipeline=self.pipeline_info,
            entities=entities,
            facts=facts,
            regions=regions,
            boilerplate=analysed.source.boilerplate_spans(),
        )
