"""Worker lifecycle edges beyond the eight fault tests: a vanished group, and a restart at start id 0."""

import pytest
import redis
from conftest import RedisServer, free_port
from harness import (
    SpawnWorker,
    assert_exactly_once,
    make_article,
    read_stream,
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
    assert any(
        r.get("event") == "redis.error" and r.get("kind") == "connection" for r in worker.log_records()
    )


def test_entry_in_a_crash_loop_is_dead_lettered_without_enriching(
    redis_url: str, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """An entry already delivered more than max_deliveries times (workers kept dying on it) is
    dead-lettered with too_many_deliveries when reclaimed; its neighbours are enriched as usual."""
    client = redis.Redis.from_url(redis_url)
    stream, group = stream_names["ENRICHER_INPUT_STREAM"], stream_names["ENRICHER_GROUP"]
    client.xgroup_create(stream, group, id="0", mkstream=True)
    [poison_id] = xadd_all(client, stream, [make_article(0, prefix="loop")])
    client.xreadgroup(group, "doomed", {stream: ">"}, count=1)
    for _ in range(3):  # each claim counts a delivery, as each crashed worker's reclaim did
        client.xclaim(stream, group, "doomed", 0, [poison_id])
    healthy = [make_article(i, prefix="loop") for i in range(1, 6)]
    xadd_all(client, stream, healthy)
    worker = spawn_worker(redis_url, "survivor", ENRICHER_MAX_DELIVERIES="3", ENRICHER_CLAIM_IDLE_MS="1")
    worker.wait_ready()
    history = wait_complete(client, stream_names, 6, timeout=60)
    assert_exactly_once(history, {a["id"] for a in healthy}, {"loop-0"})
    assert history.dead_codes == {"loop-0": "too_many_deliveries"}
    [(_, fields)] = read_stream(client, stream_names["ENRICHER_DEAD_LETTER_STREAM"])
    assert fields[b"error.attempts"] == b"5"
