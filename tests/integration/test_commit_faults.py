"""The reproduced failures of the all-or-nothing commit issue, each with the whole-history check.

Real ``redis-server`` (AOF), workers as real subprocesses. Every test ends with: each input article
exactly once in output or dead-letter, never in both, nothing pending, no lag. While a commit is
blocked, nothing may be acked and nothing written.
"""

import random
import signal
import time
import urllib.error
import urllib.request
from typing import Any

import pytest
import redis
from conftest import RedisServer
from harness import (
    SpawnWorker,
    Worker,
    assert_exactly_once,
    http_status,
    http_text,
    make_article,
    read_stream,
    spawn_worker,
    wait_accounted,
    wait_complete,
    wait_for,
    xadd_all,
)

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.timeout(300)]
__all__ = ["spawn_worker"]

Entries = list[dict[Any, Any]]


def _articles(count: int, prefix: str, start: int = 0) -> Entries:
    return [dict(make_article(i, prefix=prefix)) for i in range(start, start + count)]


def _ids(entries: Entries) -> set[str]:
    return {str(e["id"]) for e in entries}


def _metric(worker: Worker, name: str) -> float:
    """A sample's value from ``/metrics`` (0 when absent)."""
    for line in http_text(worker.http_port, "/metrics").splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def _readyz_body(worker: Worker) -> str:
    """The body of ``/readyz``, whatever its status."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{worker.http_port}/readyz", timeout=2) as response:
            return str(response.read().decode())
    except urllib.error.HTTPError as exc:
        return str(exc.read().decode())


def _written(client: redis.Redis, names: dict[str, str]) -> int:
    """Entries in the output and dead-letter streams (a key of another type counts as none)."""
    keys = (names["ENRICHER_OUTPUT_STREAM"], names["ENRICHER_DEAD_LETTER_STREAM"])
    return sum(int(client.xlen(key)) for key in keys if client.type(key) in (b"stream", b"none"))


def _assert_blocked(client: redis.Redis, names: dict[str, str], worker: Worker, entries: int) -> None:
    """Nothing written, nothing acked, readiness 503 with the reason, the failures counted."""
    wait_for(
        lambda: http_status(worker.http_port, "/readyz") == 503,
        timeout=60,
        what="readiness 503 while commits fail",
    )
    assert _written(client, names) == 0, "something was written while commits were blocked"
    [group] = client.xinfo_groups(names["ENRICHER_INPUT_STREAM"])
    assert int(group["pending"]) >= 1, "the worker holds nothing"
    assert int(group["pending"]) + int(group["lag"]) == entries, "an entry was acked without its output"
    assert "commits failing" in _readyz_body(worker)
    assert _metric(worker, 'enricher_commits_total{outcome="failed"}') > 0


def test_wide_entry_is_dead_lettered_with_its_own_code(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """About 4,000 fields (~30 KB, far under the byte limit): one dead letter, too_many_fields."""
    client = redis.Redis.from_url(own_redis.url)
    good = _articles(10, "wide")
    wide = {"id": "wide-entry", **{f"field{i:04d}": "x" * 4 for i in range(4000)}}
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], [*good[:5], wide, *good[5:]])
    worker = spawn_worker(own_redis.url, "wide").wait_ready()
    history = wait_complete(client, stream_names, 11, timeout=120)
    assert_exactly_once(history, _ids(good), {"wide-entry"} - {"wide-entry"})
    [(_, dead)] = read_stream(client, stream_names["ENRICHER_DEAD_LETTER_STREAM"])
    assert dead[b"error.code"] == b"too_many_fields"
    assert dead[b"error.fields_not_copied"] == b"4001"
    wait_for(
        lambda: _metric(worker, 'enricher_commits_total{outcome="dead_lettered"}') == 1,
        timeout=10,
        what="the dead letter counted",
    )


def test_wrongtype_output_blocks_without_acking_then_everything_arrives_once(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """The output key holds a string: nothing acked or written meanwhile; SIGTERM then exits 4
    (work abandoned); once the key is fixed a new worker commits every article exactly once."""
    client = redis.Redis.from_url(own_redis.url)
    client.set(stream_names["ENRICHER_OUTPUT_STREAM"], "an operator's mistake")
    articles = _articles(20, "wrongtype")
    env = {"ENRICHER_BATCH_SIZE": "8", "ENRICHER_SHUTDOWN_GRACE_S": "3"}
    worker = spawn_worker(own_redis.url, "blocked", **env).wait_ready()
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], articles)
    _assert_blocked(client, stream_names, worker, entries=len(articles))
    time.sleep(2.0)  # more than claim_idle_ms: the held entries must not be re-delivered
    assert _written(client, stream_names) == 0
    [row] = client.xpending_range(
        stream_names["ENRICHER_INPUT_STREAM"], stream_names["ENRICHER_GROUP"], "-", "+", 1
    )
    assert row["times_delivered"] == 1, "a held entry was delivered again"

    worker.signal(signal.SIGTERM)
    assert worker.wait(30) == 4
    assert any(r.get("event") == "batch.abandoned" for r in worker.log_records())

    client.delete(stream_names["ENRICHER_OUTPUT_STREAM"])
    spawn_worker(own_redis.url, "blocked", **env).wait_ready()
    history = wait_complete(client, stream_names, len(articles), timeout=120)
    assert_exactly_once(history, _ids(articles))


def test_acl_user_missing_a_command_loses_nothing(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """A user that may not SET (the dedupe record, written after the event): commits are refused
    before any write; once the permission is granted every article arrives once."""
    admin = redis.Redis.from_url(own_redis.url)
    admin.acl_setuser(
        "enricher",
        enabled=True,
        passwords=["+secret"],
        keys=["*"],
        channels=["*"],
        commands=["+@all", "-set"],
    )
    url = f"redis://enricher:secret@127.0.0.1:{own_redis.port}/0"
    articles = _articles(12, "acl")
    worker = spawn_worker(url, "restricted", ENRICHER_BATCH_SIZE="6").wait_ready()
    xadd_all(admin, stream_names["ENRICHER_INPUT_STREAM"], articles)
    _assert_blocked(admin, stream_names, worker, entries=len(articles))
    assert any("NOPERM" in str(r.get("error", "")) for r in worker.log_records())

    admin.acl_setuser("enricher", enabled=True, commands=["+set"])
    history = wait_complete(admin, stream_names, len(articles), timeout=120)
    assert_exactly_once(history, _ids(articles))
    wait_for(lambda: http_status(worker.http_port, "/readyz") == 200, timeout=30, what="ready again")


def test_destroyed_group_with_a_one_second_dedupe_window_replays_nothing(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """After XGROUP DESTROY the restarted worker recreates the group at the watermark: no article
    and no dead letter is written twice, although every dedupe record has expired."""
    client = redis.Redis.from_url(own_redis.url)
    stream = stream_names["ENRICHER_INPUT_STREAM"]
    first = _articles(30, "recreate")
    garbage: Entries = [{"id": f"recreate-bad-{i}", "article": "{not json"} for i in range(3)]
    env = {"ENRICHER_DEDUPE_TTL_S": "1"}
    worker = spawn_worker(own_redis.url, "keeper", **env).wait_ready()
    xadd_all(client, stream, [*first, *garbage])
    wait_complete(client, stream_names, 33, timeout=120)
    time.sleep(1.5)  # every dedupe record is gone
    assert not list(client.scan_iter(match=f"{stream_names['ENRICHER_DEDUPE_PREFIX']}*"))

    client.xgroup_destroy(stream, stream_names["ENRICHER_GROUP"])
    assert worker.wait(30) == 3
    later = _articles(10, "recreate", start=30)
    xadd_all(client, stream, later)  # added while the group is missing
    restarted = spawn_worker(own_redis.url, "keeper", **env).wait_ready()
    history = wait_complete(client, stream_names, 43, timeout=120)
    assert_exactly_once(history, _ids(first) | _ids(later), {e["id"] for e in garbage})
    assert any(r.get("event") == "group.recreated" for r in restarted.log_records())
    assert _metric(restarted, "enricher_group_recreated_total") == 1


@pytest.mark.slow
def test_an_entry_that_kills_the_worker_is_dead_lettered_alone(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """One entry of a batch of 10 kills the process on every try: after max_deliveries only it is
    dead-lettered (too_many_deliveries); its 9 neighbours are published once."""
    client = redis.Redis.from_url(own_redis.url)
    batch = _articles(10, "poison")
    batch[4]["body"] += " KILLSWITCH"
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], batch)
    env = {"ENRICHER_BATCH_SIZE": "10", "ENRICHER_MAX_DELIVERIES": "3", "FAULT_KILL_ON": "KILLSWITCH"}
    kills = 0
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        worker = spawn_worker(own_redis.url, "victim", **env)
        try:
            worker.wait(60)
        except Exception:  # noqa: BLE001 - still running: it survived the poison
            break
        kills += 1
        assert kills <= 5, "the poison entry kept killing the worker"
    history = wait_complete(client, stream_names, 10, timeout=120)
    assert_exactly_once(history, _ids(batch) - {"poison-4"}, {"poison-4"})
    assert history.dead_codes == {"poison-4": "too_many_deliveries"}
    assert kills == 3


def test_trimming_keeps_events_a_downstream_group_has_not_read(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """Retention of 1 s (Redis's clock): events a downstream group has not read are kept, and the
    held-back gauge says so; once the group has read them, retention applies again."""
    client = redis.Redis.from_url(own_redis.url)
    output = stream_names["ENRICHER_OUTPUT_STREAM"]
    client.xgroup_create(output, "downstream", id="0", mkstream=True)
    env = {"ENRICHER_TRIM_STRATEGY": "minid", "ENRICHER_TRIM_RETENTION_S": "1"}
    worker = spawn_worker(own_redis.url, "trimmer", **env).wait_ready()
    first = _articles(40, "trim")
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], first)
    wait_complete(client, stream_names, 40, timeout=120)
    time.sleep(1.2)
    second = _articles(10, "trim", start=40)
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], second)
    wait_accounted(client, stream_names, _ids(second), timeout=120)
    assert client.xlen(output) == 50, "events the downstream group has not read were trimmed"
    wait_for(lambda: _metric(worker, "enricher_trim_held_back") == 1, timeout=10, what="held-back gauge 1")

    rows: Any = client.xreadgroup("downstream", "reader", {output: ">"})
    client.xack(output, "downstream", *[entry_id for entry_id, _ in rows[0][1]])
    time.sleep(1.2)
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], _articles(1, "trim", start=50))
    wait_for(lambda: client.xlen(output) < 51, timeout=60, what="retention applied after the read")
    wait_for(lambda: _metric(worker, "enricher_trim_held_back") == 0, timeout=10, what="held-back gauge 0")


@pytest.mark.slow
def test_random_kills_restarts_group_destruction_and_garbage_keep_the_whole_history(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """A seeded random mix over a few hundred entries; at the end every article is exactly once in
    output or dead-letter, nothing pending, nothing published twice."""
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    print(f"seed {seed}")
    client = redis.Redis.from_url(own_redis.url)
    stream, group = stream_names["ENRICHER_INPUT_STREAM"], stream_names["ENRICHER_GROUP"]
    env = {"FAULT_DELAY_MS": "40", "ENRICHER_BATCH_SIZE": "8"}
    workers = {name: spawn_worker(own_redis.url, name, **env) for name in ("w1", "w2")}
    for worker in workers.values():
        worker.wait_ready()
    good: set[str] = set()
    bad: set[str] = set()
    number = 0
    for _round in range(6):
        batch: Entries = []
        for _ in range(rng.randint(30, 50)):
            number += 1
            if rng.random() < 0.1:
                bad.add(f"mix-bad-{number}")
                batch.append({"id": f"mix-bad-{number}", "article": rng.choice(["[1]", "{", '"x"'])})
            else:
                article = make_article(number, prefix="mix")
                good.add(article["id"])
                batch.append(article)
        xadd_all(client, stream, batch)
        time.sleep(rng.uniform(0.3, 1.5))
        action = rng.choice(["kill", "kill", "term", "destroy", "none"])
        name = rng.choice(sorted(workers))
        victim = workers[name]
        if action == "kill" and victim.alive():
            victim.kill9()
        elif action == "term" and victim.alive():
            victim.signal(signal.SIGTERM)
            victim.wait(30)
        elif action == "destroy":
            client.xgroup_destroy(stream, group)
            for worker in workers.values():
                if worker.alive():
                    worker.wait(30)  # exit 3: the group is gone
        for key, worker in workers.items():
            if not worker.alive():
                workers[key] = spawn_worker(own_redis.url, key, **env).wait_ready()
    history = wait_accounted(client, stream_names, good | bad, timeout=240)
    assert_exactly_once(history, good, bad)
    assert set(history.dead_codes.values()) <= {"invalid_json", "not_an_object"}, history.dead_codes
