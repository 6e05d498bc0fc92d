"""Redis errors by kind, logged once per distinct error with a count, and counted in a metric.

A failover, a missing ACL permission or a full memory makes every call fail the same way, many times
a second if nothing backs off. :class:`ErrorLog` turns such a storm into one log line when an error
starts, one with its count when it changes or ends, and a counter ``enricher_redis_errors{op,kind}``.
"""

import time

import structlog
from prometheus_client import Counter
from redis.exceptions import (
    AskError,
    AuthenticationError,
    BusyLoadingError,
    ClusterCrossSlotError,
    ClusterDownError,
    MasterDownError,
    NoPermissionError,
    NoScriptError,
    OutOfMemoryError,
    ReadOnlyError,
    RedisError,
    ResponseError,
    TryAgainError,
)
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = structlog.get_logger("service.broker.redis")
#: While one error goes on, its running count is logged again this often (seconds).
REPEAT_S = 60.0

#: Error classes redis-py raises (it strips the reply's prefix from the message), most specific first.
_CLASS_KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (ReadOnlyError, "readonly"),
    (NoPermissionError, "noperm"),
    (OutOfMemoryError, "oom"),
    (AuthenticationError, "auth"),
    (BusyLoadingError, "loading"),
    (MasterDownError, "masterdown"),
    (ClusterDownError, "clusterdown"),
    (TryAgainError, "tryagain"),
    (AskError, "moved"),  # MovedError too
    (ClusterCrossSlotError, "crossslot"),
    (NoScriptError, "noscript"),
)
#: Reply prefixes Redis uses for refusals redis-py has no class for (raised as ResponseError).
_PREFIX_KINDS = {
    "READONLY": "readonly",
    "NOPERM": "noperm",
    "OOM": "oom",
    "MISCONF": "misconf",
    "NOGROUP": "nogroup",
    "LOADING": "loading",
    "MASTERDOWN": "masterdown",
    "CLUSTERDOWN": "clusterdown",
    "TRYAGAIN": "tryagain",
    "MOVED": "moved",
    "ASK": "moved",
    "NOSCRIPT": "noscript",
    "BUSY": "busy",
}


def error_kind(exc: BaseException) -> str:
    """A short, stable name for what went wrong: ``readonly``, ``noperm``, ``oom``, ``connection``..."""
    for cls, kind in _CLASS_KINDS:
        if isinstance(exc, cls):
            return kind
    if isinstance(exc, RedisTimeoutError | TimeoutError):
        return "timeout"
    if isinstance(exc, RedisConnectionError | OSError):
        if "previous master is now a slave" in str(exc).lower():
            return "readonly"
        return "connection"
    if isinstance(exc, ResponseError):
        first = str(exc).split(" ", 1)[0].upper()
        return _PREFIX_KINDS.get(first, "response")
    if isinstance(exc, RedisError):
        return "redis"
    return "other"


def is_oom(exc: BaseException) -> bool:
    """Redis refused a write because ``maxmemory`` is reached (``noeviction``)."""
    return error_kind(exc) == "oom"


class ErrorLog:
    """Per operation (``read``, ``commit``...): log an error when it starts, changes and ends."""

    def __init__(self, counter: Counter) -> None:
        self.counter = counter
        #: op -> (kind, message, count) of the error in progress.
        self.current: dict[str, tuple[str, str, int]] = {}
        self.logged_at: dict[str, float] = {}

    def failed(self, op: str, exc: BaseException) -> str:
        """Count one failure of ``op``; log it if it differs from the one in progress. Returns its kind."""
        kind = error_kind(exc)
        self.counter.labels(op=op, kind=kind).inc()
        message = f"{type(exc).__name__}: {exc}"[:300]
        previous = self.current.get(op)
        now = time.monotonic()
        if previous is not None and previous[:2] == (kind, message):
            self.current[op] = (kind, message, count := previous[2] + 1)
            if now - self.logged_at[op] >= REPEAT_S:
                log.warning("redis.error_continues", op=op, kind=kind, error=message, count=count)
                self.logged_at[op] = now
            return kind
        if previous is not None:
            self._summary(op, previous)
        log.warning("redis.error", op=op, kind=kind, error=message)
        self.current[op] = (kind, message, 1)
        self.logged_at[op] = now
        return kind

    def succeeded(self, op: str) -> None:
        """``op`` worked: close the error in progress with its count."""
        previous = self.current.pop(op, None)
        if previous is not None:
            self._summary(op, previous)
            log.info("redis.recovered", op=op)

    @staticmethod
    def _summary(op: str, error: tuple[str, str, int]) -> None:
        kind, message, count = error
        log.warning("redis.error_ended", op=op, kind=kind, error=message, count=count)
