"""Stream entry fields <-> article and event: the wire formats of the input, output and dead-letter streams.

Input: a plain ``XADD`` with flat fields (``id``, ``url``, ``title``, ``body``, ...), or one field of
:data:`~service.constants.JSON_DOCUMENT_FIELDS` holding the article as a JSON object, or a message
published with FastStream (its ``__data__`` field in FastStream's binary or JSON envelope).
Nothing here raises on bad input: it comes back as an :class:`ArticleError`.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from faststream.redis.parser.binary import BinaryMessageFormatV1

from service.constants import (
    DEFAULT_MAX_ARTICLE_CHARS,
    DEFAULT_MAX_ARTICLE_WORDS,
    DEFAULT_MAX_ENTRY_BYTES,
    DEFAULT_MAX_ENTRY_FIELDS,
    EVENT_FIELD,
    JSON_DOCUMENT_FIELDS,
)
from service.schema.article import ARTICLE_FIELDS, Article, article_from_mapping
from service.schema.errors import ArticleError, ErrorCode, ErrorStage
from service.schema.events import EnrichedEvent

Fields = Mapping[bytes, bytes]
#: Prefix of the error fields appended to a dead-letter entry.
ERROR_PREFIX = "error."
_BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """Why an entry is dead-lettered, and in which attempt by whom."""

    error: ArticleError
    attempts: int
    consumer: str
    entry_id: str
    stream: str


@dataclass(frozen=True, slots=True)
class Limits:
    """Input limits checked at decode, before any model runs (defaults and units: ``service.constants``)."""

    max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES
    max_entry_fields: int = DEFAULT_MAX_ENTRY_FIELDS
    max_chars: int = DEFAULT_MAX_ARTICLE_CHARS
    max_words: int = DEFAULT_MAX_ARTICLE_WORDS


def entry_size(fields: Fields) -> int:
    """Raw size of an entry in bytes (names and values)."""
    return sum(len(key) + len(value) for key, value in fields.items())


def decode_entry(fields: Fields, limits: Limits) -> Article | ArticleError:
    """Turn one stream entry into a validated :class:`Article`, or say why not.

    Limits, checked before any model runs: the number of fields (``too_many_fields``), the raw
    entry's bytes, title + body characters and whitespace-separated words (``too_large``).
    """
    if len(fields) > limits.max_entry_fields:
        return _error(
            ErrorCode.TOO_MANY_FIELDS,
            f"the entry has {len(fields)} fields; the limit is {limits.max_entry_fields}",
            ErrorStage.DECODE,
        )
    result = _decode(fields, max_chars=limits.max_chars, max_bytes=limits.max_entry_bytes)
    if isinstance(result, Article):
        words = len(result.title.split()) + len(result.body.split())
        if words > limits.max_words:
            return _error(
                ErrorCode.TOO_LARGE, f"title + body has {words} words; the limit is {limits.max_words}"
            )
    return result


def _decode(fields: Fields, *, max_chars: int, max_bytes: int) -> Article | ArticleError:
    size = entry_size(fields)
    if size > max_bytes:
        return _error(ErrorCode.TOO_LARGE, f"the entry is {size} bytes; the limit is {max_bytes}")
    names: dict[str, bytes] = {}
    for key, value in fields.items():
        name = _text(key)
        if name is not None:
            names[name] = value
    if "body" not in names:
        for name in JSON_DOCUMENT_FIELDS:
            if name in names:
                return _decode_document(name, names[name], max_chars)
    flat: dict[str, str] = {}
    for name in ARTICLE_FIELDS:
        if name not in names:
            continue
        text = _text(names[name])
        if text is None:
            return _error(ErrorCode.INVALID_ENCODING, f"field {name!r} is not valid UTF-8", ErrorStage.DECODE)
        flat[name] = text
    return article_from_mapping(flat, max_chars=max_chars)


def _decode_document(name: str, raw: bytes, max_chars: int) -> Article | ArticleError:
    payload = _unwrap_faststream(raw) if name == "__data__" else raw
    text = _text(payload)
    if text is None:
        return _error(ErrorCode.INVALID_ENCODING, f"field {name!r} is not valid UTF-8", ErrorStage.DECODE)
    try:
        document: Any = orjson.loads(text.removeprefix(_BOM))
    except orjson.JSONDecodeError as exc:
        return _error(ErrorCode.INVALID_JSON, f"field {name!r}: {exc}", ErrorStage.DECODE)
    if not isinstance(document, dict):
        kind = type(document).__name__
        return _error(ErrorCode.NOT_AN_OBJECT, f"field {name!r} holds a JSON {kind}, not an object")
    return article_from_mapping(document, max_chars=max_chars)


def _unwrap_faststream(raw: bytes) -> bytes:
    """The payload of a FastStream message: binary envelope, legacy JSON envelope, or as is."""
    if raw.startswith(BinaryMessageFormatV1.IDENTITY_HEADER):
        return BinaryMessageFormatV1.parse(raw)[0]
    try:
        envelope = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return raw
    if (
        isinstance(envelope, dict)
        and set(envelope) == {"data", "headers"}
        and isinstance(envelope["data"], str)
    ):
        return envelope["data"].encode("utf-8", "surrogatepass")
    return raw


def _text(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _error(code: ErrorCode, message: str, stage: ErrorStage = ErrorStage.VALIDATE) -> ArticleError:
    return ArticleError(code=code, message=message, stage=stage)


def event_fields(event: EnrichedEvent) -> dict[str, str]:
    """The output entry: the event as JSON plus flat routing fields."""
    return {
        EVENT_FIELD: event.model_dump_json(),
        "event_id": event.event_id,
        "article_id": event.article.id,
        "schema_version": event.schema_version,
        "type": event.type,
        "focus_country": event.regions.focus.country or "",
    }


def dead_letter_fields(
    fields: Fields, dead: DeadLetter, *, max_fields: int, now: datetime | None = None
) -> list[bytes]:
    """The dead-letter entry as a flat name/value list: the original fields untouched, then ``error.*``.

    An entry with more than ``max_fields`` fields (``too_many_fields``) is not copied: the dead
    letter says how many fields it had (``error.fields_not_copied``) and where it came from.
    """
    stamp = (now or datetime.now(UTC)).isoformat().replace("+00:00", "Z")
    error: dict[str, str] = {
        "code": dead.error.code.value,
        "message": dead.error.message,
        "stage": dead.error.stage.value,
        "attempts": str(dead.attempts),
        "consumer": dead.consumer,
        "time": stamp,
        "entry_id": dead.entry_id,
        "stream": dead.stream,
    }
    flat: list[bytes] = []
    if len(fields) > max_fields:
        error["fields_not_copied"] = str(len(fields))
    else:
        for key, value in fields.items():
            flat += [key, value]
    for name, text in error.items():
        flat += [f"{ERROR_PREFIX}{name}".encode(), text.encode("utf-8", "surrogatepass")]
    return flat
