"""A real Sentinel failover during a run: three Sentinels, a primary and a replica on loopback ports.

The worker and the producer use ``redis+sentinel://``. The primary is killed (-9) while the worker
is busy; Sentinel promotes the replica and the worker follows it. Every article must come out
exactly once on the promoted replica. Replication is asynchronous: commits the dead primary had not
passed on are lost with their acks, so those entries are simply processed again on the new primary
(the commit script acks, dedupes and writes in one step, so no partial commit survives).
"""

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from conftest import REDIS_SERVER, RedisServer, free_port
from harness import (
    SpawnWorker,
    assert_exactly_once,
    http_status,
    make_article,
    spawn_worker,
    wait_complete,
    wait_for,
)

from service.broker.connection import sync_client
from service.broker.producer import publish_articles
from service.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.slow, pytest.mark.timeout(240)]
__all__ = ["spawn_worker"]

MASTER = "enricher-primary"


class SentinelSet:
    """A primary, one replica and three Sentinels watching them (quorum 2), all on 127.0.0.1."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.primary = RedisServer(self._dir("primary"))
        self.replica = RedisServer(self._dir("replica"))
        self.replica.extra_args = ["--replicaof", "127.0.0.1", str(self.primary.port)]
        self.ports = [free_port() for _ in range(3)]
        self.sentinels: list[subprocess.Popen[bytes]] = []
        try:
            self._start()
        except BaseException:
            self.stop()  # no process outlives a failed start
            raise

    def _start(self) -> None:
        self.primary.start()
        self.replica.start()
        for port in self.ports:
            conf = self._dir(f"sentinel-{port}") / "sentinel.conf"
            conf.write_text(
                f"port {port}\nbind 127.0.0.1\ndir {conf.parent}\nlogfile sentinel.log\n"
                f"sentinel monitor {MASTER} 127.0.0.1 {self.primary.port} 2\n"
                f"sentinel down-after-milliseconds {MASTER} 1000\n"
                f"sentinel failover-timeout {MASTER} 5000\n"
                f"sentinel parallel-syncs {MASTER} 1\n"
            )
            command = [REDIS_SERVER or "redis-server", str(conf), "--sentinel"]
            self.sentinels.append(
                subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            )

    def _dir(self, name: str) -> Path:
        path = self.directory / name
        path.mkdir()
        return path

    @property
    def url(self) -> str:
        """The worker's URL: every Sentinel, then the master name."""
        hosts = ",".join(f"127.0.0.1:{port}" for port in self.ports)
        return f"redis+sentinel://{hosts}/{MASTER}?db=0"

    def master_port(self) -> int | None:
        """The primary's port as the first Sentinel that answers reports it."""
        for port in self.ports:
            try:
                host_port = redis.Redis(port=port).sentinel_get_master_addr_by_name(MASTER)
            except redis.RedisError:
                continue
            return int(host_port[1]) if isinstance(host_port, tuple | list) else None
        return None

    def wait_watching(self) -> None:
        """Until every Sentinel knows the replica and the other Sentinels (failover needs both)."""

        def ready() -> bool:
            for port in self.ports:
                try:
                    client = redis.Redis(port=port, decode_responses=True)
                    master = client.sentinel_master(MASTER)
                except redis.RedisError:
                    return False
                assert isinstance(master, dict)
                if int(master["num-slaves"]) < 1 or int(master["num-other-sentinels"]) < 2:
                    return False
            return True

        wait_for(ready, timeout=30, what="sentinels watching", interval=0.2)

    def stop(self) -> None:
        """Stop everything."""
        for process in self.sentinels:
            process.kill()
            process.wait(10)
        self.primary.stop()
        self.replica.stop()


@pytest.fixture
def sentinel_set(tmp_path: Path) -> Iterator[SentinelSet]:
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not on PATH")
    servers = SentinelSet(tmp_path)
    try:
        servers.wait_watching()
        yield servers
    finally:
        servers.stop()


def test_primary_killed_mid_run_worker_follows_the_promoted_replica(
    sentinel_set: SentinelSet, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    env = {"ENRICHER_READ_BACKOFF_MAX_S": "1", "ENRICHER_SOCKET_TIMEOUT_S": "2"}
    worker = spawn_worker(sentinel_set.url, "sentinel-w", **env).wait_ready()
    fields = {key.removeprefix("ENRICHER_").lower(): value for key, value in stream_names.items()}
    settings = Settings(redis_url=sentinel_set.url, **fields)  # type: ignore[arg-type]
    articles = [make_article(i, prefix="fo") for i in range(200)]
    publish_articles(settings, articles)  # the CLI's publish path, through the Sentinels
    with sync_client(sentinel_set.url) as client:
        assert client.wait(1, 5000) == 1  # the replica holds every input entry
        output = stream_names["ENRICHER_OUTPUT_STREAM"]
        wait_for(lambda: int(client.xlen(output)) >= 20, timeout=90, what="worker busy")

    old = sentinel_set.primary.port
    sentinel_set.primary.kill()
    killed_at = time.monotonic()
    wait_for(lambda: sentinel_set.master_port() == sentinel_set.replica.port, timeout=60, what="failover")
    promoted = redis.Redis(port=sentinel_set.replica.port)
    history = wait_complete(promoted, stream_names, len(articles), timeout=120)
    assert_exactly_once(history, {a["id"] for a in articles})
    assert sentinel_set.master_port() != old
    assert worker.alive()
    wait_for(
        lambda: http_status(worker.http_port, "/readyz") == 200, timeout=15, what="ready on the new primary"
    )
    # The primary's loss shows up in the read loop, the commit retry or the monitor, whichever ran.
    saw = {"redis.error", "redis.retry", "redis.down"}
    errors = [r for r in worker.log_records() if r.get("event") in saw]
    assert errors, "the worker never saw the primary go"
    print(f"completed {time.monotonic() - killed_at:.1f} s after the kill; errors: {len(errors)}")
