"""The commit scripts and group helpers against a real Redis (no worker process)."""

import asyncio
from typing import Any

import pytest
from redis.asyncio import Redis

from service.broker.codec import dead_letter_fields
from service.broker.group import autoclaim, claim_own_pending, ensure_group, group_stats, prune_consumers
from service.broker.scripts import CommitScripts
from service.settings import Settings

pytestmark = [pytest.mark.integration]


def _settings(redis_url: str, names: dict[str, str], **extra: object) -> Settings:
    fields = {key.removeprefix("ENRICHER_").lower(): value for key, value in names.items()}
    return Settings(redis_url=redis_url, consumer="c1", **fields, **extra)  # type: ignore[arg-type]


async def _read_one(client: Redis, s: Settings, consumer: str = "c1") -> str:
    reply: Any = await client.xreadgroup(s.group, consumer, {s.input_stream: ">"}, count=1)
    return str(reply[0][1][0][0].decode())


def test_publish_acks_dedupes_and_ignores_stale_redelivery(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    async def scenario() -> None:
        s = _settings(redis_url, stream_names, dedupe_ttl_s=100, trim_strategy="maxlen", trim_maxlen=1000)
        client = Redis.from_url(redis_url)
        scripts = CommitScripts(client, s)
        assert await ensure_group(client, s) is True
        assert await ensure_group(client, s) is False
        await client.xadd(s.input_stream, {"body": "x"})
        await client.xadd(s.input_stream, {"body": "x"})
        first, second = await _read_one(client, s), await _read_one(client, s)

        async def commit(entry_id: str) -> list[Any]:
            async with client.pipeline(transaction=False) as pipe:
                await scripts.queue_publish(pipe, entry_id, "ev1", {"event": "{}", "article_id": "a"})
                return list(await pipe.execute())

        [published] = await commit(first)
        assert published[0] == b"published"
        [again] = await commit(first)  # the same entry committed twice (e.g. a lost reply, then a retry)
        assert again == [b"stale", b""]
        [dup] = await commit(second)  # the same article in a second entry (a crawler resend)
        assert dup == [b"duplicate", published[1]]
        assert await client.xlen(s.output_stream) == 1
        stats = await group_stats(client, s)
        assert stats is not None
        assert stats.pending == 0
        assert 0 < await client.ttl(scripts.dedupe_key("ev1")) <= 100
        await client.aclose()

    asyncio.run(scenario())


def test_dead_letter_copies_fields_and_acks_once(redis_url: str, stream_names: dict[str, str]) -> None:
    async def scenario() -> None:
        from service.broker.codec import DeadLetter
        from service.schema.errors import ArticleError, ErrorCode, ErrorStage

        s = _settings(redis_url, stream_names)
        client = Redis.from_url(redis_url)
        scripts = CommitScripts(client, s)
        await ensure_group(client, s)
        await client.xadd(s.input_stream, {"id": "bad", "body": b"\xff"})
        entry_id = await _read_one(client, s)
        error = ArticleError(code=ErrorCode.INVALID_ENCODING, message="m", stage=ErrorStage.DECODE)
        flat = dead_letter_fields(
            {b"id": b"bad", b"body": b"\xff"}, DeadLetter(error, 1, "c1", entry_id, "in")
        )
        for expected in (b"dead_lettered", b"stale"):
            async with client.pipeline(transaction=False) as pipe:
                await scripts.queue_dead_letter(pipe, entry_id, flat)
                [reply] = await pipe.execute()
            assert reply[0] == expected
        assert await client.xlen(s.dead_letter_stream) == 1
        await client.aclose()

    asyncio.run(scenario())


def test_claims_count_deliveries_and_report_deleted_entries(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    async def scenario() -> None:
        s = _settings(redis_url, stream_names, claim_idle_ms=1)
        client = Redis.from_url(redis_url)
        await ensure_group(client, s)
        kept: Any = await client.xadd(s.input_stream, {"body": "kept"})
        gone: Any = await client.xadd(s.input_stream, {"body": "gone"})
        await client.xreadgroup(s.group, "dead-consumer", {s.input_stream: ">"}, count=2)
        await client.xdel(s.input_stream, gone)
        await asyncio.sleep(0.01)  # past claim_idle_ms = 1 ms
        cursor, entries, deleted = await autoclaim(client, s, "0-0", 10)
        assert cursor == "0-0"
        assert [(e.entry_id, e.fields, e.deliveries) for e in entries] == [
            (kept.decode(), {b"body": b"kept"}, 2)
        ]
        assert deleted == [gone.decode()]
        again = await claim_own_pending(client, s, 10)  # c1 now owns it, as after a restart
        assert [(e.entry_id, e.deliveries) for e in again] == [(kept.decode(), 3)]
        await client.aclose()

    asyncio.run(scenario())


def test_idle_consumers_with_nothing_pending_are_pruned(redis_url: str, stream_names: dict[str, str]) -> None:
    async def scenario() -> None:
        s = _settings(redis_url, stream_names, consumer_prune_idle_s=0.001)
        client = Redis.from_url(redis_url)
        await ensure_group(client, s)
        for _ in range(3):
            await client.xadd(s.input_stream, {"body": "x"})
        await client.xreadgroup(s.group, "holder", {s.input_stream: ">"}, count=1)  # keeps one pending
        done: Any = await client.xreadgroup(s.group, "gone", {s.input_stream: ">"}, count=1)
        await client.xack(s.input_stream, s.group, done[0][1][0][0])  # acked everything it read
        await client.xreadgroup(s.group, s.consumer, {s.input_stream: ">"}, count=1)  # this worker
        await asyncio.sleep(0.01)
        assert await prune_consumers(client, s) == ["gone"]
        names = sorted(_name(c["name"]) for c in await client.xinfo_consumers(s.input_stream, s.group))
        assert names == ["c1", "holder"]
        await client.aclose()

    asyncio.run(scenario())


def _name(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
