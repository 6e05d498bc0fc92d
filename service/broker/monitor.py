"""A periodic check of Redis, its memory and the group: readiness, backpressure, gauges, fatal exits."""

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import cast

import structlog
from redis.asyncio import Redis
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import RedisError

from service.broker.backoff import TRANSIENT, delay
from service.broker.connection import is_cluster
from service.broker.errors import ErrorLog
from service.broker.group import group_stats, unread_count
from service.broker.health import HealthState
from service.broker.metrics import Metrics
from service.settings import Settings

log = structlog.get_logger("service.broker.monitor")
#: Reading resumes once memory use falls this far (share of maxmemory) below ``memory_pause_ratio``.
MEMORY_HYSTERESIS = 0.05


class Monitor:
    """Pings Redis, reads the group's unread and pending counts, and calls ``on_fatal`` when it cannot go on.

    Fatal: the group vanished (a Redis that kept nothing) or the read loop stopped. The
    worker then exits non-zero so that its supervisor restarts it and the group is created again at
    ``group_start_id``.
    """

    def __init__(
        self,
        client: Redis,
        settings: Settings,
        health: HealthState,
        metrics: Metrics,
        on_fatal: Callable[[str], None],
        errors: ErrorLog,
    ) -> None:
        self.client = client
        self.settings = settings
        self.health = health
        self.metrics = metrics
        self.on_fatal = on_fatal
        self.errors = errors
        self.stopping = asyncio.Event()
        self._failures = 0

    async def check(self) -> None:
        """One pass: update health flags and gauges; report a fatal condition once."""
        health = self.health
        try:
            stats = await group_stats(self.client, self.settings)
            unread = None if stats is None else await unread_count(self.client, self.settings, stats)
        except TRANSIENT as exc:
            if health.redis_ok or self._failures == 0:
                log.warning("redis.down", error=f"{type(exc).__name__}: {exc}")
            health.redis_ok = False
            self._failures += 1
        except RedisError as exc:  # answered, but refused (an ACL without XINFO...): say so once
            self.errors.failed("monitor", exc)
        else:
            self.errors.succeeded("monitor")
            if self._failures:
                log.info("redis.up", failed_checks=self._failures)
            self._failures = 0
            health.redis_ok = True
            health.group_ok = stats is not None
            if stats is not None:
                self.metrics.pending.set(stats.pending)
            if unread is not None:
                self.metrics.lag.set(unread)
        if health.redis_ok:
            await self.check_memory()
        if not health.stopping and health.fatal is None:
            if health.redis_ok and not health.group_ok:
                self._fatal(
                    f"consumer group {self.settings.group!r} on {self.settings.input_stream!r} is gone"
                )
            elif not health.reader_running():
                self._fatal("the stream reader stopped")
        self.metrics.ready.set(0 if health.not_ready_reasons() else 1)
        health.heartbeat = time.monotonic()

    async def check_memory(self) -> None:
        """Backpressure: pause reading while ``used_memory`` is above ``memory_pause_ratio`` of ``maxmemory``.

        Reading resumes below the ratio minus :data:`MEMORY_HYSTERESIS`, so that it does not flap.
        """
        try:
            if is_cluster(self.client):  # the primary that holds the worker's slot
                node = cast("RedisCluster", self.client).get_node_from_key(self.settings.input_stream)
                info = await self.client.info("memory", target_nodes=node)
            else:
                info = await self.client.info("memory")
        except RedisError as exc:
            self.errors.failed("memory", exc)
            return
        self.errors.succeeded("memory")
        used, limit = int(info.get("used_memory", 0)), int(info.get("maxmemory", 0))
        ratio = used / limit if limit else 0.0
        self.metrics.memory_used_ratio.set(ratio)
        threshold = self.settings.memory_pause_ratio
        full = ratio >= (threshold - MEMORY_HYSTERESIS if self.health.memory_full else threshold)
        if full != self.health.memory_full:
            event = "redis.memory_full" if full else "redis.memory_ok"
            log.warning(event, used_memory=used, maxmemory=limit, ratio=round(ratio, 3))
        self.health.memory_full = full

    def _fatal(self, reason: str) -> None:
        self.health.fatal = reason
        log.critical("worker.fatal", reason=reason)
        self.on_fatal(reason)

    async def run(self) -> None:
        """Check every ``health_interval_s`` (backing off while Redis is away) until :meth:`stop`."""
        while not self.stopping.is_set():
            try:
                await self.check()
            except Exception:
                log.exception("monitor.failed")
            wait = self.settings.health_interval_s
            if self._failures:
                wait = min(wait, delay(self._failures - 1, initial=0.1, maximum=wait))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), wait)

    def stop(self) -> None:
        """End :meth:`run` at its next wait."""
        self.stopping.set()
