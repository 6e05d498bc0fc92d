"""Pending entries FastStream leaves behind: this consumer's own after a restart, and dead consumers'.

Runs beside the FastStream subscriber (which only ever reads ``>``): :meth:`Reclaimer.drain_own`
once at start, before the subscriber reads anything new, then :meth:`Reclaimer.run` every
``reclaim_interval_s``, claiming entries idle for ``claim_idle_ms`` with XAUTOCLAIM. Entries are
claimed and processed **one at a time** (a claim counts a delivery): an entry that crashes the
worker again counts that crash against itself only, so only it reaches ``max_deliveries`` and
the dead-letter stream. Claimed entries go through the same :class:`BatchProcessor` as new ones.
"""

import asyncio
import contextlib
import time
from collections.abc import Callable

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from service.broker.errors import ErrorLog
from service.broker.group import autoclaim, claim_own_pending, prune_consumers
from service.broker.metrics import Metrics
from service.broker.processor import BatchProcessor
from service.settings import Settings

log = structlog.get_logger("service.broker.reclaimer")
#: Entries claimed per XCLAIM/XAUTOCLAIM: one, so that a crash counts against that entry alone.
CLAIM_COUNT = 1


class Reclaimer:
    """Claims pending entries and feeds them to the processor, one batch at a time."""

    def __init__(
        self, client: Redis, settings: Settings, processor: BatchProcessor, metrics: Metrics
    ) -> None:
        self.client = client
        self.settings = settings
        self.processor = processor
        self.metrics = metrics
        self.stopping = asyncio.Event()
        #: While true (Redis memory full), passes are skipped: a claim would only spend a delivery.
        self.paused: Callable[[], bool] = lambda: False
        #: Logs and counts Redis errors of the sweeps (the worker shares its own with the read loop).
        self.errors = ErrorLog(metrics.redis_errors)

    async def drain_own(self) -> int:
        """Process this consumer's own pending entries (left by its previous life); returns how many."""
        total = 0
        seen: set[str] = set()
        while not self.stopping.is_set():
            async with self.processor.lock:
                entries = await claim_own_pending(self.client, self.settings, CLAIM_COUNT)
                fresh = [entry for entry in entries if entry.entry_id not in seen]
                if not fresh:
                    break
                seen.update(entry.entry_id for entry in fresh)
                self.metrics.reclaimed.inc(len(fresh))
                await self.processor.process_locked(fresh, source="own_pending", read_at=time.monotonic())
            total += len(fresh)
        if total:
            log.info("reclaim.own_pending", entries=total)
        return total

    async def pass_once(self) -> int:
        """One full XAUTOCLAIM sweep of the group's pending entries; returns how many were claimed."""
        cursor, total = "0-0", 0
        while not self.stopping.is_set():
            async with self.processor.lock:
                cursor, entries, deleted = await autoclaim(self.client, self.settings, cursor, CLAIM_COUNT)
                if deleted:
                    log.warning("reclaim.deleted_entries", ids=deleted[:20], count=len(deleted))
                if entries:
                    self.metrics.reclaimed.inc(len(entries))
                    await self.processor.process_locked(entries, source="reclaimed", read_at=time.monotonic())
            total += len(entries)
            if cursor == "0-0":
                break
        if total:
            log.info("reclaim.claimed", entries=total)
        if not self.stopping.is_set() and (
            pruned := await prune_consumers(self.client, self.settings, self.processor.scripts)
        ):
            log.info("reclaim.pruned_consumers", consumers=pruned)
        return total

    async def run(self) -> None:
        """Sweep every ``reclaim_interval_s`` until :meth:`stop`; never raises."""
        while not self.stopping.is_set():
            try:
                if not self.paused():
                    await self.pass_once()
            except (RedisError, OSError) as exc:  # READONLY, NOPERM...: once per distinct error
                self.errors.failed("reclaim", exc)
            except Exception:
                log.exception("reclaim.failed")
            else:
                self.errors.succeeded("reclaim")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), self.settings.reclaim_interval_s)

    def stop(self) -> None:
        """Ask :meth:`run` and :meth:`drain_own` to finish after the batch in hand."""
        self.stopping.set()
