"""A batch of stream entries -> decode -> enrich (one ``nlp.pipe`` pass) -> atomic commit; a log line each.

Every path into the pipeline goes through :meth:`BatchProcessor.process`: new entries from the
FastStream subscriber, the consumer's own pending entries after a restart, and entries reclaimed
from dead consumers. Batches are processed one at a time (``lock``), so the work in flight is
bounded by the batch size.
"""

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

import structlog
from redis.asyncio import Redis

from service.broker.backoff import TRANSIENT, GaveUpError, retry_transient
from service.broker.codec import DeadLetter, Fields, dead_letter_fields, event_fields
from service.broker.group import Entry
from service.broker.metrics import Metrics
from service.broker.scripts import CommitScripts, Committed, Outcome
from service.edge import enrich_entries, limits_of
from service.enrich.pipeline import Enricher
from service.schema.errors import ArticleError, ErrorCode, ErrorStage
from service.schema.events import EnrichedEvent
from service.settings import Settings

log = structlog.get_logger("service.broker")


@dataclass(frozen=True, slots=True)
class Planned:
    """What to do with one entry: publish an event or dead-letter an error."""

    entry: Entry
    result: EnrichedEvent | DeadLetter


def plan_batch(entries: Sequence[Entry], enricher: Enricher, settings: Settings) -> list[Planned]:
    """Each entry's fate (no Redis): too many deliveries, else the shared edge path (decode, enrich)."""
    items: list[Fields | ArticleError] = [
        ArticleError(
            code=ErrorCode.TOO_MANY_DELIVERIES,
            message=f"delivered {entry.deliveries} times; the limit is {settings.max_deliveries}",
            stage=ErrorStage.DECODE,
        )
        if entry.deliveries > settings.max_deliveries
        else entry.fields
        for entry in entries
    ]
    results = enrich_entries(enricher, items, limits_of(settings))
    plans = []
    for entry, result in zip(entries, results, strict=True):
        if isinstance(result, ArticleError):
            dead = DeadLetter(
                result, entry.deliveries, settings.consumer, entry.entry_id, settings.input_stream
            )
            plans.append(Planned(entry, dead))
        else:
            plans.append(Planned(entry, result))
    return plans


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
        plans = await asyncio.to_thread(plan_batch, entries, self.enricher, self.settings)
        try:
            replies = await retry_transient(
                lambda: self.commit(plans), what="commit", deadline=lambda: self.deadline
            )
        except GaveUpError:
            log.warning("batch.abandoned", entries=len(plans), reason="shutdown while Redis was unavailable")
            return
        duration = time.monotonic() - started
        for plan, reply in zip(plans, replies, strict=True):
            self._report(plan, reply, duration, source)

    async def commit(self, plans: list[Planned]) -> list[Committed | Exception]:
        """One script per entry on a non-transactional pipeline: one round trip, each script atomic.

        Raises a transient Redis error (the caller retries); other errors come back per entry.
        """
        async with self.client.pipeline(transaction=False) as pipe:
            for plan in plans:
                if isinstance(plan.result, EnrichedEvent):
                    fields = event_fields(plan.result)
                    await self.scripts.queue_publish(pipe, plan.entry.entry_id, plan.result.event_id, fields)
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
