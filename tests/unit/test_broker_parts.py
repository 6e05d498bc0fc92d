"""Broker edge parts that need no Redis: trimming, health answers, the app and its AsyncAPI schema."""

import time

import pytest

from service.broker.app import create_app
from service.broker.health import HealthState
from service.broker.producer import article_fields
from service.broker.scripts import Committed, Outcome, trim_args
from service.settings import Settings


def test_trim_policies() -> None:
    assert trim_args(Settings(trim_strategy="none")) == ("", "")
    assert trim_args(Settings(trim_strategy="maxlen", trim_maxlen=500)) == ("MAXLEN", "500")
    kind, threshold = trim_args(Settings(trim_strategy="minid", trim_retention_s=60), now=1_000.0)
    assert (kind, threshold) == ("MINID", "940000-0")


def test_committed_parses_script_replies() -> None:
    assert Committed.of([b"published", b"1-0"]) == Committed(Outcome.PUBLISHED, "1-0")
    assert Committed.of([b"stale", b""]).outcome is Outcome.STALE
    with pytest.raises(ValueError, match="nonsense"):
        Committed.of([b"nonsense", b""])


def test_readiness_needs_everything_and_liveness_only_fails_on_fatal_or_stall() -> None:
    state = HealthState(subscriber_running=lambda: True)
    assert "model not loaded" in state.not_ready_reasons()
    state.model_loaded = state.redis_ok = state.group_ok = True
    assert state.not_ready_reasons() == []
    state.redis_ok = False
    assert state.not_ready_reasons() == ["redis unavailable"]
    assert state.not_live_reasons() == []  # an outage is not a reason to restart
    state.fatal = "group gone"
    assert state.not_live_reasons() == ["fatal: group gone"]
    stalled = HealthState(heartbeat=time.monotonic() - 100, stale_after_s=30)
    assert stalled.not_live_reasons() == ["monitor stalled"]


def test_producer_sends_known_fields_as_strings() -> None:
    from datetime import UTC, datetime

    fields = article_fields(
        {"id": 5, "body": "b", "url": None, "published_at": datetime(2026, 1, 1, tzinfo=UTC), "x": 1}
    )
    assert fields == {"id": "5", "body": "b", "published_at": "2026-01-01T00:00:00+00:00"}


def test_app_describes_its_streams_in_asyncapi() -> None:
    settings = Settings(input_stream="in.s", output_stream="out.s", dead_letter_stream="dead.s", group="g")
    app = create_app(settings)
    spec = app.schema.to_specification().to_jsonable()
    assert spec["info"]["title"] == "article-enricher"
    channels = str(spec["channels"])
    assert "in.s" in channels
    assert "out.s" in channels
    paths = [path for path, _ in app.routes]
    assert paths == ["/healthz", "/readyz", "/metrics"]
