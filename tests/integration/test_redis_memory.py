"""A Redis at ``maxmemory`` with ``noeviction``: nothing is acked without its output, nothing exits.

A ballast of keys and a lowered ``maxmemory`` make the server refuse writes (OOM). The commit scripts must
then be refused whole (the entry stays pending), a worker started meanwhile must find its group
without XGROUP CREATE and wait (readiness says why), and once the ballast is gone it must process
every article exactly once.
"""

import asyncio
import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import redis
from conftest import RedisServer
from harness import (
    SpawnWorker,
    assert_exactly_once,
    http_status,
    make_article,
    read_history,
    spawn_worker,
    wait_complete,
    wait_for,
    xadd_all,
)
from redis.asyncio import Redis

from service.broker.group import ensure_group, group_stats
from service.broker.scripts import CommitScripts
from service.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.timeout(180)]
__all__ = ["spawn_worker"]

BALLAST = "ballast:"


@pytest.fixture
def small_redis(tmp_path: Path) -> Any:
    """A redis-server with a memory limit (lowered by :func:`fill_memory`) and ``noeviction``."""
    server = RedisServer(tmp_path, extra_args=["--maxmemory", "64mb", "--maxmemory-policy", "noeviction"])
    server.start()
    yield server
    server.stop()


def fill_memory(client: redis.Redis) -> None:
    """Write 3 MB of ballast, then lower ``maxmemory`` to 1 MB under what is used: Redis is full."""
    for index in range(30):
        client.set(f"{BALLAST}{index}", b"x" * 100_000)
    used = int(client.info("memory")["used_memory"])
    client.config_set("maxmemory", used - 1_000_000)
    with pytest.raises(redis.exceptions.OutOfMemoryError):
        client.set("probe", "x")


def free_memory(client: redis.Redis) -> None:
    """Delete the ballast."""
    keys = list(client.scan_iter(f"{BALLAST}*", count=1000))
    if keys:
        client.delete(*keys)


def test_a_commit_refused_for_memory_leaves_the_entry_pending(
    small_redis: RedisServer, stream_names: dict[str, str]
) -> None:
    async def scenario() -> None:
        fields = {key.removeprefix("ENRICHER_").lower(): value for key, value in stream_names.items()}
        s = Settings(redis_url=small_redis.url, consumer="c1", **fields)  # type: ignore[arg-type]
        client = Redis.from_url(small_redis.url)
        scripts = CommitScripts(client, s)
        assert (await ensure_group(client, s)).created
        await client.xadd(s.input_stream, {"body": "x"})
        reply: Any = await client.xreadgroup(s.group, "c1", {s.input_stream: ">"}, count=1)
        entry_id = reply[0][1][0][0].decode()
        fill_memory(redis.Redis.from_url(small_redis.url))

        with pytest.raises(redis.exceptions.OutOfMemoryError):  # what the worker used to exit on
            await client.xgroup_create(s.input_stream, s.group, id="0", mkstream=True)
        assert not (await ensure_group(client, s)).created  # found with XINFO GROUPS instead

        async def commit() -> Any:
            async with client.pipeline(transaction=False) as pipe:
                await scripts.queue_publish(pipe, entry_id, "ev-oom", {"event": "{}", "article_id": "a"})
                [result] = await pipe.execute(raise_on_error=False)
                return result

        refused = await commit()
        assert isinstance(refused, redis.exceptions.OutOfMemoryError), refused
        stats = await group_stats(client, s)
        assert stats is not None and stats.pending == 1  # not acked
        assert await client.xlen(s.output_stream) == 0  # and nothing written

        free_memory(redis.Redis.from_url(small_redis.url))
        assert (await commit())[0] == b"published"
        stats = await group_stats(client, s)
        assert stats is not None and stats.pending == 0
        await client.aclose()

    asyncio.run(scenario())


def _readiness(port: int) -> tuple[int, list[str]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as response:
            return int(response.status), list(json.loads(response.read())["reasons"])
    except urllib.error.HTTPError as exc:
        return int(exc.code), list(json.loads(exc.read())["reasons"])
    except OSError:  # not listening yet
        return 0, []


@pytest.mark.slow
def test_worker_started_at_full_memory_waits_then_recovers(
    small_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    client = redis.Redis.from_url(small_redis.url)
    stream = stream_names["ENRICHER_INPUT_STREAM"]
    first = [make_article(i, prefix="mem-a") for i in range(10)]
    worker = spawn_worker(small_redis.url, "w1").wait_ready()
    xadd_all(client, stream, first)
    wait_complete(client, stream_names, len(first), timeout=60)
    worker.stop()
    assert worker.exit_code == 0

    second = [make_article(i, prefix="mem-b") for i in range(30)]
    xadd_all(client, stream, second)
    fill_memory(client)
    worker = spawn_worker(small_redis.url, "w2")
    wait_for(
        lambda: "redis out of memory" in _readiness(worker.http_port)[1],
        timeout=60,
        what="readiness says OOM",
    )
    assert _readiness(worker.http_port)[0] == 503
    assert worker.alive()

    history = read_history(client, stream_names)
    delivered = len(first) + len(second) - (history.lag or 0)
    acked = delivered - history.pending
    assert acked == history.total, "an entry was acked without its output"

    free_memory(client)
    history = wait_complete(client, stream_names, len(first) + len(second), timeout=90)
    assert_exactly_once(history, {a["id"] for a in first + second})
    wait_for(lambda: http_status(worker.http_port, "/readyz") == 200, timeout=15, what="ready again")
    assert worker.alive()
