"""Liveness and readiness: what the worker knows about itself, Redis and its group, and the HTTP answers.

- ``/healthz`` (liveness): 200 while the worker is able to make progress once Redis is there; 503 after
  a fatal error (the FastStream subscriber stopped, the group vanished) or when the monitor stalls.
- ``/readyz`` (readiness): 200 only when the model is loaded, Redis answers, the group exists, the
  subscriber runs, commits succeed and no shutdown is under way; 503 with the reasons otherwise.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson
from faststream.asgi import AsgiResponse, get
from faststream.asgi.handlers import GetHandler
from faststream.asgi.types import Scope


@dataclass(slots=True)
class HealthState:
    """Flags the worker sets as it starts, runs and stops."""

    model_loaded: bool = False
    redis_ok: bool = False
    group_ok: bool = False
    stopping: bool = False
    fatal: str | None = None
    subscriber_running: Callable[[], bool] = field(default=lambda: False)
    #: True while commits keep failing (permissions, key types): nothing is acked meanwhile.
    commits_failing: Callable[[], bool] = field(default=lambda: False)
    #: Monotonic time of the monitor's last pass; a stalled event loop stops updating it.
    heartbeat: float = field(default_factory=time.monotonic)
    stale_after_s: float = 30.0

    def not_ready_reasons(self) -> list[str]:
        """Why the worker is not ready; empty when it is."""
        checks = {
            "model not loaded": self.model_loaded,
            "redis unavailable": self.redis_ok,
            "consumer group missing": self.group_ok,
            "subscriber not running": self.subscriber_running(),
            "commits failing": not self.commits_failing(),
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
        return reasons


def _answer(reasons: list[str]) -> AsgiResponse:
    body = orjson.dumps({"status": "fail" if reasons else "ok", "reasons": reasons})
    return AsgiResponse(body, 503 if reasons else 200, headers={"content-type": "application/json"})


def make_health_routes(state: HealthState) -> list[tuple[str, GetHandler]]:
    """The ``/healthz`` and ``/readyz`` ASGI routes."""

    @get(description="Liveness: 200 unless the worker hit a fatal error or stalled.")
    async def healthz(scope: Scope) -> AsgiResponse:
        return _answer(state.not_live_reasons())

    @get(description="Readiness: 200 when the model, Redis, the group and the subscriber are all up.")
    async def readyz(scope: Scope) -> AsgiResponse:
        return _answer(state.not_ready_reasons())

    return [("/healthz", healthz), ("/readyz", readyz)]
