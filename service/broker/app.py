"""The FastStream app: Redis broker, the subscriber, a lifespan that loads the model once, HTTP routes.

``create_app(settings)`` builds it; ``app_factory()`` reads the settings from the environment, for
FastStream's CLI (``faststream docs gen --factory service.broker.app:app_factory``). Routes:
``/healthz``, ``/readyz``, ``/metrics`` (Prometheus).
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence

import structlog
from faststream.asgi import AsgiFastStream
from faststream.redis import RedisBroker
from faststream.redis.prometheus import RedisPrometheusMiddleware
from faststream.specification import AsyncAPI
from prometheus_client import make_asgi_app
from redis.asyncio import Redis

from service import __version__
from service.broker.backoff import retry_transient
from service.broker.connection import async_client, secret_url
from service.broker.group import Entry, ensure_group
from service.broker.handlers import register_subscriber
from service.broker.health import HealthState, make_health_routes
from service.broker.metrics import Metrics
from service.broker.monitor import Monitor
from service.broker.processor import BatchProcessor
from service.broker.reclaimer import Reclaimer
from service.enrich.pipeline import Enricher, Resources
from service.settings import Settings

log = structlog.get_logger("service.broker")
#: FastStream's own log lines go through the root handler (JSON lines), not its colour console.
FASTSTREAM_LOGGER = logging.getLogger("service.broker.faststream")


class WorkerRuntime:
    """What the lifespan builds and tears down: the client, the processor and the background tasks."""

    def __init__(
        self, settings: Settings, health: HealthState, metrics: Metrics, on_fatal: Callable[[str], None]
    ) -> None:
        self.settings = settings
        self.health = health
        self.metrics = metrics
        self.on_fatal = on_fatal
        self.processor: BatchProcessor | None = None
        self.reclaimer: Reclaimer | None = None
        self.monitor: Monitor | None = None
        self.tasks: list[asyncio.Task[None]] = []

    async def process_new(self, entries: Sequence[Entry], read_at: float) -> None:
        """The subscriber's batches."""
        if self.processor is None:  # pragma: no cover - the lifespan sets it before the broker starts
            raise RuntimeError("the worker has not started")
        await self.processor.process(entries, source="new", read_at=read_at)

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        """Load the model, create the group, drain own pending entries, then run beside the broker."""
        s = self.settings
        client: Redis = async_client(s.redis_url, decode_responses=False)
        try:
            resources = await asyncio.to_thread(Resources.load, s.model)
            enricher = Enricher(resources, include_body=s.include_body, batch_size=s.batch_size)
            self.health.model_loaded = True
            self.processor = BatchProcessor(client, s, enricher, self.metrics)
            startup_deadline = time.monotonic() + s.startup_timeout_s
            created = await retry_transient(
                lambda: ensure_group(client, s), what="create group", deadline=lambda: startup_deadline
            )
            self.health.redis_ok = self.health.group_ok = True
            log.info(
                "worker.starting",
                consumer=s.consumer,
                group=s.group,
                stream=s.input_stream,
                group_created=created,
            )
            self.reclaimer = Reclaimer(client, s, self.processor, self.metrics)
            self.monitor = Monitor(client, s, self.health, self.metrics, self.on_fatal)
            await self.reclaimer.drain_own()
            yield
        finally:
            await self.stop_tasks()
            await client.aclose()

    async def after_startup(self) -> None:
        """Start the reclaimer and the monitor once the subscriber runs."""
        if self.reclaimer is None or self.monitor is None:  # pragma: no cover - set by the lifespan
            return
        self.tasks = [asyncio.create_task(self.reclaimer.run()), asyncio.create_task(self.monitor.run())]
        log.info("worker.started", consumer=self.settings.consumer)

    async def begin_shutdown(self) -> None:
        """SIGTERM: become not-ready, bound commit retries by the grace period, let the reclaimer finish."""
        self.health.stopping = True
        self.metrics.ready.set(0)
        if self.processor is not None:
            self.processor.deadline = time.monotonic() + self.settings.shutdown_grace_s
        log.info("worker.stopping", grace_s=self.settings.shutdown_grace_s)
        if self.reclaimer is not None:
            self.reclaimer.stop()

    async def stop_tasks(self) -> None:
        """Stop the background tasks, waiting at most the grace period for a batch in hand."""
        for stopper in (self.reclaimer, self.monitor):
            if stopper is not None:
                stopper.stop()
        if self.tasks:
            _, pending = await asyncio.wait(self.tasks, timeout=self.settings.shutdown_grace_s)
            for task in pending:
                task.cancel()
        self.tasks = []


def create_app(settings: Settings, *, on_fatal: Callable[[str], None] | None = None) -> AsgiFastStream:
    """Build the worker app; ``on_fatal`` is told when the worker cannot go on (default: stop the app)."""
    metrics = Metrics()
    health = HealthState(stale_after_s=max(30.0, 10 * settings.health_interval_s))
    broker = RedisBroker(
        secret_url(settings.redis_url),
        graceful_timeout=settings.shutdown_grace_s,
        logger=FASTSTREAM_LOGGER,
        middlewares=[RedisPrometheusMiddleware(registry=metrics.registry)],
    )
    app_ref: list[AsgiFastStream] = []

    def fatal(reason: str) -> None:
        if on_fatal is not None:
            on_fatal(reason)
        elif app_ref:
            app_ref[0].exit()

    runtime = WorkerRuntime(settings, health, metrics, fatal)
    subscriber = register_subscriber(broker, settings, runtime.process_new)
    health.subscriber_running = lambda: subscriber.running

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
