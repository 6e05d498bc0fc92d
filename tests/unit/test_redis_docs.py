"""docs/redis-deployments.md states the ACL the code renders and every Redis setting the code has."""

from pathlib import Path

import pytest

from service.broker.acl import worker_acl_line
from service.settings import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "redis-deployments.md"


def test_the_documented_acl_is_the_one_the_worker_is_tested_under(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ENRICHER_INPUT_STREAM", "ENRICHER_OUTPUT_STREAM", "ENRICHER_DEAD_LETTER_STREAM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("ENRICHER_DEDUPE_PREFIX", raising=False)
    assert worker_acl_line(Settings()) in DOC.read_text()


@pytest.mark.parametrize(
    "setting",
    ["read_backoff_max_s", "ready_stale_s", "live_stale_s", "socket_timeout_s", "memory_pause_ratio"],
)
def test_each_redis_setting_is_documented(setting: str) -> None:
    assert setting in Settings.model_fields
    assert f"`{setting.upper()}`" in DOC.read_text()
