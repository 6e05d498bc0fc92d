"""The eight fault tests of the delivery issue: real redis-server (AOF), workers as real subprocesses.

Each ends with the whole-history check: every input article exactly once in output or dead-letter
(by article id), never in both, nothing pending, no lag.
"""

import json
import signal
import time
from typing import Any

import pytest
import redis
from conftest import RedisServer
from harness import (
    SpawnWorker,
    Worker,
    assert_exactly_once,
    http_status,
    make_article,
    read_stream,
    spawn_worker,
    wait_complete,
    wait_for,
    xadd_all,
)

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.timeout(240)]
__all__ = ["spawn_worker"]

Entries = list[dict[Any, Any]]


def _client(server: RedisServer) -> redis.Redis:
    return redis.Redis.from_url(server.url)


def _articles(count: int, prefix: str) -> Entries:
    return [dict(make_article(i, prefix=prefix)) for i in range(count)]


def _ids(entries: Entries) -> set[str]:
    return {str(e["id"]) for e in entries}


def _pending_of(client: redis.Redis, names: dict[str, str], consumer: str) -> list[str]:
    rows = client.xpending_range(
        names["ENRICHER_INPUT_STREAM"], names["ENRICHER_GROUP"], "-", "+", 10_000, consumername=consumer
    )
    return [
        str(row["message_id"], "ascii") if isinstance(row["message_id"], bytes) else str(row["message_id"])
        for row in rows
    ]


def _output_len(client: redis.Redis, names: dict[str, str]) -> int:
    return int(client.xlen(names["ENRICHER_OUTPUT_STREAM"]))


def _articles_logged(worker: Worker, source: str | None = None) -> list[dict[str, object]]:
    return [
        r
        for r in worker.log_records()
        if r.get("event") == "article" and (source is None or r.get("source") == source)
    ]


def test_1_kill_9_mid_batch_second_worker_recovers(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """kill -9 while a batch is in flight: another worker reclaims it; every article once."""
    client = _client(own_redis)
    articles = _articles(300, "kill")
    victim = spawn_worker(own_redis.url, "victim", FAULT_DELAY_MS="150").wait_ready()
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], articles)
    wait_for(
        lambda: _output_len(client, stream_names) >= 32 and bool(_pending_of(client, stream_names, "victim")),
        timeout=90,
        what="victim mid-batch",
        interval=0.01,
    )
    victim.kill9()
    stranded = _pending_of(client, stream_names, "victim")
    assert stranded, "the kill did not hit a batch in flight"

    rescuer = spawn_worker(own_redis.url, "rescuer").wait_ready()
    history = wait_complete(client, stream_names, len(articles), timeout=120)
    assert_exactly_once(history, _ids(articles))
    reclaimed = {str(r["entry_id"]) for r in _articles_logged(rescuer, "reclaimed")}
    assert set(stranded) <= reclaimed, "the rescuer did not reclaim the stranded entries"


def test_2_redis_restart_with_aof(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """kill -9 Redis mid-run and restart it (AOF): not ready meanwhile, then every article once."""
    client = _client(own_redis)
    articles = _articles(300, "restart")
    worker = spawn_worker(own_redis.url, "survivor", FAULT_DELAY_MS="50").wait_ready()
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], articles)
    wait_for(lambda: _output_len(client, stream_names) >= 48, timeout=90, what="first batches out")

    own_redis.kill()
    wait_for(lambda: http_status(worker.http_port, "/readyz") == 503, timeout=30, what="not ready")
    assert http_status(worker.http_port, "/healthz") == 200, "an outage must not fail liveness"
    own_redis.start()
    wait_for(lambda: http_status(worker.http_port, "/readyz") == 200, timeout=30, what="ready again")

    client = _client(own_redis)
    history = wait_complete(client, stream_names, len(articles), timeout=120)
    assert_exactly_once(history, _ids(articles))
    assert worker.alive()
    events = [r.get("event") for r in worker.log_records()]
    assert "redis.down" in events
    assert "redis.up" in events


