"""The output contract: the checked-in JSON Schema, determinism and true offsets."""

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema

from service.constants import SCHEMA_VERSION
from service.enrich.pipeline import Enricher
from service.schema.article import Article
from service.schema.events import EnrichedEvent, event_json_schema

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "schema" / "event-v1.schema.json"
#: The 1.0 contract as released, frozen: every 1.x schema must be additive over it.
SCHEMA_1_0 = ROOT / "tests" / "data" / "schema" / "event-1.0.schema.json"

HYGIENE_BODY = (
    "Officials in\u00a0Nairobi said on Monday that the <b>Kenya Red Cross</b> had sent teams to "
    "Gar\u200bissa, where \u201cfloods\u201d had cut the road to Mombasa. Food &amp; water ran short."
)


def test_checked_in_schema_matches_the_model() -> None:
    """A change to the models that is not exported (article-enricher schema) fails here."""
    assert json.loads(SCHEMA_FILE.read_text()) == event_json_schema()


def _additivity_breaks(old: Any, new: Any, where: str) -> list[str]:
    """Where ``new`` would break a consumer or producer of ``old`` (empty when purely additive).

    Additive means: every old property is still there with the same type, nothing new is required,
    enums only gain members; new properties and new definitions are free.
    """
    if isinstance(old, dict) and isinstance(new, dict):
        breaks: list[str] = []
        if "enum" in old:
            missing = set(old["enum"]) - set(new.get("enum", []))
            breaks += [f"{where}: enum lost {sorted(missing)}"] if missing else []
        for key in ("type", "$ref", "format", "const"):
            if old.get(key) != new.get(key) and not (key == "const" and where.endswith("schema_version")):
                breaks.append(f"{where}: {key} {old.get(key)!r} -> {new.get(key)!r}")
        added_required = set(new.get("required", [])) - set(old.get("required", []))
        breaks += [f"{where}: newly required {sorted(added_required)}"] if added_required else []
        for key in ("properties", "$defs"):
            for name, old_sub in old.get(key, {}).items():
                if name not in new.get(key, {}):
                    breaks.append(f"{where}.{name}: removed")
                else:
                    breaks += _additivity_breaks(old_sub, new[key][name], f"{where}.{name}")
        for key in ("anyOf", "allOf", "oneOf"):
            old_options, new_options = old.get(key, []), new.get(key, [])
            if len(new_options) < len(old_options):
                breaks.append(f"{where}: {key} narrowed")
            for index, option in enumerate(old_options[: len(new_options)]):
                breaks += _additivity_breaks(option, new_options[index], f"{where}.{key}[{index}]")
        if "items" in old:
            breaks += _additivity_breaks(old["items"], new.get("items"), f"{where}[]")
        return breaks
    return [] if old == new else [f"{where}: {old!r} -> {new!r}"]


def test_schema_is_additive_over_the_released_1_0_contract() -> None:
    """Within major version 1 nothing is removed, retyped or newly required; enums only grow."""
    old = json.loads(SCHEMA_1_0.read_text())
    assert _additivity_breaks(old, event_json_schema(), "event") == []
    assert SCHEMA_VERSION.split(".")[0] == old["properties"]["schema_version"]["const"].split(".")[0]


def test_additivity_check_catches_a_removed_field_and_a_shrunk_enum() -> None:
    """The check itself can fail: a dropped property and a lost enum member are both reported."""
    old = json.loads(SCHEMA_1_0.read_text())
    broken = json.loads(json.dumps(old))
    del broken["$defs"]["Fact"]["properties"]["currency"]
    broken["$defs"]["FactKind"]["enum"].remove("money")
    broken["$defs"]["Fact"]["required"].append("unit")
    breaks = _additivity_breaks(old, broken, "event")
    assert any("currency: removed" in b for b in breaks)
    assert any("enum lost ['money']" in b for b in breaks)
    assert any("newly required ['unit']" in b for b in breaks)


def test_a_1_0_event_still_validates_against_the_current_schema(enricher: Enricher) -> None:
    """An event as a 1.0 producer wrote it (no 1.1 fields) is valid under the current schema."""
    event = enricher.enrich(Article(id="k0", title="Floods", body="Floods killed 14 people in Kenya."))
    assert isinstance(event, EnrichedEvent)
    payload = json.loads(event.model_dump_json())
    payload["schema_version"] = "1.0"
    for fact in payload["facts"]:
        for added in ("dimension", "canonical_value", "canonical_unit"):
            fact.pop(added, None)
    current: dict[str, Any] = json.loads(json.dumps(event_json_schema()))
    current["properties"]["schema_version"] = {"type": "string"}
    jsonschema.validate(payload, current)


def test_event_validates_against_the_checked_in_schema(enricher: Enricher) -> None:
    event = enricher.enrich(Article(id="k1", title="Floods in Kenya", body=HYGIENE_BODY))
    assert isinstance(event, EnrichedEvent)
    jsonschema.validate(json.loads(event.model_dump_json()), json.loads(SCHEMA_FILE.read_text()))


def test_mentions_point_into_the_original_fields_despite_markup_and_odd_spaces(enricher: Enricher) -> None:
    article = Article(id="k2", title="Floods\u00a0in Kenya", body=HYGIENE_BODY)
    event = enricher.enrich(article)
    assert isinstance(event, EnrichedEvent)
    mentions = [m for entity in event.entities for m in entity.mentions]
    assert any(m.field == "title" for m in mentions)
    assert {"Nairobi", "Mombasa"} <= {m.text for m in mentions}
    for mention in mentions:
        source = article.title if mention.field == "title" else article.body
        assert source[mention.start : mention.end] == mention.text


def test_event_id_is_deterministic_and_follows_the_text(enricher: Enricher) -> None:
    article = Article(id="same", title="T", body="The mayor of Lyon spoke in Paris.")
    first = enricher.enrich(article, enriched_at=datetime(2026, 1, 1, tzinfo=UTC))
    second = enricher.enrich(article, enriched_at=datetime(2026, 6, 1, tzinfo=UTC))
    edited = enricher.enrich(article.model_copy(update={"body": "The mayor of Lyon spoke in Nice."}))
    assert isinstance(first, EnrichedEvent) and isinstance(second, EnrichedEvent)
    assert isinstance(edited, EnrichedEvent)
    assert first.event_id == second.event_id != edited.event_id


def test_body_can_be_left_out_of_the_event(enricher: Enricher) -> None:
    lean = Enricher(enricher.resources, include_body=False)
    event = lean.enrich(Article(id="b", body="Rain in Oslo."))
    assert isinstance(event, EnrichedEvent)
    assert event.article.body is None
    assert event.article.content_sha256 == Article(id="b", body="Rain in Oslo.").content_hash
