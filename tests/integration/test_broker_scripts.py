"""The commit scripts and group helpers against a real Redis (no worker process)."""

import asyncio
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, Counter
from redis.asyncio import Redis

from service.broker.codec import dead_letter_fields
from service.broker.errors import ErrorLog
from service.broker.group import (
    autoclaim,
    claim_own_pending,
    ensure_group,
    group_stats,
    id_before,
    prune_consumers,
    unread_count,
)
from service.broker.health import HealthState
from service.broker.metrics import Metrics
from service.broker.monitor import Monitor
from service.broker.scripts import CommitScripts, watermark_key
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
        assert (await ensure_group(client, s)).created
        assert not (await ensure_group(client, s)).created
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
        assert again[0] == b"stale"
        [dup] = await commit(second)  # the same article in a second entry (a crawler resend)
        assert dup[:2] == [b"duplicate", published[1]]
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
            {b"id": b"bad", b"body": b"\xff"}, DeadLetter(error, 1, "c1", entry_id, "in"), max_fields=10
        )
        for expected in (b"dead_lettered", b"stale"):
            async with client.pipeline(transaction=False) as pipe:
                await scripts.queue_dead_letter(pipe, entry_id, "invalid_encoding", flat)
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
        assert await prune_consumers(client, s, CommitScripts(client, s)) == ["gone"]
        names = sorted(_name(c["name"]) for c in await client.xinfo_consumers(s.input_stream, s.group))
        assert names == ["c1", "holder"]
        await client.aclose()

    asyncio.run(scenario())


