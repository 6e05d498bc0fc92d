"""Worker lifecycle edges beyond the eight fault tests: a vanished group, and a restart at start id 0."""

import pytest
import redis
from conftest import RedisServer, free_port
from harness import (
    SpawnWorker,
    assert_exactly_once,
    make_article,
    spawn_worker,
    wait_complete,
    xadd_all,
)

pytestmark = [pytest.mark.integration, pytest.mark.faults]
__all__ = ["spawn_worker"]


def test_group_lost_exits_non_zero_and_restart_recreates_it_at_zero(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """A group destroyed under a running worker (a Redis that kept nothing) ends it with exit code 3;
    the restarted worker recreates the group at 0, so articles added meanwhile are not skipped."""
    client = redis.Redis.from_url(own_redis.url)
    stream, group = stream_names["ENRICHER_INPUT_STREAM"], stream_names["ENRICHER_GROUP"]
    worker = spawn_worker(own_redis.url, "orphan").wait_ready()
    client.xgroup_destroy(stream, group)
    assert worker.wait(30) == 3
    assert any(r.get("event") == "worker.fatal" for r in worker.log_records())

    articles = [make_article(i, prefix="lost") for i in range(20)]
    xadd_all(client, stream, articles)  # added while no group exists
    spawn_worker(own_redis.url, "orphan").wait_ready()
    history = wait_complete(client, stream_names, len(articles), timeout=60)
    assert_exactly_once(history, {a["id"] for a in articles})


def test_startup_without_redis_gives_up_with_exit_code_1(
    stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """No Redis within startup_timeout_s: the worker retries with backoff, then exits 1 (not a hang)."""
    dead_url = f"redis://127.0.0.1:{free_port()}/0"
    worker = spawn_worker(dead_url, "early", ENRICHER_STARTUP_TIMEOUT_S="1")
    assert worker.wait(60) == 1
    assert any(r.get("event") == "redis.retry" for r in worker.log_records())
