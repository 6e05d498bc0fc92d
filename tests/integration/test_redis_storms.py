"""Error storms: a failover (READONLY) and a revoked permission (NOPERM) must not become a hot loop.

The worker runs against a real ``redis-server``. During the storm the rate of XREADGROUP calls that
reach Redis (``INFO commandstats``: calls + rejected + failed) stays bounded by the backoff,
readiness turns 503 within ``ready_stale_s`` (and liveness within ``live_stale_s``), the error is
logged once, and once the cause is gone the worker reads again and every article comes out once.
"""

import time
from pathlib import Path

import pytest
import redis
from conftest import RedisServer
from harness import (
    SpawnWorker,
    Worker,
    assert_exactly_once,
    http_status,
    make_article,
    spawn_worker,
    wait_complete,
    wait_for,
    xadd_all,
)

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.slow, pytest.mark.timeout(180)]
__all__ = ["spawn_worker"]

STORM_ENV = {
    "ENRICHER_READ_BACKOFF_MAX_S": "1",
    "ENRICHER_READY_STALE_S": "2",
    "ENRICHER_LIVE_STALE_S": "6",
    "ENRICHER_BLOCK_MS": "500",
}
#: Seconds the call rate is measured over, and the most XREADGROUP calls allowed in that time.
WINDOW_S = 4.0
MAX_READS_IN_WINDOW = 12  # backoff 0.1, 0.2, 0.4, 0.8, then 1 s: about 7 (FastStream: thousands)


def xreadgroup_calls(client: redis.Redis) -> int:
    """XREADGROUP calls that reached the server, executed or refused."""
    stats = client.info("commandstats").get("cmdstat_xreadgroup", {})
    return sum(int(stats.get(key, 0)) for key in ("calls", "rejected_calls", "failed_calls"))


def assert_storm_is_bounded(worker: Worker, client: redis.Redis, kind: str) -> None:
    """Readiness 503 within ready_stale_s, a bounded call rate, one log line for the error."""
    started = time.monotonic()
    wait_for(lambda: http_status(worker.http_port, "/readyz") == 503, timeout=5, what="readiness 503")
    assert time.monotonic() - started < float(STORM_ENV["ENRICHER_READY_STALE_S"]) + 2
    before = xreadgroup_calls(client)
    time.sleep(WINDOW_S)
    calls = xreadgroup_calls(client) - before
    assert calls <= MAX_READS_IN_WINDOW, f"{calls} XREADGROUP calls in {WINDOW_S} s"
    wait_for(lambda: http_status(worker.http_port, "/healthz") == 503, timeout=6, what="liveness 503")
    first_lines = [
        r
        for r in worker.log_records()
        if r.get("event") == "redis.error" and r.get("op") == "read" and r.get("kind") == kind
    ]
    assert len(first_lines) == 1, first_lines
    tracebacks = [r for r in worker.log_records() if r.get("event") in ("reclaim.failed", "batch.failed")]
    assert not tracebacks, tracebacks[:2]


def _articles(count: int, prefix: str) -> list[dict[str, str]]:
    return [make_article(i, prefix=prefix) for i in range(count)]


def test_failover_readonly_storm_backs_off_and_recovers(
    own_redis: RedisServer, tmp_path: Path, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """The worker's Redis becomes a replica (what a failover does to the old primary), then primary again."""
    client = redis.Redis.from_url(own_redis.url)
    other = RedisServer(tmp_path / "other")
    other.directory.mkdir()
    other.start()
    try:
        other_client = redis.Redis(port=other.port)
        other_client.replicaof("127.0.0.1", str(own_redis.port))  # the other holds a copy of the data
        linked = lambda: other_client.info("replication")["master_link_status"] == "up"  # noqa: E731
        wait_for(linked, timeout=10, what="replica in sync")
        worker = spawn_worker(own_redis.url, "failover", **STORM_ENV).wait_ready()
        before = _articles(20, "pre")
        xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], before)
        wait_complete(client, stream_names, len(before), timeout=60)
        wait_for(lambda: other_client.info("replication")["master_repl_offset"] > 0, timeout=5, what="copy")

        other_client.replicaof("NO", "ONE")
        client.replicaof("127.0.0.1", str(other.port))  # the worker's Redis is now read-only
        assert_storm_is_bounded(worker, client, "readonly")

        client.replicaof("NO", "ONE")  # it is promoted back (its data is the other's copy)
        wait_for(lambda: http_status(worker.http_port, "/readyz") == 200, timeout=15, what="ready again")
        after = _articles(20, "post")
        xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], after)
        history = wait_complete(client, stream_names, len(before) + len(after), timeout=60)
        assert_exactly_once(history, {a["id"] for a in before + after})
        assert any(r.get("event") == "redis.error_ended" and r.get("count") for r in worker.log_records())
    finally:
        other.stop()


def test_revoked_permission_noperm_storm_backs_off_and_recovers(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """The worker's ACL user loses XREADGROUP, then gets it back."""
    admin = redis.Redis.from_url(own_redis.url)
    admin.acl_setuser("enricher", enabled=True, passwords=["+storm-pw-1"], keys=["*"], commands=["+@all"])
    url = f"redis://enricher:storm-pw-1@127.0.0.1:{own_redis.port}/0"
    worker = spawn_worker(url, "noperm", **STORM_ENV).wait_ready()

    admin.acl_setuser("enricher", commands=["-xreadgroup"])
    assert_storm_is_bounded(worker, admin, "noperm")

    admin.acl_setuser("enricher", commands=["+xreadgroup"])
    wait_for(lambda: http_status(worker.http_port, "/readyz") == 200, timeout=15, what="ready again")
    articles = _articles(20, "perm")
    xadd_all(admin, stream_names["ENRICHER_INPUT_STREAM"], articles)
    history = wait_complete(admin, stream_names, len(articles), timeout=60)
    assert_exactly_once(history, {a["id"] for a in articles})