def _name(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def _started(
    redis_url: str, names: dict[str, str], **extra: object
) -> tuple[Settings, Redis, CommitScripts]:
    """Settings for this test's streams, a client, the scripts, and the group created."""
    s = _settings(redis_url, names, **extra)
    client = Redis.from_url(redis_url)
    await ensure_group(client, s)
    return s, client, CommitScripts(client, s)


async def _commit_event(scripts: CommitScripts, client: Redis, entry_id: str, event_id: str) -> list[Any]:
    async with client.pipeline(transaction=False) as pipe:
        await scripts.queue_publish(pipe, entry_id, event_id, {"event": "{}", "article_id": event_id})
        [reply] = await pipe.execute(raise_on_error=False)
    return list(reply)


def test_a_blocked_commit_writes_nothing_and_acks_nothing(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    """WRONGTYPE on the output key: answered before the first write; after the fix the entry commits once."""

    async def scenario() -> None:
        s, client, scripts = await _started(redis_url, stream_names)
        await client.set(s.output_stream, "not a stream")
        await client.xadd(s.input_stream, {"body": "x"})
        entry_id = await _read_one(client, s)
        reply = await _commit_event(scripts, client, entry_id, "ev-blocked")
        assert reply[0] == b"blocked"
        assert b"WRONGTYPE" in reply[1]
        assert not await client.exists(scripts.dedupe_key("ev-blocked"), watermark_key(s))
        stats = await group_stats(client, s)
        assert stats is not None
        assert stats.pending == 1
        await client.delete(s.output_stream)
        assert (await _commit_event(scripts, client, entry_id, "ev-blocked"))[0] == b"published"
        assert await client.xlen(s.output_stream) == 1
        await client.aclose()

    asyncio.run(scenario())


def test_dead_letters_are_deduplicated_per_entry_and_code(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    async def scenario() -> None:
        s, client, scripts = await _started(redis_url, stream_names)
        await client.xadd(s.input_stream, {"body": b"\xff"})
        entry_id = await _read_one(client, s)
        outcomes = []
        for _ in range(2):
            async with client.pipeline(transaction=False) as pipe:
                await scripts.queue_dead_letter(pipe, entry_id, "invalid_encoding", [b"body", b"\xff"])
                [reply] = await pipe.execute()
            outcomes.append(reply[0])
            # the group forgets (destroyed and recreated at 0): the entry is delivered again
            await client.xgroup_destroy(s.input_stream, s.group)
            await client.xgroup_create(s.input_stream, s.group, id="0")
            await _read_one(client, s)
        assert outcomes == [b"dead_lettered", b"duplicate"]
        assert await client.xlen(s.dead_letter_stream) == 1
        await client.aclose()

    asyncio.run(scenario())


def test_the_watermark_recreates_a_lost_group_where_it_stood(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    async def scenario() -> None:
        s, client, scripts = await _started(redis_url, stream_names)
        ids = [_name(await client.xadd(s.input_stream, {"body": str(i)})) for i in range(4)]
        read = [await _read_one(client, s) for _ in range(3)]  # 0, 1, 2 delivered; 3 never read
        assert read == ids[:3]
        await _commit_event(scripts, client, ids[0], "w0")
        await _commit_event(scripts, client, ids[2], "w2")  # 1 still pending: the watermark stays at 1
        await client.xgroup_destroy(s.input_stream, s.group)
        start = await ensure_group(client, s)
        assert start.recreated
        again = [await _read_one(client, s) for _ in range(3)]
        assert again == [ids[1], ids[2], ids[3]]  # 0 is not replayed; 2 is, and its commit finds it done
        assert (await _commit_event(scripts, client, ids[2], "w2"))[0] == b"duplicate"
        assert id_before("5-0") == "4-18446744073709551615"
        assert id_before("5-3") == "5-2"
        await client.aclose()

    asyncio.run(scenario())


def test_trimming_never_passes_a_downstream_group(redis_url: str, stream_names: dict[str, str]) -> None:
    """Retention 1 s by Redis's clock; a downstream group that read nothing keeps every event."""

    async def scenario() -> None:
        s, client, scripts = await _started(
            redis_url, stream_names, trim_strategy="minid", trim_retention_s=1
        )
        await client.xadd(s.output_stream, {"event": "old"}, id="1-1")
        await client.xgroup_create(s.output_stream, "downstream", id="0")
        ids = [_name(await client.xadd(s.input_stream, {"body": str(i)})) for i in range(3)]
        replies = []
        for number, entry_id in enumerate(ids):
            await _read_one(client, s)
            replies.append(await _commit_event(scripts, client, entry_id, f"t{number}"))
        assert [r[2] for r in replies] == [b"held"] * 3
        assert await client.xlen(s.output_stream) == 4
        await client.xreadgroup("downstream", "d1", {s.output_stream: ">"}, count=1)  # reads the old one
        await client.xack(s.output_stream, "downstream", "1-1")
        await client.xgroup_setid(s.output_stream, "downstream", "$")  # and then everything
        await client.xadd(s.input_stream, {"body": "last"})
        last = await _read_one(client, s)
        reply = await _commit_event(scripts, client, last, "t-last")
        assert reply[2] == b""
        oldest: Any = await client.xrange(s.output_stream, count=1)
        assert oldest[0][0] != b"1-1"  # the downstream group read it: now retention applies
        await client.aclose()

    asyncio.run(scenario())


def test_pruning_spares_a_consumer_that_took_work_after_the_listing(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    async def scenario() -> None:
        s, client, scripts = await _started(redis_url, stream_names)
        await client.xadd(s.input_stream, {"body": "x"})
        await client.xgroup_createconsumer(s.input_stream, s.group, "late")
        await asyncio.sleep(0.01)
        # the listing saw "late" idle with nothing pending; then it reads a batch
        await client.xreadgroup(s.group, "late", {s.input_stream: ">"}, count=1)
        assert await scripts.prune_consumer(keys=[s.input_stream], args=[s.group, "late", 0]) == 0
        consumers = await client.xinfo_consumers(s.input_stream, s.group)
        assert [(_name(c["name"]), c["pending"]) for c in consumers] == [("late", 1)]
        await client.aclose()

    asyncio.run(scenario())


def test_unread_count_reads_the_ids_where_xinfo_lag_misleads(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    """A stale entries-read counter (as a failover can leave) and a group created mid-stream (nil lag)."""

    async def scenario() -> None:
        s = _settings(redis_url, stream_names)
        client = Redis.from_url(redis_url)
        ids = [await client.xadd(s.input_stream, {"body": str(i)}) for i in range(5)]
        await client.xgroup_create(s.input_stream, s.group, id="0")
        stats = await group_stats(client, s)
        assert stats is not None and stats.lag == 5
        assert await unread_count(client, s, stats) == 5

        # every entry delivered, but the counter says none was read: XINFO reports lag 5
        await client.xgroup_setid(s.input_stream, s.group, "$", entries_read=0)
        stats = await group_stats(client, s)
        assert stats is not None and stats.lag == 5
        last = ids[-1]
        assert stats.last_delivered_id == (last.decode() if isinstance(last, bytes) else last)
        assert await unread_count(client, s, stats) == 0

        # created at an id inside the stream: Redis does not know the lag, two entries follow
        await client.xgroup_destroy(s.input_stream, s.group)
        await client.xgroup_create(s.input_stream, s.group, id=ids[2])
        stats = await group_stats(client, s)
        assert stats is not None and stats.lag is None
        assert await unread_count(client, s, stats) == 1  # at least one; the count is unknown
        await _read_one(client, s)
        await _read_one(client, s)
        stats = await group_stats(client, s)
        assert stats is not None
        assert await unread_count(client, s, stats) == 0
        await client.aclose()

    asyncio.run(scenario())


def test_monitor_lag_gauge_is_zero_when_nothing_follows_the_last_delivered_id(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    """The worker's ``enricher_group_lag`` does not repeat a stale XINFO lag (the scaled-up-forever case)."""

    async def scenario() -> None:
        s = _settings(redis_url, stream_names)
        client = Redis.from_url(redis_url)
        for i in range(3):
            await client.xadd(s.input_stream, {"body": str(i)})
        await client.xgroup_create(s.input_stream, s.group, id="0")
        metrics = Metrics()
        errors = ErrorLog(Counter("e", "e", ["op", "kind"], registry=CollectorRegistry()))
        health = HealthState(reader_running=lambda: True)
        monitor = Monitor(client, s, health, metrics, lambda _: None, errors)
        await monitor.check()
        assert metrics.registry.get_sample_value("enricher_group_lag") == 3
        await client.xgroup_setid(s.input_stream, s.group, "$", entries_read=0)
        await monitor.check()
        assert metrics.registry.get_sample_value("enricher_group_lag") == 0
        await client.aclose()

    asyncio.run(scenario())
