"""The FastStream app: a lifespan that finds the group and loads the model once, the read loop, HTTP routes.

``create_app(settings)`` builds it; ``app_factory()`` reads the settings from the environment, for
FastStream's CLI (``faststream docs gen --factory service.broker.app:app_factory``). Routes:
``/healthz``, ``/readyz``, ``/metrics`` (Prometheus).
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from functools import partial
from typing import TypeVar

import structlog
from faststream.asgi import AsgiFastStream
from faststream.redis import RedisBroker
from faststream.specification import AsyncAPI
from prometheus_client import make_asgi_app
from redis.exceptions import RedisError

from service import __version__
from service.broker.backoff import delay
from service.broker.connection import async_client, describe, spec_url
from service.broker.errors import ErrorLog
from service.broker.group import Entry, ensure_group
from service.broker.health import HealthState, make_health_routes
from service.broker.metrics import Metrics
from service.broker.monitor import Monitor
from service.broker.processor import BatchProcessor
from service.broker.reader import StreamReader
from service.broker.reclaimer import Reclaimer
from service.enrich.pipeline import Enricher, Resources
from service.settings import Settings

T = TypeVar("T")
log = structlog.get_logger("service.broker")
#: FastStream's own log lines go through the root handler (JSON lines), not its colour console.
FASTSTREAM_LOGGER = logging.getLogger("service.broker.faststream")


class WorkerRuntime:
    """What the lifespan builds and tears down: the client, the processor and the background tasks."""

    def __init__(
        self,
        settings: Settings,
        health: HealthState,
        metrics: Metrics,
        on_fatal: Callable[[str], None],
        processor_class: type[BatchProcessor] = BatchProcessor,
        on_abandoned: Callable[[int], None] = lambda _count: None,
    ) -> None:
        self.settings = settings
        self.on_abandoned = on_abandoned
        self.processor_class = processor_class
        self.health = health
        self.metrics = metrics
        self.on_fatal = on_fatal
        self.errors = ErrorLog(metrics.redis_errors)
        self.processor: BatchProcessor | None = None
        self.reclaimer: Reclaimer | None = None
        self.monitor: Monitor | None = None
        self.reader: StreamReader | None = None
        self.tasks: list[asyncio.Task[None]] = []

    async def process_new(self, entries: Sequence[Entry], read_at: float) -> None:
        """The reader's batches."""
        if self.processor is None:  # pragma: no cover - the lifespan sets it before the reader starts
            raise RuntimeError("the worker has not started")
        await self.processor.process(entries, source="new", read_at=read_at)

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        """Find the group (create it if missing), load the model, drain own pending entries, then run."""
        s = self.settings
        client = async_client(
            s.redis_url,
            decode_responses=False,
            socket_connect_timeout=s.socket_timeout_s,
            socket_timeout=s.block_ms / 1000 + s.socket_timeout_s,
        )
        try:
            start = await self._until_started(lambda: ensure_group(client, s), "create group")
            self.health.redis_ok = self.health.group_ok = True
            if start.recreated:
                self.metrics.group_recreated.inc()
                log.critical(
                    "group.recreated",
                    group=s.group,
                    stream=s.input_stream,
                    start_id=start.start_id,
                    note="the group was missing; recreated at the watermark, nothing committed replays",
                )
            resources = await asyncio.to_thread(
                partial(Resources.load, s.model, vocabulary_budget=s.vocabulary_budget)
            )
            enricher = Enricher(resources, include_body=s.include_body, batch_size=s.batch_size)
            self.health.model_loaded = True
            self.processor = self.processor_class(client, s, enricher, self.metrics)
            processor = self.processor
            self.health.commits_failing = lambda: processor.commits_failing
            log.info(
                "worker.starting",
                consumer=s.consumer,
                group=s.group,
                stream=s.input_stream,
                redis=describe(s.redis_url),
                group_created=start.created,
            )
            self.reclaimer = Reclaimer(client, s, self.processor, self.metrics)
            self.reclaimer.paused = lambda: self.health.paused_reason() is not None
            self.reclaimer.errors = self.errors
            self.monitor = Monitor(client, s, self.health, self.metrics, self.on_fatal, self.errors)
            self.reader = StreamReader(client, s, self.health, self.errors, self.process_new)
            await self._until_started(self.reclaimer.drain_own, "drain own pending entries")
            self.health.progressed()
            yield
        finally:
            await self.stop_tasks()
            await client.aclose()
            if self.processor is not None and self.processor.abandoned:
                self.on_abandoned(self.processor.abandoned)

    async def _until_started(self, call: Callable[[], Awaitable[T]], what: str) -> T:
        """Retry ``call`` on any Redis error with backoff until ``startup_timeout_s``, then raise."""
        deadline = time.monotonic() + self.settings.startup_timeout_s
        attempt = 0
        while True:
            try:
                result = await call()
            except (RedisError, OSError) as exc:
                self.errors.failed(what, exc)
                wait = delay(attempt, initial=0.1, maximum=self.settings.read_backoff_max_s)
                if time.monotonic() + wait > deadline:
                    raise StartupError(f"{what}: Redis not usable within startup_timeout_s") from None
                attempt += 1
                await asyncio.sleep(wait)
            else:
                self.errors.succeeded(what)
                return result

    async def after_startup(self) -> None:
        """Start the reader, the reclaimer and the monitor once the app runs."""
        if self.reclaimer is None or self.monitor is None or self.reader is None:  # pragma: no cover
            return
        await self.monitor.check_memory()  # a worker started at full memory must not read first
        self.tasks = [
            asyncio.create_task(self.reader.run()),
            asyncio.create_task(self.reclaimer.run()),
            asyncio.create_task(self.monitor.run()),
        ]
        reader_task = self.tasks[0]
        self.health.reader_running = lambda: not reader_task.done()
        log.info("worker.started", consumer=self.settings.consumer)

    async def begin_shutdown(self) -> None:
        """SIGTERM: become not-ready, bound commit retries by the grace period, let the batch finish."""
        self.health.stopping = True
        self.metrics.ready.set(0)
        if self.processor is not None:
            self.processor.deadline = time.monotonic() + self.settings.shutdown_grace_s
        log.info("worker.stopping", grace_s=self.settings.shutdown_grace_s)
        for stopper in (self.reader, self.reclaimer):
            if stopper is not None:
                stopper.stop()

    async def stop_tasks(self) -> None:
        """Stop the background tasks, waiting at most the grace period for a batch in hand."""
        for stopper in (self.reader, self.reclaimer, self.monitor):
            if stopper is not None:
                stopper.stop()
        if self.tasks:
            _, pending = await asyncio.wait(self.tasks, timeout=self.settings.shutdown_grace_s)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)
        self.tasks = []


