"""Stream entry fields -> article, and event/dead-letter -> fields (no Redis)."""

import asyncio
import json
from datetime import UTC, datetime

import pytest
from faststream.redis.parser.binary import BinaryMessageFormatV1

from service.broker.codec import DeadLetter, Limits, dead_letter_fields, decode_entry, event_fields
from service.constants import SCHEMA_VERSION
from service.schema.article import Article
from service.schema.errors import ArticleError, ErrorCode, ErrorStage
from service.schema.events import ArticleOut, EnrichedEvent, Focus, PipelineInfo, Regions

LIMITS = Limits(max_entry_bytes=50_000, max_entry_fields=20, max_chars=10_000, max_words=500)


def decode(fields: dict[bytes, bytes]) -> Article | ArticleError:
    return decode_entry(fields, LIMITS)


def code_of(fields: dict[bytes, bytes]) -> ErrorCode:
    result = decode(fields)
    assert isinstance(result, ArticleError), result
    return result.code


def test_flat_fields_become_an_article() -> None:
    article = decode(
        {b"id": b"a1", b"title": b"T", b"body": b"Body text.", b"published_at": b"2026-01-02T03:04:05Z"}
    )
    assert isinstance(article, Article)
    assert (article.id, article.title, article.body) == ("a1", "T", "Body text.")
    assert article.published_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_unknown_fields_and_undecodable_field_names_are_ignored() -> None:
    article = decode({b"body": b"Text.", b"\xff\xfe": b"\x00", b"thumbnail": b"\x89PNG\xff"})
    assert isinstance(article, Article)
    assert article.id.startswith("text-")


@pytest.mark.parametrize("field", [b"article", b"json", b"data", b"payload", b"__data__"])
def test_one_json_document_field(field: bytes) -> None:
    article = decode({field: json.dumps({"id": 7, "body": "Text.", "title": None}).encode()})
    assert isinstance(article, Article)
    assert (article.id, article.title) == ("7", "")


def test_json_document_may_start_with_a_bom() -> None:
    assert isinstance(decode({b"article": ("\ufeff" + json.dumps({"body": "x"})).encode()}), Article)


def test_faststream_binary_envelope_is_unwrapped() -> None:
    raw = asyncio.run(
        BinaryMessageFormatV1.encode(
            message={"id": "fs-1", "body": "Sent with FastStream."},
            reply_to=None,
            headers=None,
            correlation_id="c",
        )
    )
    assert raw.startswith(BinaryMessageFormatV1.IDENTITY_HEADER)
    article = decode({b"__data__": raw})
    assert isinstance(article, Article)
    assert article.id == "fs-1"


def test_faststream_legacy_json_envelope_is_unwrapped() -> None:
    inner = json.dumps({"id": "fs-2", "body": "Old envelope."})
    article = decode({b"__data__": json.dumps({"data": inner, "headers": {}}).encode()})
    assert isinstance(article, Article)
    assert article.id == "fs-2"


def test_an_article_with_a_data_key_is_not_mistaken_for_an_envelope() -> None:
    article = decode({b"__data__": json.dumps({"id": "x", "body": "b", "data": "not an envelope"}).encode()})
    assert isinstance(article, Article)
    assert article.body == "b"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({b"article": b'{"body": "unterminated'}, ErrorCode.INVALID_JSON),
        ({b"article": b"[" * 2000 + b"]" * 2000}, ErrorCode.INVALID_JSON),
        ({b"article": b"[1, 2]"}, ErrorCode.NOT_AN_OBJECT),
        ({b"article": b'"just a string"'}, ErrorCode.NOT_AN_OBJECT),
        ({b"title": b"no body"}, ErrorCode.MISSING_FIELD),
        ({}, ErrorCode.MISSING_FIELD),
        ({b"body": b"  \n "}, ErrorCode.EMPTY_BODY),
        ({b"article": b'{"body": 12}'}, ErrorCode.WRONG_TYPE),
        ({b"body": b"text", b"published_at": b"not a date"}, ErrorCode.WRONG_TYPE),
        ({b"body": b"caf\xe9"}, ErrorCode.INVALID_ENCODING),
        ({b"body": b"ok", b"title": b"\xc3\x28"}, ErrorCode.INVALID_ENCODING),
        ({b"article": json.dumps({"body": "x"}).encode("utf-16")}, ErrorCode.INVALID_ENCODING),
        ({b"body": b"x" * 60_000}, ErrorCode.TOO_LARGE),
        ({b"body": b"x" * 20_000}, ErrorCode.TOO_LARGE),
        ({b"body": b"a " * 600}, ErrorCode.TOO_LARGE),
        ({b"body": b"x", **{f"f{i}".encode(): b"" for i in range(20)}}, ErrorCode.TOO_MANY_FIELDS),
    ],
)
def test_bad_entries_are_error_values(fields: dict[bytes, bytes], code: ErrorCode) -> None:
    assert code_of(fields) is code


