"""The read loop: XREADGROUP ``>`` in bounded batches, with capped exponential backoff on every error.

It replaces FastStream's stream subscriber, whose consume loop (0.7.8,
``faststream/redis/subscriber/usecases/stream_subscriber.py``) re-raises every ``ResponseError``
but NOGROUP; the task supervisor then restarts the read at once, so READONLY (a failover), NOPERM
(an ACL change), OOM or MISCONF become a hot loop of rejected calls. Its start also runs
``XGROUP CREATE ... MKSTREAM``, which a full Redis refuses even when the group exists, and it
cannot read from a Sentinel- or Cluster-managed Redis through our client. Here every error waits
``delay(attempt)`` (doubling, capped at ``read_backoff_max_s``, jittered), is logged once per
distinct error with a count (:class:`ErrorLog`), and READONLY or a lost connection drops the pooled
connections so that the next read reconnects (to the new primary, through Sentinel or DNS).
"""

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import cast

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from service.broker.backoff import delay
from service.broker.errors import ErrorLog
from service.broker.group import Entry, Fields
from service.broker.health import HealthState
from service.settings import Settings

ProcessBatch = Callable[[Sequence[Entry], float], Awaitable[None]]
#: Error kinds after which the pooled connections are dropped, so that the next one finds the primary.
RECONNECT_KINDS = frozenset({"readonly", "connection", "timeout", "masterdown", "loading"})
ReadReply = list[tuple[bytes, list[tuple[bytes, Fields]]]]

log = structlog.get_logger("service.broker.reader")


def entries_of(reply: ReadReply | None) -> list[Entry]:
    """The entries of an XREADGROUP reply (first delivery each: new entries read with ``>``)."""
    return [
        Entry(entry_id=entry_id.decode(), fields=dict(fields))
        for _stream, rows in reply or []
        for entry_id, fields in rows
        if fields is not None
    ]


class StreamReader:
    """Reads new entries for this consumer and hands each batch to ``process``, one batch at a time."""

    def __init__(
        self,
        client: Redis,
        settings: Settings,
        health: HealthState,
        errors: ErrorLog,
        process: ProcessBatch,
    ) -> None:
        self.client = client
        self.settings = settings
        self.health = health
        self.errors = errors
        self.process = process
        self.stopping = asyncio.Event()
        self.failures = 0

    async def read_once(self) -> list[Entry]:
        """One XREADGROUP (blocks up to ``block_ms``); raises what Redis raised."""
        s = self.settings
        reply = await self.client.xreadgroup(
            s.group, s.consumer, {s.input_stream: ">"}, count=s.batch_size, block=s.block_ms
        )
        return entries_of(cast("ReadReply | None", reply))

    async def run(self) -> None:
        """Read and process until :meth:`stop`; the batch in hand is finished first. Never raises."""
        while not self.stopping.is_set():
            if self.health.paused_reason() is not None:
                await self._wait(self.settings.health_interval_s)
                continue
            try:
                entries = await self.read_once()
            except (RedisError, OSError) as exc:
                await self._failed("read", exc)
                continue
            self.failures = 0
            self.errors.succeeded("read")
            self.health.progressed()
            if not entries:
                continue
            self.health.busy = True
            try:
                await self.process(entries, time.monotonic())
            except Exception as exc:
                log.exception("batch.failed", entries=len(entries))
                self.health.busy = False
                await self._failed("process", exc)
            else:
                self.health.progressed()
            finally:
                self.health.busy = False

    async def _failed(self, op: str, exc: BaseException) -> None:
        kind = self.errors.failed(op, exc)
        if kind in RECONNECT_KINDS:
            with contextlib.suppress(Exception):
                await self.client.connection_pool.disconnect()
        wait = delay(self.failures, initial=0.1, maximum=self.settings.read_backoff_max_s)
        self.failures += 1
        await self._wait(wait)

    async def _wait(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), seconds)

    def stop(self) -> None:
        """End :meth:`run` after the batch in hand."""
        self.stopping.set()
