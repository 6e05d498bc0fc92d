"""Push articles into the input stream as flat string fields (what any crawler's plain XADD does)."""

from collections.abc import Iterable, Mapping
from datetime import datetime

from redis import Redis

from service.broker.connection import sync_client
from service.schema.article import ARTICLE_FIELDS
from service.settings import Settings

#: Entries sent per round trip.
CHUNK = 500


def article_fields(article: Mapping[str, object]) -> dict[str, str]:
    """The flat fields of one article: known fields only, ``None`` left out, dates in ISO 8601."""
    fields: dict[str, str] = {}
    for name in ARTICLE_FIELDS:
        value = article.get(name)
        if value is None:
            continue
        fields[name] = value.isoformat() if isinstance(value, datetime) else str(value)
    return fields


def publish_articles(settings: Settings, articles: Iterable[Mapping[str, object]]) -> list[str]:
    """XADD each article to ``settings.input_stream`` (never trimmed); returns the entry ids in order."""
    ids: list[str] = []
    with sync_client(settings.redis_url) as client:
        batch: list[dict[str, str]] = []
        for article in articles:
            batch.append(article_fields(article))
            if len(batch) >= CHUNK:
                ids += _send(client, settings.input_stream, batch)
                batch = []
        if batch:
            ids += _send(client, settings.input_stream, batch)
    return ids


def _send(client: Redis, stream: str, batch: list[dict[str, str]]) -> list[str]:
    pipe = client.pipeline(transaction=False)
    for fields in batch:
        pipe.xadd(stream, fields)  # type: ignore[arg-type]
    return [entry_id.decode() for entry_id in pipe.execute()]
