"""Broker edge parts that need no Redis: trimming, health answers, the app and its AsyncAPI schema."""

import time

import pytest
from pydantic import SecretStr

from service.broker.app import create_app
from service.broker.health import HealthState
from service.broker.producer import article_fields
from service.broker.reader import entries_of
from service.broker.scripts import Committed, Outcome, TrimNote, trim_args
from service.settings import Settings


def test_trim_policies_leave_the_clock_to_redis() -> None:
    assert trim_args(Settings(trim_strategy="none")) == ("", "0", "10000000")
    assert trim_args(Settings(trim_strategy="maxlen", trim_maxlen=500, trim_ceiling=0)) == (
        "MAXLEN",
        "500",
        "0",
    )
    assert trim_args(Settings(trim_strategy="minid", trim_retention_s=60)) == ("MINID", "60000", "10000000")


def test_committed_parses_script_replies() -> None:
    assert Committed.of([b"published", b"1-0", b""]) == Committed(Outcome.PUBLISHED, "1-0")
    assert Committed.of([b"stale", b"", b""]).outcome is Outcome.STALE
    held = Committed.of([b"dead_lettered", b"2-0", b"held"])
    assert (held.outcome, held.trim) == (Outcome.DEAD_LETTERED, TrimNote.HELD)
    with pytest.raises(ValueError, match="nonsense"):
        Committed.of([b"nonsense", b""])


def test_readiness_needs_everything_and_liveness_only_fails_on_fatal_or_stall() -> None:
    state = HealthState(reader_running=lambda: True)
    assert "model not loaded" in state.not_ready_reasons()
    state.model_loaded = state.redis_ok = state.group_ok = True
    assert state.not_ready_reasons() == []
    failing = [True]
    state.commits_failing = lambda: failing[0]
    assert state.not_ready_reasons() == ["commits failing"]
    failing[0] = False
    state.redis_ok = False
    assert state.not_ready_reasons() == ["redis unavailable"]
    assert state.not_live_reasons() == []  # an outage is not a reason to restart
    state.fatal = "group gone"
    assert state.not_live_reasons() == ["fatal: group gone"]
    stalled = HealthState(heartbeat=time.monotonic() - 100, stale_after_s=30)
    assert stalled.not_live_reasons() == ["monitor stalled"]


def test_batch_reply_becomes_entries() -> None:
    raw = [(b"in", [(b"1-0", {b"body": b"a"}), (b"2-0", {})])]
    entries = entries_of(raw)
    assert [(e.entry_id, e.fields, e.deliveries) for e in entries] == [
        ("1-0", {b"body": b"a"}, 1),
        ("2-0", {}, 1),
    ]


def test_producer_sends_known_fields_as_strings() -> None:
    from datetime import UTC, datetime

    fields = article_fields(
        {"id": 5, "body": "b", "url": None, "published_at": datetime(2026, 1, 1, tzinfo=UTC), "x": 1}
    )
    assert fields == {"id": "5", "body": "b", "published_at": "2026-01-01T00:00:00+00:00"}


def test_app_serves_health_and_metrics_and_its_spec_has_no_credentials() -> None:
    """The broker only carries the AsyncAPI description (docs/asyncapi_app.py adds the streams)."""
    settings = Settings(redis_url=SecretStr("redis://u:hunter22@redis.example:6380/0"))
    app = create_app(settings)
    spec = app.schema.to_specification().to_jsonable()
    assert spec["info"]["title"] == "article-enricher"
    assert "hunter22" not in str(spec)
    assert "redis.example:6380" in str(spec["servers"])
    paths = [path for path, _ in app.routes]
    assert paths == ["/healthz", "/readyz", "/metrics"]


def test_readiness_and_liveness_follow_the_age_of_the_last_read() -> None:
    state = HealthState(reader_running=lambda: True, ready_stale_s=2, live_stale_s=10)
    state.model_loaded = state.redis_ok = state.group_ok = True
    state.last_progress = time.monotonic() - 3
    assert state.not_ready_reasons() == ["no successful read for 3 s"]
    assert state.not_live_reasons() == []
    state.busy = True  # a long batch while Redis answers is progress
    assert state.not_ready_reasons() == []
    state.busy = False
    state.last_progress = time.monotonic() - 11
    assert state.not_live_reasons() == ["no successful read for 11 s"]
    state.memory_full = True  # waiting for memory: not ready, but a restart would not help
    assert "redis out of memory" in state.not_ready_reasons()
    assert state.not_live_reasons() == []


def test_errors_are_classified_and_logged_once_per_distinct_error() -> None:
    from prometheus_client import CollectorRegistry, Counter
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import NoPermissionError, OutOfMemoryError, ReadOnlyError, ResponseError
    from structlog.testing import capture_logs

    from service.broker.errors import ErrorLog, error_kind

    assert error_kind(ReadOnlyError("You can't write against a read only replica.")) == "readonly"
    assert error_kind(NoPermissionError("this user has no permissions")) == "noperm"
    assert error_kind(ResponseError("OOM command not allowed when used memory > 'maxmemory'.")) == "oom"
    assert error_kind(OutOfMemoryError("command not allowed when used memory > 'maxmemory'.")) == "oom"
    assert error_kind(ResponseError("MISCONF Errors writing to the AOF file")) == "misconf"
    assert error_kind(RedisConnectionError("Connection refused")) == "connection"
    counter = Counter("errors", "test", ["op", "kind"], registry=CollectorRegistry())
    errors = ErrorLog(counter)
    with capture_logs() as logs:
        for _ in range(50):
            errors.failed("read", ReadOnlyError("read only"))
        errors.failed("read", NoPermissionError("no xreadgroup"))
        errors.succeeded("read")
    events = [(e["event"], e.get("kind"), e.get("count")) for e in logs]
    assert events == [
        ("redis.error", "readonly", None),
        ("redis.error_ended", "readonly", 50),
        ("redis.error", "noperm", None),
        ("redis.error_ended", "noperm", 1),
        ("redis.recovered", None, None),
    ]
    assert counter.labels(op="read", kind="readonly")._value.get() == 50


def test_readiness_window_must_exceed_a_blocking_read() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="block_ms"):
        Settings(block_ms=5000, ready_stale_s=5)
    with pytest.raises(ValidationError, match="block_ms"):
        Settings(ready_stale_s=10, live_stale_s=5)


def test_a_recreated_group_starts_just_before_the_oldest_entry_that_may_be_uncommitted() -> None:
    from service.broker.group import id_before, watermark_start

    assert watermark_start({b"pending": b"17-0", b"delivered": b"20-3"}) == "16-18446744073709551615"
    assert watermark_start({b"pending": b"17-5", b"delivered": b"20-3"}) == "17-4"
    assert watermark_start({b"pending": b"", b"delivered": b"20-3"}) == "20-3"
    assert watermark_start({}) is None
    assert id_before("0-0") == "0-0"
