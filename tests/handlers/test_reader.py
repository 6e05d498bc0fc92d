"""The read loop with a scripted client: what it reads and what it hands the processor."""

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, cast

from faststream.redis import RedisBroker, TestRedisBroker
from faststream.redis.message import DefaultStreamMessage
from prometheus_client import CollectorRegistry, Counter
from redis.asyncio import Redis

from service.broker.codec import Limits, decode_entry
from service.broker.errors import ErrorLog
from service.broker.group import Entry
from service.broker.health import HealthState
from service.broker.reader import StreamReader
from service.schema.article import Article
from service.settings import Settings

SETTINGS = Settings(input_stream="h.in", group="h.group", consumer="h.c1", batch_size=7, block_ms=250)


class ScriptedRedis:
    """Answers XREADGROUP with the replies given, then stops the reader; records each call."""

    def __init__(self, replies: list[Any], reader: list[StreamReader]) -> None:
        self.replies = replies
        self.reader = reader
        self.calls: list[tuple[Any, ...]] = []

    async def xreadgroup(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((*args, kwargs))
        if not self.replies:
            self.reader[0].stop()
            return []
        return self.replies.pop(0)


def _reader(replies: list[Any]) -> tuple[StreamReader, ScriptedRedis, list[list[Entry]]]:
    batches: list[list[Entry]] = []

    async def process(entries: Sequence[Entry], read_at: float) -> None:
        batches.append(list(entries))

    holder: list[StreamReader] = []
    client = ScriptedRedis(replies, holder)
    errors = ErrorLog(Counter("e", "e", ["op", "kind"], registry=CollectorRegistry()))
    reader = StreamReader(cast("Redis", client), SETTINGS, HealthState(), errors, process)
    holder.append(reader)
    return reader, client, batches


async def test_the_group_is_read_with_new_ids_in_bounded_batches() -> None:
    """``>`` only (never the hot ``0`` loop), COUNT = batch size, BLOCK = block_ms, no NOACK."""
    reader, client, _ = _reader([])
    await asyncio.wait_for(reader.run(), 5)
    [call] = client.calls
    assert call[:3] == ("h.group", "h.c1", {"h.in": ">"})
    assert call[3] == {"count": 7, "block": 250}


async def test_garbage_reaches_the_processor_byte_for_byte() -> None:
    """Nothing is decoded on the way: bad bytes must reach the processor to be dead-lettered."""
    reply = [(b"h.in", [(b"5-0", {b"body": b"\xff\xfe"}), (b"5-1", {}), (b"6-0", {b"\x00": b"[" * 100})])]
    reader, _, batches = _reader([reply])
    await asyncio.wait_for(reader.run(), 5)
    assert batches == [
        [
            Entry("5-0", {b"body": b"\xff\xfe"}, 1),
            Entry("5-1", {}, 1),
            Entry("6-0", {b"\x00": b"[" * 100}, 1),
        ]
    ]


async def test_each_read_is_one_batch_in_order_and_empty_reads_are_skipped() -> None:
    replies = [
        [(b"h.in", [(f"{first}-0".encode(), {b"body": b"a"}), (f"{first + 1}-0".encode(), {b"body": b"b"})])]
        for first in (1, 3)
    ]
    reader, _, batches = _reader([replies[0], [], replies[1]])
    await asyncio.wait_for(reader.run(), 5)
    assert [[entry.entry_id for entry in batch] for batch in batches] == [["1-0", "2-0"], ["3-0", "4-0"]]


async def test_an_article_published_with_faststream_decodes_like_a_flat_one() -> None:
    """A producer using ``broker.publish(dict, stream=...)`` writes FastStream's ``__data__`` envelope."""
    broker = RedisBroker()
    captured: list[DefaultStreamMessage] = []

    async def capture(
        raw: DefaultStreamMessage, original: Callable[[DefaultStreamMessage], Awaitable[object]]
    ) -> object:
        captured.append(raw)
        return await original(raw)

    @broker.subscriber(stream="h.probe", parser=capture)
    async def probe(body: dict[str, str]) -> None:
        pass

    article = {"id": "fs-7", "title": "Budget vote", "body": "The council met on Tuesday."}
    async with TestRedisBroker(broker) as test_broker:
        await test_broker.publish(article, stream="h.probe")
    [raw] = captured
    decoded = decode_entry(raw["data"], Limits())
    assert isinstance(decoded, Article)
    assert (decoded.id, decoded.title, decoded.body) == ("fs-7", "Budget vote", "The council met on Tuesday.")