def _garbage() -> tuple[Entries, dict[str, str], set[str]]:
    """100 odd entries: (entries, expected dead-letter code by id, ids expected in the output)."""
    entries: Entries = []
    dead: dict[str, str] = {}
    good: set[str] = set()

    def bad(code: str, key: str, fields: dict[Any, Any]) -> None:
        entries.append({"id": key, **fields})
        dead[key] = code

    for i in range(10):
        bad("invalid_json", f"bad-json-{i}", {"article": '{"body": "unterminated'})
        bad("not_an_object", f"bad-list-{i}", {"article": json.dumps(["a", i])})
        bad("missing_field", f"bad-nobody-{i}", {"title": "No body here"})
        bad("empty_body", f"bad-empty-{i}", {"title": "Blank", "body": " \n\t "})
        bad("wrong_type", f"bad-type-{i}", {"article": json.dumps({"body": i, "title": ["x"]})})
        bad("invalid_encoding", f"bad-utf8-{i}", {"title": "x", "body": b"\xff\xfe broken \xc3\x28"})
        bad("invalid_encoding", f"bad-latin1-{i}", {"body": "Caf\u00e9 in M\u00fcnchen".encode("latin-1")})
        bad("invalid_encoding", f"bad-utf16-{i}", {"article": json.dumps({"body": "hi"}).encode("utf-16")})
    for i in range(5):
        bad("wrong_type", f"bad-date-{i}", {"body": "A plain sentence.", "published_at": "yesterday-ish"})
        bad("invalid_json", f"bad-deep-{i}", {"article": "[" * 2000 + "]" * 2000})
    bad("too_large", "bad-10mb", {"body": "word " * 2_000_000})
    bad("too_large", "bad-100k-tokens", {"body": "a " * 100_000})
    # Odd but valid: enriched.
    for i in range(4):
        key = f"odd-ok-{i}"
        good.add(key)
        body = f"\u200bZero\u00a0width and \u202eright-to-left\u202c marks in Berlin, case {i}.\x00"
        entries.append({"id": key, "body": body, b"\xff\xfe": b"ignored field name"})
    for i in range(4):
        key = f"odd-bom-{i}"
        good.add(key)
        entries.append({"id": key, "article": "\ufeff" + json.dumps({"id": key, "body": f"Oslo, note {i}."})})
    return entries, dead, good


def test_3_thousand_articles_with_ten_percent_garbage(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """1,000 entries, 10 % odd: 892 articles + 8 resends + 100 garbage or odd; each lands where it should."""
    client = _client(own_redis)
    articles = _articles(892, "mix")
    garbage, dead, odd_good = _garbage()
    resends = [dict(a) for a in articles[:8]]  # duplicate ids: the same article sent again
    garbage += resends
    assert len(articles) + len(garbage) == 1000
    worker = spawn_worker(own_redis.url, "sorter", ENRICHER_BATCH_SIZE="64").wait_ready()
    entries = articles + garbage
    order = sorted(range(len(entries)), key=lambda i: (i * 7919) % len(entries))  # interleave, reproducibly
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], [entries[i] for i in order])

    good = _ids(articles) | odd_good
    history = wait_complete(client, stream_names, len(good) + len(dead), timeout=180)
    assert_exactly_once(history, good, set(dead))
    assert history.dead_codes == dead
    assert worker.alive()
    assert http_status(worker.http_port, "/healthz") == 200
    duplicates = [r for r in _articles_logged(worker) if r.get("outcome") == "duplicate"]
    assert len(duplicates) == len(resends)


def test_4_three_workers_share_two_thousand_articles(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """Three workers in one group: no article twice, none missing, each worker did some."""
    client = _client(own_redis)
    articles = _articles(2000, "many")
    workers = [spawn_worker(own_redis.url, f"w{n}") for n in range(3)]
    for worker in workers:
        worker.wait_ready()
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], articles)
    history = wait_complete(client, stream_names, len(articles), timeout=200)
    assert_exactly_once(history, _ids(articles))
    published = [len([r for r in _articles_logged(w) if r.get("outcome") == "published"]) for w in workers]
    assert sum(published) == len(articles)
    assert all(n > 0 for n in published), published


