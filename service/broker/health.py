"""Liveness and readiness: what the worker knows about itself, Redis and its group, and the HTTP answers.

Both are driven by *progress*: the time of the last successful read from the input stream (an empty
read after ``block_ms`` counts: Redis answered). A failover (READONLY), a revoked permission
(NOPERM), a full memory or a stalled Redis all stop progress, whatever a PING would say.

- ``/readyz`` (readiness): 200 only when the model is loaded, Redis answers, the group exists, the
  reader runs, commits succeed, memory is not full, no shutdown is under way, and the last
  successful read is at most ``ready_stale_s`` old (or a batch is in hand while Redis answers the
  monitor); 503 with the reasons.
- ``/healthz`` (liveness): 503 after a fatal error (the group vanished, the reader stopped), when the
  monitor stalls, or when nothing succeeded for ``live_stale_s`` (longer, so that an orchestrator
  restarts only a worker that is truly stuck).
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson
from faststream.asgi import AsgiResponse, get
from faststream.asgi.handlers import GetHandler
from faststream.asgi.types import Scope

OUT_OF_MEMORY = "redis out of memory"


@dataclass(slots=True)
class HealthState:
    """Flags and times the worker sets as it starts, runs and stops."""

    model_loaded: bool = False
    redis_ok: bool = False
    group_ok: bool = False
    stopping: bool = False
    fatal: str | None = None
    #: Redis reported ``used_memory`` above the backpressure threshold of ``maxmemory``.
    memory_full: bool = False
    reader_running: Callable[[], bool] = field(default=lambda: False)
    #: True while commits keep failing (permissions, key types): nothing is acked meanwhile.
    commits_failing: Callable[[], bool] = field(default=lambda: False)
    #: Monotonic time of the monitor's last pass; a stalled event loop stops updating it.
    heartbeat: float = field(default_factory=time.monotonic)
    stale_after_s: float = 30.0
    #: Monotonic time of the last successful read (or finished batch).
    last_progress: float = field(default_factory=time.monotonic)
    #: A batch is being enriched and committed (no read happens meanwhile).
    busy: bool = False
    ready_stale_s: float = 5.0
    live_stale_s: float = 60.0

    def progressed(self) -> None:
        """A read or a batch succeeded."""
        self.last_progress = time.monotonic()

    def progress_age(self) -> float:
        """Seconds since the last progress; 0 while a batch is in hand and Redis answers."""
        if self.busy and self.redis_ok:
            return 0.0
        return time.monotonic() - self.last_progress

    def paused_reason(self) -> str | None:
        """Why reading is paused (backpressure), or None."""
        return OUT_OF_MEMORY if self.memory_full else None

    def not_ready_reasons(self) -> list[str]:
        """Why the worker is not ready; empty when it is."""
        age = self.progress_age()
        checks = {
            "model not loaded": self.model_loaded,
            "redis unavailable": self.redis_ok,
            "consumer group missing": self.group_ok,
            "reader not running": self.reader_running(),
            "commits failing": not self.commits_failing(),
            OUT_OF_MEMORY: not self.memory_full,
            f"no successful read for {age:.0f} s": age <= self.ready_stale_s,
            "shutting down": not self.stopping,
            f"fatal: {self.fatal}": self.fatal is None,
        }
        return [reason for reason, ok in checks.items() if not ok]

    def not_live_reasons(self) -> list[str]:
        """Why the worker should be restarted; empty while it is alive."""
        reasons = []
        if self.fatal is not None:
            reasons.append(f"fatal: {self.fatal}")
        if time.monotonic() - self.heartbeat > self.stale_after_s:
            reasons.append("monitor stalled")
        waiting = self.stopping or self.memory_full  # a restart would not help either
        if (age := self.progress_age()) > self.live_stale_s and not waiting:
            reasons.append(f"no successful read for {age:.0f} s")
        return reasons


def _answer(reasons: list[str]) -> AsgiResponse:
    body = orjson.dumps({"status": "fail" if reasons else "ok", "reasons": reasons})
    return AsgiResponse(body, 503 if reasons else 200, headers={"content-type": "application/json"})


def make_health_routes(state: HealthState) -> list[tuple[str, GetHandler]]:
    """The ``/healthz`` and ``/readyz`` ASGI routes."""

    @get(description="Liveness: 200 unless the worker hit a fatal error, stalled, or made no progress.")
    async def healthz(scope: Scope) -> AsgiResponse:
        return _answer(state.not_live_reasons())

    @get(description="Readiness: 200 when the model, Redis, the group and the reader are up and reading.")
    async def readyz(scope: Scope) -> AsgiResponse:
        return _answer(state.not_ready_reasons())

    return [("/healthz", healthz), ("/readyz", readyz)]
