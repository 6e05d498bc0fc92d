"""The FastStream subscriber: new entries (``>``) in bounded batches, handed raw to the processor.

FastStream reads (XREADGROUP ``COUNT batch_size BLOCK block_ms``); everything after that is ours:
its parser would choke on garbage and its ack would be a separate round trip, so the subscriber
gets a pass-through parser, ``AckPolicy.MANUAL``, and the processor acks inside its commit script.
"""

import time
from collections.abc import Awaitable, Callable, Sequence

from faststream import AckPolicy, Context
from faststream.redis import RedisBroker, StreamSub
from faststream.redis.message import FAKE_CONSUMER, BatchStreamMessage, RedisBatchStreamMessage
from faststream.redis.subscriber.usecases.stream_subscriber import StreamBatchSubscriber

from service.broker.group import Entry
from service.settings import Settings

ProcessBatch = Callable[[Sequence[Entry], float], Awaitable[None]]


def parse_raw(raw: BatchStreamMessage) -> RedisBatchStreamMessage:
    """Wrap the XREADGROUP reply without decoding anything (garbage must reach the processor)."""
    return RedisBatchStreamMessage(raw_message=raw, body=b"", consumer=FAKE_CONSUMER, group=None)


def decode_nothing(message: RedisBatchStreamMessage) -> None:
    """The handler reads ``raw_message``; there is no decoded body."""


def entries_of(raw: BatchStreamMessage) -> list[Entry]:
    """The batch's entries, first delivery each (new entries read with ``>``)."""
    return [
        Entry(entry_id=entry_id.decode(), fields=dict(fields))
        for entry_id, fields in zip(raw["message_ids"], raw["data"], strict=True)
    ]


def register_subscriber(
    broker: RedisBroker, settings: Settings, process: ProcessBatch
) -> StreamBatchSubscriber:
    """Subscribe to the input stream in the group; ``process`` gets each batch and its read time."""
    stream = StreamSub(
        settings.input_stream,
        group=settings.group,
        consumer=settings.consumer,
        batch=True,
        max_records=settings.batch_size,
        polling_interval=settings.block_ms,
        last_id=">",
    )
    subscriber = broker.subscriber(
        stream=stream,
        ack_policy=AckPolicy.MANUAL,
        parser=parse_raw,
        decoder=decode_nothing,
        title=f"{settings.input_stream}:enrich",
        description=(
            "Raw articles (flat fields, one JSON document field, or a FastStream message). "
            f"Each becomes an article.enriched event on {settings.output_stream!r} "
            f"or a dead-letter entry on {settings.dead_letter_stream!r}."
        ),
    )

    @subscriber
    async def enrich_articles(message: RedisBatchStreamMessage = Context("message")) -> None:  # noqa: B008
        """Enrich one batch of new entries."""
        await process(entries_of(message.raw_message), time.monotonic())

    assert isinstance(subscriber, StreamBatchSubscriber)
    return subscriber
