"""Exponential backoff with jitter for Redis calls that must eventually go through."""

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import structlog
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

T = TypeVar("T")
#: Errors that mean "Redis is away (restarting, loading, network)": retry, never give the entry up.
TRANSIENT = (RedisConnectionError, RedisTimeoutError, OSError)

log = structlog.get_logger(__name__)


class GaveUpError(Exception):
    """The deadline passed before Redis came back."""


def delay(attempt: int, *, initial: float = 0.05, maximum: float = 2.0) -> float:
    """Seconds before retry ``attempt`` (0-based): doubling from ``initial``, capped, +-20 % jitter."""
    base = min(maximum, initial * (2 ** min(attempt, 30)))
    return float(base * random.uniform(0.8, 1.2))


async def retry_transient(
    call: Callable[[], Awaitable[T]],
    *,
    what: str,
    deadline: Callable[[], float | None],
    on_failure: Callable[[], None] | None = None,
) -> T:
    """Run ``call`` until it succeeds; on a transient error wait and retry until ``deadline()`` passes.

    ``deadline`` is read on every attempt (a monotonic time or None for no deadline), so a shutdown
    that starts while Redis is away bounds the wait.
    """
    attempt = 0
    while True:
        try:
            result = await call()
        except TRANSIENT as exc:
            if on_failure is not None:
                on_failure()
            wait = delay(attempt)
            limit = deadline()
            if limit is not None and time.monotonic() + wait > limit:
                raise GaveUpError(f"{what}: Redis unavailable until the deadline") from exc
            if attempt == 0:
                log.warning("redis.retry", what=what, error=f"{type(exc).__name__}: {exc}")
            attempt += 1
            await asyncio.sleep(wait)
        else:
            if attempt:
                log.info("redis.recovered", what=what, attempts=attempt + 1)
            return result