def test_the_field_cap_counts_fields_not_bytes() -> None:
    """A wide entry far under the byte limit is refused before anything is decoded or copied."""
    wide = {f"f{i}".encode(): b"v" for i in range(21)}
    assert len(b"".join(wide)) < LIMITS.max_entry_bytes
    result = decode(wide)
    assert isinstance(result, ArticleError)
    assert (result.code, result.stage) == (ErrorCode.TOO_MANY_FIELDS, ErrorStage.DECODE)
    assert isinstance(decode({b"body": b"x", **{f"f{i}".encode(): b"" for i in range(19)}}), Article)


def test_encoding_errors_are_decode_stage_and_name_the_field() -> None:
    result = decode({b"body": b"\xff"})
    assert isinstance(result, ArticleError)
    assert result.stage is ErrorStage.DECODE
    assert "'body'" in result.message


def _event(focus: str | None) -> EnrichedEvent:
    return EnrichedEvent(
        event_id="e1",
        article=ArticleOut(id="a1", title="T", body="B", language="en", content_sha256="0" * 64),
        enriched_at=datetime(2026, 1, 1, tzinfo=UTC),
        pipeline=PipelineInfo(version="0", model="m", model_version="1"),
        regions=Regions(focus=Focus(country=focus)),
    )


def test_event_fields_are_flat_plus_the_json_event() -> None:
    fields = event_fields(_event("FR"))
    assert EnrichedEvent.model_validate_json(fields["event"]) == _event("FR")
    assert {k: v for k, v in fields.items() if k != "event"} == {
        "event_id": "e1",
        "article_id": "a1",
        "schema_version": SCHEMA_VERSION,
        "type": "article.enriched",
        "focus_country": "FR",
    }
    assert event_fields(_event(None))["focus_country"] == ""


def test_dead_letter_fields_keep_the_original_then_add_the_error() -> None:
    original = {b"id": b"x", b"body": b"\xff\xfe"}
    error = ArticleError(code=ErrorCode.INVALID_ENCODING, message="bad", stage=ErrorStage.DECODE)
    dead = DeadLetter(error, attempts=2, consumer="c1", entry_id="1-0", stream="in")
    flat = dead_letter_fields(original, dead, max_fields=2, now=datetime(2026, 1, 1, tzinfo=UTC))
    pairs = list(zip(flat[::2], flat[1::2], strict=True))
    assert pairs[:2] == list(original.items())
    assert dict(pairs[2:]) == {
        b"error.code": b"invalid_encoding",
        b"error.message": b"bad",
        b"error.stage": b"decode",
        b"error.attempts": b"2",
        b"error.consumer": b"c1",
        b"error.time": b"2026-01-01T00:00:00Z",
        b"error.entry_id": b"1-0",
        b"error.stream": b"in",
    }


def test_a_dead_letter_of_a_too_wide_entry_says_how_wide_instead_of_copying_it() -> None:
    wide = {f"f{i}".encode(): b"v" for i in range(5)}
    error = ArticleError(code=ErrorCode.TOO_MANY_FIELDS, message="wide", stage=ErrorStage.DECODE)
    flat = dead_letter_fields(wide, DeadLetter(error, 1, "c1", "9-0", "in"), max_fields=4)
    fields = dict(zip(flat[::2], flat[1::2], strict=True))
    assert not any(name.startswith(b"f") for name in fields)
    assert fields[b"error.fields_not_copied"] == b"5"
    assert fields[b"error.entry_id"] == b"9-0"
