"""The FastStream subscriber under TestRedisBroker: what it reads and what it hands the processor."""

from collections.abc import Awaitable, Callable, Sequence

from faststream import AckPolicy
from faststream.redis import RedisBroker, TestRedisBroker
from faststream.redis.message import BatchStreamMessage, DefaultStreamMessage
from faststream.redis.subscriber.usecases.stream_subscriber import StreamBatchSubscriber

from service.broker.codec import Limits, decode_entry
from service.broker.group import Entry
from service.broker.handlers import register_subscriber
from service.schema.article import Article
from service.settings import Settings

SETTINGS = Settings(input_stream="h.in", group="h.group", consumer="h.c1", batch_size=7, block_ms=250)


def _recording_subscriber() -> tuple[RedisBroker, list[list[Entry]], StreamBatchSubscriber]:
    broker = RedisBroker()
    batches: list[list[Entry]] = []

    async def process(entries: Sequence[Entry], read_at: float) -> None:
        batches.append(list(entries))

    return broker, batches, register_subscriber(broker, SETTINGS, process)


def test_the_group_is_read_with_new_ids_in_bounded_batches_and_acked_by_us() -> None:
    """``>`` only (never the hot ``0`` loop), COUNT = batch size, BLOCK = block_ms, no NOACK, MANUAL ack."""
    _, _, subscriber = _recording_subscriber()
    stream = subscriber.stream_sub
    assert (stream.name, stream.group, stream.consumer) == ("h.in", "h.group", "h.c1")
    assert (stream.batch, stream.max_records, stream.polling_interval) == (True, 7, 250)
    assert stream.no_ack is False
    assert stream.min_idle_time is None  # XAUTOCLAIM mode would stop reading new entries
    assert subscriber.last_id == ">"
    assert subscriber.ack_policy is AckPolicy.MANUAL


async def test_garbage_reaches_the_processor_byte_for_byte() -> None:
    """FastStream's parser would choke on these; ours passes them through so they can be dead-lettered."""
    broker, batches, subscriber = _recording_subscriber()
    raw: BatchStreamMessage = {
        "type": "bstream",
        "channel": "h.in",
        "message_ids": [b"5-0", b"5-1", b"6-0"],
        "data": [{b"body": b"\xff\xfe"}, {}, {b"\x00": b"[" * 100}],
    }
    async with TestRedisBroker(broker):
        await subscriber.consume(raw)
    assert batches == [
        [
            Entry("5-0", {b"body": b"\xff\xfe"}, 1),
            Entry("5-1", {}, 1),
            Entry("6-0", {b"\x00": b"[" * 100}, 1),
        ]
    ]


async def test_each_read_is_one_batch_in_order() -> None:
    broker, batches, subscriber = _recording_subscriber()
    async with TestRedisBroker(broker):
        for first in (1, 3):
            raw: BatchStreamMessage = {
                "type": "bstream",
                "channel": "h.in",
                "message_ids": [f"{first}-0".encode(), f"{first + 1}-0".encode()],
                "data": [{b"body": b"a"}, {b"body": b"b"}],
            }
            await subscriber.consume(raw)
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
