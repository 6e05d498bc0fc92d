"""A batch of stream entries -> decode -> enrich (one ``nlp.pipe`` pass) -> atomic commit; a log line each.

Every path into the pipeline goes through :meth:`BatchProcessor.process`: new entries from the
FastStream subscriber, the consumer's own pending entries after a restart, and entries reclaimed
from dead consumers. Batches are processed one at a time (``lock``), so the work in flight is
bounded by the batch size.
"""

import asyncio
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

import structlog
from redis.asyncio import Redis

from service.broker.backoff import TRANSIENT, GaveUpError, retry_transient
from service.broker.codec import DeadLetter, dead_letter_fields, decode_entry, event_fields
from service.broker.group import Entry
from service.broker.metrics import Metrics
from service.broker.scripts import CommitScripts, Committed, Outcome
from service.enrich.pipeline import Enricher, EnrichResult
from service.schema.article import Article
from service.schema.errors import ArticleError, ErrorCode, ErrorStage
from service.schema.events import EnrichedEvent
from service.settings import Settings

#: Exit status of the test-only ``exit_after_publish`` fault hook.
FAULT_EXIT_CODE = 86

log = structlog.get_logger("service.broker")


@dataclass(frozen=True, slots=True)
class Planned:
    """What to do with one entry: publish an event or dead-letter an error."""

    entry: Entry
    result: EnrichedEvent | DeadLetter


class BatchProcessor:
    """Turns batches of entries into committed output or dead-letter entries."""

    def __init__(self, client: Redis, settings: Settings, enricher: Enricher, metrics: Metrics) -> None:
        self.client = client
        self.settings = settings
        self.enricher = enricher
        self.metrics = metrics
        self.scripts = CommitScripts(client, settings)
        self.lock = asyncio.Lock()
        #: Monotonic time after which commits stop retrying (set when shutting down).
        self.deadline: float | None = None

    async def process(self, entries: Sequence[Entry], *, source: str, read_at: float | None = None) -> None:
        """Process ``entries`` under the lock; see :meth:`process_locked`."""
        async with self.lock:
            await self.process_locked(entries, source=source, read_at=read_at)

    async def process_locked(
        self, entries: Sequence[Entry], *, source: str, read_at: float | None = None
    ) -> None:
        """Process ``entries`` (caller holds ``lock``); what is not committed stays pending for a reclaim."""
        if not entries:
            return
        started = read_at if read_at is not None else time.monotonic()
        plans = await self._plan(entries)
        if self.settings.fault_delay_ms:
            await asyncio.sleep(self.settings.fault_delay_ms / 1000)
        try:
            replies = await retry_transient(
                lambda: self._commit(plans), what="commit", deadline=lambda: self.deadline
            )
        except GaveUpError:
            log.warning("batch.abandoned", entries=len(plans), reason="shutdown while Redis was unavailable")
            return
        if self.settings.fault_hook == "exit_after_publish":
            log.warning("fault.exit_after_publish", entries=len(plans))
            sys.stderr.flush()
            os._exit(FAULT_EXIT_CODE)
        duration = time.monotonic() - started
        for plan, reply in zip(plans, replies, strict=True):
            self._report(plan, reply, duration, source)

    async def _plan(self, entries: Sequence[Entry]) -> list[Planned]:
        s = self.settings
        decoded: list[Article | ArticleError] = []
        for entry in entries:
            if entry.deliveries > s.max_deliveries:
                decoded.append(
                    ArticleError(
                        code=ErrorCode.TOO_MANY_DELIVERIES,
                        message=f"delivered {entry.deliveries} times; the limit is {s.max_deliveries}",
                        stage=ErrorStage.DECODE,
                    )
                )
            else:
                decoded.append(
                    decode_entry(entry.fields, max_chars=s.max_article_chars, max_bytes=s.max_entry_bytes)
                )
        articles = [item for item in decoded if isinstance(item, Article)]
        enriched = iter(await asyncio.to_thread(self._enrich, articles) if articles else [])
        plans = []
        for entry, item in zip(entries, decoded, strict=True):
            result: EnrichResult = next(enriched) if isinstance(item, Article) else item
            if isinstance(result, ArticleError):
                dead = DeadLetter(result, entry.deliveries, s.consumer, entry.entry_id, s.input_stream)
                plans.append(Planned(entry, dead))
            else:
                plans.append(Planned(entry, result))
        return plans

    def _enrich(self, articles: list[Article]) -> list[EnrichResult]:
        """One ``nlp.pipe`` pass; if the batch as a whole fails, retry one by one to isolate the culprit."""
        try:
            return self.enricher.enrich_batch(articles)
        except Exception:  # noqa: BLE001 - isolate the article that broke the batch
            return [self._enrich_one(article) for article in articles]

    def _enrich_one(self, article: Article) -> EnrichResult:
        try:
            return self.enricher.enrich(article)
        except Exception as exc:  # noqa: BLE001 - a bad article becomes a dead-letter entry
            return ArticleError(
                code=ErrorCode.ENRICHMENT_FAILED,
                message=f"{type(exc).__name__}: {exc}",
                stage=ErrorStage.ENRICH,
            )

    async def _commit(self, plans: list[Planned]) -> list[Committed | Exception]:
        """One script per entry on a non-transactional pipeline: one round trip, each script atomic."""
        ack = self.settings.fault_hook != "exit_after_publish"
        async with self.client.pipeline(transaction=False) as pipe:
            for plan in plans:
                if isinstance(plan.result, EnrichedEvent):
                    fields = event_fields(plan.result)
                    await self.scripts.queue_publish(
                        pipe, plan.entry.entry_id, plan.result.event_id, fields, ack=ack
                    )
                else:
                    flat = dead_letter_fields(plan.entry.fields, plan.result)
                    await self.scripts.queue_dead_letter(pipe, plan.entry.entry_id, flat)
            raw = await pipe.execute(raise_on_error=False)
        for item in raw:
            if isinstance(item, TRANSIENT):
                raise item
        return [item if isinstance(item, Exception) else Committed.of(item) for item in raw]

    def _report(self, plan: Planned, reply: Committed | Exception, duration: float, source: str) -> None:
        """One log line and the metrics for one entry."""
        entry, result = plan.entry, plan.result
        article_id = result.article.id if isinstance(result, EnrichedEvent) else ""
        with structlog.contextvars.bound_contextvars(entry_id=entry.entry_id, article_id=article_id):
            if isinstance(reply, Exception):
                log.error("article.commit_failed", error=f"{type(reply).__name__}: {reply}", source=source)
                return
            self.metrics.latency.observe(duration)
            common = {
                "outcome": reply.outcome.value,
                "output_id": reply.entry_id,
                "duration_ms": round(duration * 1000, 1),
                "attempts": entry.deliveries,
                "source": source,
            }
            if isinstance(result, EnrichedEvent):
                if reply.outcome is Outcome.PUBLISHED:
                    self.metrics.processed.inc()
                elif reply.outcome is Outcome.DUPLICATE:
                    self.metrics.duplicates.inc()
                log.info(
                    "article",
                    **common,
                    event_id=result.event_id,
                    entities=len(result.entities),
                    mentions=sum(e.count for e in result.entities),
                    facts=len(result.facts),
                    countries=len(result.regions.countries),
                )
                return
            code = result.error.code.value
            self.metrics.failed.labels(code=code).inc()
            if reply.outcome is Outcome.DEAD_LETTERED:
                self.metrics.dead_lettered.labels(code=code).inc()
            log.warning(
                "article",
                **common,
                error_code=code,
                error_stage=result.error.stage.value,
                error=result.error.message[:500],
            )
