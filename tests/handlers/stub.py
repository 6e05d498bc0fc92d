"""A stand-in for the spaCy pipeline, so that handler tests need no model (and no Redis)."""

from collections.abc import Sequence
from datetime import UTC, datetime

from service.enrich.pipeline import Enricher, EnrichResult
from service.schema.article import Article
from service.schema.events import ArticleOut, EnrichedEvent, PipelineInfo

#: A body that makes :class:`StubEnricher` fail the way a broken pipeline step would.
EXPLODING_BODY = "this body makes the stub pipeline raise"


class StubEnricher(Enricher):
    """Stands in for the spaCy pipeline: one empty event per article; records what it was given.

    A batch containing :data:`EXPLODING_BODY` raises as a whole (as a crashed ``nlp.pipe`` would),
    and so does that article alone.
    """

    def __init__(self) -> None:  # no Resources: nothing heavy is loaded
        self.include_body = True
        self.batch_size = 32
        self.pipeline_info = PipelineInfo(version="test", model="stub", model_version="0")
        self.seen: list[str] = []

    def enrich_batch(
        self, articles: Sequence[Article], *, enriched_at: datetime | None = None
    ) -> list[EnrichResult]:
        if any(article.body == EXPLODING_BODY for article in articles):
            raise RuntimeError("the pipeline broke")
        self.seen += [article.id for article in articles]
        return [self._stub_event(article) for article in articles]

    def _stub_event(self, article: Article) -> EnrichedEvent:
        return EnrichedEvent(
            event_id=self.event_id(article),
            article=ArticleOut(
                id=article.id,
                title=article.title,
                body=article.body,
                language=article.language,
                content_sha256=article.content_hash,
            ),
            enriched_at=datetime(2026, 1, 1, tzinfo=UTC),
            pipeline=self.pipeline_info,
        )
