"""The worker's FastStream app as docs/asyncapi.yaml documents it (``docs/generate-asyncapi.sh``).

The worker reads with its own loop and writes the output and dead-letter entries from its Lua commit
script, not through FastStream subscribers or publishers, so FastStream sees none of its streams;
this factory declares them for the documentation: the input's consumer group
(``service.broker.handlers``), the output and dead-letter streams with the entry formats of
``service.broker.codec`` as their schemas, and the producers' side of the input stream
(``article-enricher publish`` or any ``XADD``).
tests/unit/test_asyncapi.py ties these models to the codec and the file to this factory.
"""

from faststream.asgi import AsgiFastStream
from faststream.redis import RedisBroker
from pydantic import BaseModel, ConfigDict, Field, Json

from service.broker.app import create_app
from service.broker.handlers import declare_input
from service.constants import JSON_DOCUMENT_FIELDS
from service.schema.article import Article
from service.schema.errors import ErrorCode, ErrorStage
from service.schema.events import EnrichedEvent
from service.settings import Settings


class EnrichedEntry(BaseModel):
    """One output stream entry: the event as JSON in ``event``, plus flat fields to route on."""

    model_config = ConfigDict(title="EnrichedEntry")

    event: Json[EnrichedEvent] = Field(description="The article.enriched event, as one JSON document.")
    event_id: str = Field(description="Same as event.event_id.")
    article_id: str = Field(description="Same as event.article.id.")
    schema_version: str = Field(description="Same as event.schema_version, e.g. 1.0.")
    type: str = Field(description="Always article.enriched.")
    focus_country: str = Field(description="ISO 3166-1 alpha-2 of event.regions.focus, or empty.")


class DeadLetterEntry(BaseModel):
    """One dead-letter entry: the input entry's fields untouched, then why it was rejected."""

    model_config = ConfigDict(title="DeadLetterEntry", extra="allow", populate_by_name=True)

    error_code: ErrorCode = Field(alias="error.code")
    error_message: str = Field(alias="error.message")
    error_stage: ErrorStage = Field(alias="error.stage")
    error_attempts: str = Field(alias="error.attempts", description="Deliveries before giving up, as text.")
    error_consumer: str = Field(alias="error.consumer", description="The replica that gave up.")
    error_time: str = Field(alias="error.time", description="UTC, ISO 8601, Z suffix.")
    error_entry_id: str = Field(alias="error.entry_id", description="The input entry's id.")
    error_stream: str = Field(alias="error.stream", description="The input stream.")
    error_fields_not_copied: str | None = Field(
        default=None,
        alias="error.fields_not_copied",
        description="Only when the entry had more fields than the cap: how many, as text (none are copied).",
    )


def documented_app() -> AsgiFastStream:
    """The app from the environment's settings, with the streams the commit script writes declared."""
    settings = Settings()
    app = create_app(settings)
    broker = app.broker
    if not isinstance(broker, RedisBroker):  # pragma: no cover - create_app builds a RedisBroker
        raise TypeError(f"expected the app's RedisBroker, got {broker!r}")
    declare_input(broker, settings)
    broker.publisher(
        stream=settings.input_stream,
        title=f"{settings.input_stream}:publish",
        schema=Article,
        description=(
            "What producers XADD: the article as flat fields (id, url, title, body, published_at, "
            f"source, language; only body is required), or as one JSON document in one of the fields "
            f"{', '.join(JSON_DOCUMENT_FIELDS)}."
        ),
    )
    broker.publisher(
        stream=settings.output_stream,
        title=f"{settings.output_stream}:events",
        schema=EnrichedEntry,
        description="One entry per article enriched, written with the input's XACK in one Lua script.",
    )
    broker.publisher(
        stream=settings.dead_letter_stream,
        title=f"{settings.dead_letter_stream}:rejected",
        schema=DeadLetterEntry,
        description="Entries that cannot be enriched (bad input, or too many failed deliveries).",
    )
    return app