class StartupError(Exception):
    """Redis was not usable within ``startup_timeout_s``."""


def create_app(
    settings: Settings,
    *,
    on_fatal: Callable[[str], None] | None = None,
    processor_class: type[BatchProcessor] = BatchProcessor,
    on_abandoned: Callable[[int], None] = lambda _count: None,
) -> AsgiFastStream:
    """Build the worker app; ``on_fatal`` is told when the worker cannot go on (default: stop the app).

    ``processor_class`` is the seam the fault tests use to inject failures (a subclass). FastStream
    serves the app's life cycle, the HTTP routes and the AsyncAPI description. Reading is
    :class:`StreamReader`'s (see its module for why not FastStream's subscriber), so the broker has no
    subscriber and never sends a command; it is given the URL without credentials, for the spec only.

    ``on_abandoned`` is told, at the end, how many entries a shutdown left uncommitted (pending).
    """
    metrics = Metrics()
    health = HealthState(
        stale_after_s=max(30.0, 10 * settings.health_interval_s),
        ready_stale_s=settings.ready_stale_s,
        live_stale_s=settings.live_stale_s,
    )
    broker = RedisBroker(
        spec_url(settings.redis_url),
        graceful_timeout=settings.shutdown_grace_s,
        logger=FASTSTREAM_LOGGER,
    )
    app_ref: list[AsgiFastStream] = []

    def fatal(reason: str) -> None:
        if on_fatal is not None:
            on_fatal(reason)
        elif app_ref:
            app_ref[0].exit()

    runtime = WorkerRuntime(settings, health, metrics, fatal, processor_class, on_abandoned)

    @contextlib.asynccontextmanager
    async def lifespan() -> AsyncIterator[None]:
        async with runtime.lifespan():
            yield

    app = AsgiFastStream(
        broker,
        asgi_routes=[*make_health_routes(health), ("/metrics", make_asgi_app(metrics.registry))],
        lifespan=lifespan,
        logger=FASTSTREAM_LOGGER,
        after_startup=[runtime.after_startup],
        on_shutdown=[runtime.begin_shutdown],
        specification=AsyncAPI(
            title="article-enricher",
            version=__version__,
            description="Enriches raw news articles from a Redis stream into article.enriched events.",
        ),
    )
    app_ref.append(app)
    return app


def app_factory() -> AsgiFastStream:
    """The app with settings from the environment (for ``faststream run/docs --factory``)."""
    return create_app(Settings())
