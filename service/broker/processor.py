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
from functools import partial
from typing import Any

import structlog
from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError

from service.broker.backoff import TRANSIENT, GaveUpError, delay, retry_transient
from service.broker.codec import DeadLetter, Fields, dead_letter_fields, event_fields
from service.broker.connection import is_cluster
from service.broker.group import Entry
from service.broker.metrics import Metrics
from service.broker.scripts import CommitScripts, Committed, Outcome, TrimNote
from service.edge import enrich_entries, limits_of
from service.enrich.pipeline import Enricher
from service.schema.errors import ArticleError, ErrorCode, ErrorStage
from service.schema.events import EnrichedEvent
from service.settings import Settings

log = structlog.get_logger("service.broker")
#: Consecutive failing commit attempts after which the worker reports not ready.
COMMITS_FAILING_AFTER = 2
#: Longest pause (s) between attempts to commit entries whose commit failed.
COMMIT_RETRY_MAX_S = 5.0


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
        #: Entries given up uncommitted (still pending) because the shutdown grace ran out.
        self.abandoned = 0
        #: Consecutive commit attempts in which some entry failed; 0 after any clean attempt.
        self.failing_attempts = 0

    @property
    def commits_failing(self) -> bool:
        """True while commits keep failing (readiness turns 503)."""
        return self.failing_attempts >= COMMITS_FAILING_AFTER

    async def process(self, entries: Sequence[Entry], *, source: str, read_at: float | None = None) -> None:
        """Process ``entries`` under the lock; see :meth:`process_locked`."""
        async with self.lock:
            await self.process_locked(entries, source=source, read_at=read_at)

    async def process_locked(
        self, entries: Sequence[Entry], *, source: str, read_at: float | None = None
    ) -> None:
        """Process ``entries`` (caller holds ``lock``); what is not committed stays pending.

        An entry delivered before (it may be what crashed a worker) is processed alone, so that a
        crash it causes again counts against it only.
        """
        redelivered = [[entry] for entry in entries if entry.deliveries > 1]
        first = [entry for entry in entries if entry.deliveries <= 1]
        for batch in [first, *redelivered] if first else redelivered:
            try:
                await self._process_batch(batch, source, read_at)
            except asyncio.CancelledError:
                self._abandon(len(batch), "cancelled")
                raise

    async def _process_batch(self, entries: Sequence[Entry], source: str, read_at: float | None) -> None:
        started = read_at if read_at is not None else time.monotonic()
        plans = await asyncio.to_thread(plan_batch, entries, self.enricher, self.settings)
        attempt = 0
        while plans:
            try:
                replies = await retry_transient(
                    partial(self.commit, plans), what="commit", deadline=lambda: self.deadline
                )
            except GaveUpError:
                self._abandon(len(plans), "shutdown while Redis was unavailable")
                return
            duration = time.monotonic() - started
            failed = [
                plan
                for plan, reply in zip(plans, replies, strict=True)
                if not self._report(plan, reply, duration, source)
            ]
            self.failing_attempts = self.failing_attempts + 1 if failed else 0
            plans = failed
            if plans and not await self._wait_to_retry(plans, attempt):
                self._abandon(len(plans), "shutdown while commits were failing")
                return
            attempt += 1

    async def _wait_to_retry(self, plans: list[Planned], attempt: int) -> bool:
        """Keep the failed entries (reset their idle time, not their delivery count) and back off.

        False when the shutdown deadline leaves no time for another attempt.
        """
        # Under half the claim idle time, so that the JUSTID claim keeps other replicas off them.
        longest = min(COMMIT_RETRY_MAX_S, self.settings.claim_idle_ms / 2000)
        wait = delay(attempt, initial=min(0.2, longest), maximum=longest)
        if self.deadline is not None and time.monotonic() + wait > self.deadline:
            return False
        s = self.settings
        ids: list[str | bytes | int | memoryview[int]] = [plan.entry.entry_id for plan in plans]
        try:  # JUSTID: other replicas do not reclaim them and the delivery count stays put
            await self.client.xclaim(s.input_stream, s.group, s.consumer, 0, ids, justid=True)
        except RedisError as exc:
            log.debug("commit.keep_failed", error=str(exc))
        await asyncio.sleep(wait)
        return True

    def _abandon(self, count: int, reason: str) -> None:
        self.abandoned += count
        self.metrics.abandoned.inc(count)
        log.warning("batch.abandoned", entries=count, reason=reason)

    async def commit(self, plans: list[Planned]) -> list[Committed | Exception]:
        """One script per entry on a non-transactional pipeline: one round trip, each script all-or-nothing.

        Raises a transient Redis error (the caller retries); other errors come back per entry.
        """
        raw: list[Any]
        if is_cluster(self.client):  # redis-py refuses scripts in cluster pipelines: run them side by side
            calls = [self._queue(self.client, plan) for plan in plans]
            raw = list(await asyncio.gather(*calls, return_exceptions=True))
        else:
            async with self.client.pipeline(transaction=False) as pipe:
                for plan in plans:
                    await self._queue(pipe, plan)
                raw = await pipe.execute(raise_on_error=False)
        for item in raw:
            if isinstance(item, TRANSIENT):
                raise item
        return [item if isinstance(item, Exception) else Committed.of(item) for item in raw]

    async def _queue(self, target: Pipeline | Redis, plan: Planned) -> Any:
        """Queue (on a pipeline) or run (on a client) the commit script of one plan."""
        entry_id = plan.entry.entry_id
        if isinstance(plan.result, EnrichedEvent):
            fields = event_fields(plan.result)
            return await self.scripts.queue_publish(target, entry_id, plan.result.event_id, fields)
        max_fields = self.settings.max_entry_fields
        flat = dead_letter_fields(plan.entry.fields, plan.result, max_fields=max_fields)
        code = plan.result.error.code.value
        return await self.scripts.queue_dead_letter(target, entry_id, code, flat)

    def _report(self, plan: Planned, reply: Committed | Exception, duration: float, source: str) -> bool:
        """One log line and the metrics for one entry; False when its commit failed."""
        entry, result = plan.entry, plan.result
        article_id = result.article.id if isinstance(result, EnrichedEvent) else ""
        with structlog.contextvars.bound_contextvars(entry_id=entry.entry_id, article_id=article_id):
            if isinstance(reply, Exception) or reply.outcome is Outcome.BLOCKED:
                reason = (
                    f"{type(reply).__name__}: {reply}" if isinstance(reply, Exception) else reply.entry_id
                )
                self.metrics.commits.labels(outcome="failed").inc()
                log.error("article.commit_failed", error=reason, source=source, attempts=entry.deliveries)
                return False
            self._count(reply, result)
            self.metrics.latency.observe(duration)
            common = {
                "outcome": reply.outcome.value,
                "output_id": reply.entry_id,
                "duration_ms": round(duration * 1000, 1),
                "attempts": entry.deliveries,
                "source": source,
            }
            if isinstance(result, EnrichedEvent):
                log.info(
                    "article",
                    **common,
                    event_id=result.event_id,
                    entities=len(result.entities),
                    mentions=sum(e.count for e in result.entities),
                    facts=len(result.facts),
                    countries=len(result.regions.countries),
                )
            else:
                log.warning(
                    "article",
                    **common,
                    error_code=result.error.code.value,
                    error_stage=result.error.stage.value,
                    error=result.error.message[:500],
                )
            return True

    def _count(self, reply: Committed, result: EnrichedEvent | DeadLetter) -> None:
        m = self.metrics
        if reply.outcome is Outcome.STALE:
            m.commits.labels(outcome="stale").inc()
        elif isinstance(result, EnrichedEvent):
            m.commits.labels(outcome="committed").inc()
            (m.processed if reply.outcome is Outcome.PUBLISHED else m.duplicates).inc()
        else:
            code = result.error.code.value
            m.commits.labels(outcome="dead_lettered").inc()
            m.failed.labels(code=code).inc()
            if reply.outcome is Outcome.DEAD_LETTERED:
                m.dead_lettered.labels(code=code).inc()
        if reply.outcome in (Outcome.PUBLISHED, Outcome.DEAD_LETTERED):  # trimming was evaluated
            m.trim_held_back.set(0 if reply.trim is TrimNote.NONE else 1)
        if reply.trim is TrimNote.FORCED:
            m.trim_forced.inc()