def test_5_sigterm_under_load(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """SIGTERM mid-run: exit 0 within the grace period; a restart under the same name finishes; all once."""
    client = _client(own_redis)
    articles = _articles(400, "term")
    grace = 5.0
    env = {"FAULT_DELAY_MS": "200", "ENRICHER_SHUTDOWN_GRACE_S": str(grace)}
    worker = spawn_worker(own_redis.url, "terminated", **env).wait_ready()
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], articles)
    wait_for(lambda: _output_len(client, stream_names) >= 48, timeout=90, what="load under way")

    started = time.monotonic()
    worker.signal(signal.SIGTERM)
    assert worker.wait(grace + 5) == 0
    elapsed = time.monotonic() - started
    assert elapsed < grace, f"took {elapsed:.1f}s to stop"
    done_before = _output_len(client, stream_names)
    assert done_before < len(articles), "the run ended before the signal could test anything"
    assert any(r.get("event") == "worker.stopping" for r in worker.log_records())

    restarted = spawn_worker(own_redis.url, "terminated").wait_ready()
    history = wait_complete(client, stream_names, len(articles), timeout=120)
    assert_exactly_once(history, _ids(articles))
    assert restarted.alive()


def test_6_same_article_twice_within_dedupe_window(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """A resend within the TTL yields no second event; after the TTL expires it is enriched again."""
    client = _client(own_redis)
    ttl = 3
    spawn_worker(own_redis.url, "deduper", ENRICHER_DEDUPE_TTL_S=str(ttl)).wait_ready()
    article = make_article(1, prefix="dup")
    others = _articles(10, "other")
    stream = stream_names["ENRICHER_INPUT_STREAM"]
    xadd_all(client, stream, [dict(article), *others, dict(article)])
    history = wait_complete(client, stream_names, 11, timeout=60)
    assert_exactly_once(history, {"dup-1"} | _ids(others))
    assert read_history_total(client, stream_names) == 11  # nothing pending, so nothing can come later

    key = next(iter(client.scan_iter(match=f"{stream_names['ENRICHER_DEDUPE_PREFIX']}*")))
    assert 0 < int(client.ttl(key)) <= ttl
    wait_for(lambda: not client.exists(key), timeout=ttl + 5, what="dedupe record expired")
    xadd_all(client, stream, [dict(article)])
    wait_for(lambda: _output_len(client, stream_names) == 12, timeout=60, what="re-enriched after the window")
    ids = [fields[b"article_id"] for _, fields in read_stream(client, stream_names["ENRICHER_OUTPUT_STREAM"])]
    assert ids.count(b"dup-1") == 2


def read_history_total(client: redis.Redis, names: dict[str, str]) -> int:
    """Output plus dead-letter length."""
    return _output_len(client, names) + int(client.xlen(names["ENRICHER_DEAD_LETTER_STREAM"]))


def test_7_crash_between_output_and_ack(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """The fault hook writes the events but not the ack, then exits: the restart publishes no duplicate."""
    client = _client(own_redis)
    articles = _articles(100, "crash")
    crasher = spawn_worker(own_redis.url, "crasher", FAULT_EXIT_AFTER_PUBLISH="1")
    crasher.wait_ready()
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], articles)
    assert crasher.wait(60) == 86
    written = _output_len(client, stream_names)
    stuck = _pending_of(client, stream_names, "crasher")
    assert written > 0
    assert len(stuck) >= written, "the events written must still be pending (not acked)"

    restarted = spawn_worker(own_redis.url, "crasher").wait_ready()
    history = wait_complete(client, stream_names, len(articles), timeout=120)
    assert_exactly_once(history, _ids(articles))
    redone = _articles_logged(restarted, "own_pending")
    assert len([r for r in redone if r.get("outcome") == "duplicate"]) == written


def test_8_idle_worker_does_not_spin(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    """On an existing group an idle worker makes a bounded number of XREADGROUP calls per second."""
    client = _client(own_redis)
    client.xgroup_create(
        stream_names["ENRICHER_INPUT_STREAM"], stream_names["ENRICHER_GROUP"], id="0", mkstream=True
    )
    articles = _articles(5, "idle")
    xadd_all(client, stream_names["ENRICHER_INPUT_STREAM"], articles)
    block_ms = 500
    spawn_worker(own_redis.url, "idler", ENRICHER_BLOCK_MS=str(block_ms)).wait_ready()
    history = wait_complete(client, stream_names, len(articles), timeout=60)
    assert_exactly_once(history, _ids(articles))

    def calls() -> int:
        stats = client.info("commandstats")
        return int(stats.get("cmdstat_xreadgroup", {}).get("calls", 0))

    before, started = calls(), time.monotonic()
    time.sleep(3.0)  # the measurement window itself
    rate = (calls() - before) / (time.monotonic() - started)
    assert rate <= 1000 / block_ms + 1, f"{rate:.1f} XREADGROUP calls/s while idle"
    assert rate > 0, "the worker stopped reading"
