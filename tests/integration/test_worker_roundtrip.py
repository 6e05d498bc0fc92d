"""A real worker process against a real Redis: raw XADD in, events read back with XRANGE."""

import asyncio
import json
from collections.abc import Iterator

import orjson
import pytest
import redis
from conftest import free_port, make_stream_names
from faststream.redis import RedisBroker
from harness import (
    REPO,
    TEST_WORKER_ENV,
    Worker,
    http_status,
    http_text,
    make_article,
    read_stream,
    wait_accounted,
    xadd_all,
)

from service.constants import SCHEMA_VERSION
from service.schema.events import EnrichedEvent

pytestmark = [pytest.mark.integration]

EXAMPLE = REPO.parent / "shared" / "corpus" / "jalalabad-prison-break.txt"


def _example_article() -> dict[str, str] | None:
    """The shared example article as flat fields (title: first non-empty line), if ``../shared`` exists."""
    if not EXAMPLE.exists():
        return None
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    return {"id": "example", "title": lines[first].strip(), "body": "\n".join(lines[first + 1 :]).strip()}


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    """Stream names of this module's worker."""
    return make_stream_names()


@pytest.fixture(scope="module")
def worker(
    redis_url: str, names: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Worker]:
    """One worker for the whole module (starting one costs seconds); each test uses its own article ids."""
    env = {**TEST_WORKER_ENV, **names, "REDIS_URL": redis_url, "ENRICHER_CONSUMER": "roundtrip"}
    log_path = tmp_path_factory.mktemp("roundtrip") / "worker.log"
    started = Worker(env=env, log_path=log_path, http_port=free_port()).start()
    try:
        yield started.wait_ready()
    finally:
        started.stop()


async def _publish_with_faststream(url: str, stream: str, article: dict[str, str]) -> None:
    broker = RedisBroker(url)
    async with broker:
        await broker.publish(article, stream=stream)


def test_raw_xadd_articles_come_back_as_valid_events(
    redis_url: str, redis_client: redis.Redis, names: dict[str, str], worker: Worker
) -> None:
    """Flat fields, a JSON document field and a FastStream message become valid events with exact offsets."""
    stream = names["ENRICHER_INPUT_STREAM"]
    flat = [make_article(i, prefix="rt") for i in range(5)]
    example = _example_article()
    if example is not None:
        flat.append(example)
    document = make_article(100, prefix="rt")
    entries: list[dict[str, str]] = [dict(a) for a in flat]
    entries.append({"article": json.dumps(document)})
    xadd_all(redis_client, stream, entries)
    asyncio.run(_publish_with_faststream(redis_url, stream, make_article(200, prefix="rt")))
    expected = {a["id"] for a in flat} | {"rt-100", "rt-200"}

    history = wait_accounted(redis_client, names, expected, timeout=60)
    assert all(history.output_ids[i] == 1 for i in expected), history.output_ids
    assert not set(history.dead_ids) & expected

    for _, fields in read_stream(redis_client, names["ENRICHER_OUTPUT_STREAM"]):
        if fields[b"article_id"].decode() not in expected:
            continue
        event = EnrichedEvent.model_validate_json(fields[b"event"])
        assert fields[b"event_id"].decode() == event.event_id
        assert fields[b"article_id"].decode() == event.article.id
        assert fields[b"schema_version"] == SCHEMA_VERSION.encode()
        assert fields[b"type"] == b"article.enriched"
        assert fields[b"focus_country"].decode() == (event.regions.focus.country or "")
        article = {"title": event.article.title, "body": event.article.body or ""}
        assert event.entities, f"no entities in {event.article.id}"
        for entity in event.entities:
            for mention in entity.mentions:
                assert mention.text == article[mention.field][mention.start : mention.end]

    records = [r for r in worker.log_records() if r.get("event") == "article" and r["article_id"] in expected]
    assert sorted(str(r["article_id"]) for r in records) == sorted(expected)
    assert all(r["entry_id"] and "duration_ms" in r and "entities" in r for r in records)


def test_health_readiness_and_metrics_answer(
    redis_client: redis.Redis, names: dict[str, str], worker: Worker
) -> None:
    """/healthz and /readyz answer 200 with a JSON status; /metrics counts what the worker did."""
    before = http_text(worker.http_port, "/metrics")
    assert 'enricher_articles_dead_lettered_total{code="missing_field"}' not in before
    xadd_all(redis_client, names["ENRICHER_INPUT_STREAM"], [make_article(1, prefix="hm"), {"id": "hm-bad"}])
    wait_accounted(redis_client, names, {"hm-1", "hm-bad"}, timeout=60)

    assert http_status(worker.http_port, "/healthz") == 200
    assert http_status(worker.http_port, "/readyz") == 200
    assert orjson.loads(http_text(worker.http_port, "/readyz")) == {"status": "ok", "reasons": []}
    metrics = http_text(worker.http_port, "/metrics")
    assert "enricher_articles_processed_total 0.0" not in metrics
    assert 'enricher_articles_dead_lettered_total{code="missing_field"} 1.0' in metrics
    for name in (
        "enricher_processing_seconds_bucket",
        "enricher_group_lag",
        "enricher_group_pending",
        "enricher_ready 1.0",
        "enricher_redis_memory_used_ratio",
    ):
        assert name in metrics
    assert http_status(worker.http_port, "/nope") == 404


def test_dead_letter_entry_keeps_original_fields(
    redis_client: redis.Redis, names: dict[str, str], worker: Worker
) -> None:
    """A rejected entry is copied byte for byte, followed by the error.* fields."""
    original = {b"id": b"bad-bytes", b"title": b"ok", b"body": b"caf\xe9 latin-1", b"extra": b"\x00\x01"}
    [entry_id] = xadd_all(redis_client, names["ENRICHER_INPUT_STREAM"], [original])
    wait_accounted(redis_client, names, {"bad-bytes"}, timeout=60)
    [fields] = [
        f
        for _, f in read_stream(redis_client, names["ENRICHER_DEAD_LETTER_STREAM"])
        if f[b"id"] == b"bad-bytes"
    ]
    assert {k: v for k, v in fields.items() if not k.startswith(b"error.")} == original
    assert fields[b"error.code"] == b"invalid_encoding"
    assert fields[b"error.stage"] == b"decode"
    assert fields[b"error.attempts"] == b"1"
    assert fields[b"error.consumer"] == b"roundtrip"
    assert worker.alive()
    assert fields[b"error.entry_id"].decode() == entry_id
    assert fields[b"error.time"].endswith(b"Z")
