"""docs/asyncapi.yaml is what FastStream generates now, and it documents the three streams.

The document comes from docs/asyncapi_app.py (the worker's app plus documentation-only publishers
for the streams its Lua commit script writes); regenerate it with ``docs/generate-asyncapi.sh``.
"""

import importlib.util
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pytest
import yaml
from faststream.asgi import AsgiFastStream
from pydantic import BaseModel

from service import constants
from service.broker.codec import DeadLetter, dead_letter_fields, event_fields
from service.schema.article import ARTICLE_FIELDS
from service.schema.errors import ArticleError, ErrorCode, ErrorStage
from service.schema.events import ArticleOut, EnrichedEvent, Focus, PipelineInfo, Regions

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "docs" / "asyncapi.yaml"
FACTORY = ROOT / "docs" / "asyncapi_app.py"
#: What docs/generate-asyncapi.sh sets instead of the run-time ``<host>-<pid>`` consumer name.
CONSUMER_PLACEHOLDER = "<host>-<pid>"


def factory_module() -> Any:
    spec = importlib.util.spec_from_file_location("asyncapi_app", FACTORY)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document() -> dict[str, Any]:
    data = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local ``$ref`` pointers until a node without one."""
    while "$ref" in node:
        pointer = node["$ref"]
        assert pointer.startswith("#/"), pointer
        target: Any = doc
        for part in pointer[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operation(doc: dict[str, Any], address: str, action: str) -> dict[str, Any]:
    """The one operation with this action on the channel at this stream address."""
    found: list[dict[str, Any]] = [
        op
        for op in doc["operations"].values()
        if op["action"] == action and resolve(doc, op["channel"])["address"] == address
    ]
    assert len(found) == 1, f"expected one {action} operation on {address!r}, found {len(found)}"
    return found[0]


def payload(doc: dict[str, Any], address: str, action: str) -> dict[str, Any]:
    (message,) = operation(doc, address, action)["messages"]
    return resolve(doc, resolve(doc, resolve(doc, message))["payload"])


def test_document_is_current(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in os.environ if name.startswith("ENRICHER_")]:
        monkeypatch.delenv(name)
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("ENRICHER_CONSUMER", CONSUMER_PLACEHOLDER)
    documented_app = cast(Callable[[], AsgiFastStream], factory_module().documented_app)
    generated = yaml.safe_load(documented_app().schema.to_specification().to_yaml())
    # Compared as data: FastStream orders channels by string hashes, which vary between processes.
    assert generated == document(), "stale: run docs/generate-asyncapi.sh"


def test_names_the_input_output_and_dead_letter_streams() -> None:
    doc = document()
    assert doc["asyncapi"].startswith("3.")
    worker = resolve(doc, operation(doc, constants.DEFAULT_INPUT_STREAM, "receive")["channel"])
    assert worker["bindings"]["redis"]["method"] == "xreadgroup"
    assert worker["bindings"]["redis"]["groupName"] == constants.DEFAULT_GROUP
    for stream in (constants.DEFAULT_OUTPUT_STREAM, constants.DEFAULT_DEAD_LETTER_STREAM):
        channel = resolve(doc, operation(doc, stream, "send")["channel"])
        assert channel["bindings"]["redis"]["method"] == "xadd"


def test_each_stream_has_its_message_schema() -> None:
    doc = document()
    article = payload(doc, constants.DEFAULT_INPUT_STREAM, "send")
    assert set(ARTICLE_FIELDS) <= set(article["properties"])
    assert article["required"] == ["body"]

    entry = payload(doc, constants.DEFAULT_OUTPUT_STREAM, "send")
    event = resolve(doc, entry["properties"][constants.EVENT_FIELD]["contentSchema"])
    assert set(EnrichedEvent.model_fields) == set(event["properties"])

    dead = payload(doc, constants.DEFAULT_DEAD_LETTER_STREAM, "send")
    code = resolve(doc, dead["properties"]["error.code"])
    assert set(code["enum"]) == {member.value for member in ErrorCode}
    assert dead["additionalProperties"] is True, "the input entry's own fields are kept"


def field_names(model: type[BaseModel]) -> set[str]:
    return {info.alias or name for name, info in model.model_fields.items()}


def test_output_entry_model_matches_the_codec() -> None:
    event = EnrichedEvent(
        event_id="e1",
        article=ArticleOut(id="a1", title="T", body="B", language="en", content_sha256="0" * 64),
        enriched_at=datetime(2026, 1, 1, tzinfo=UTC),
        pipeline=PipelineInfo(version="0", model="m", model_version="1"),
        regions=Regions(focus=Focus(country="PT")),
    )
    model = cast(type[BaseModel], factory_module().EnrichedEntry)
    assert field_names(model) == set(event_fields(event))


def test_dead_letter_model_matches_the_codec() -> None:
    model = cast(type[BaseModel], factory_module().DeadLetterEntry)
    dead = DeadLetter(
        error=ArticleError(code=ErrorCode.INVALID_JSON, message="m", stage=ErrorStage.DECODE),
        attempts=1,
        consumer="c",
        entry_id="1-0",
        stream=constants.DEFAULT_INPUT_STREAM,
    )
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    flat = dead_letter_fields({b"body": b"x"}, dead, max_fields=10, now=stamp)
    names = {name.decode() for name in flat[0::2]} - {"body"}
    required = {info.alias or name for name, info in model.model_fields.items() if info.is_required()}
    assert required == names
    over_cap = dead_letter_fields({b"a": b"1", b"b": b"2"}, dead, max_fields=1, now=stamp)
    assert field_names(model) == {name.decode() for name in over_cap[0::2]}  # error.fields_not_copied
