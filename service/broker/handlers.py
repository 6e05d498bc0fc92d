"""The input stream as FastStream describes it (AsyncAPI), for the documentation only.

The worker reads with :class:`service.broker.reader.StreamReader`, not with a FastStream subscriber
(see that module for why); ``docs/asyncapi_app.py`` declares this subscriber so that the AsyncAPI
document still shows what the worker consumes, in the group and as the consumer it uses.
"""

from faststream import AckPolicy
from faststream.redis import RedisBroker, StreamSub

from service.settings import Settings


def declare_input(broker: RedisBroker, settings: Settings) -> None:
    """Declare the input stream's consumer group on ``broker`` (never started: documentation only)."""
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
        title=f"{settings.input_stream}:enrich",
        description=(
            "Raw articles (flat fields, one JSON document field, or a FastStream message). "
            f"Each becomes an article.enriched event on {settings.output_stream!r} "
            f"or a dead-letter entry on {settings.dead_letter_stream!r}."
        ),
    )

    @subscriber
    async def enrich_articles() -> None:
        """Documented only: the reader does the work."""
