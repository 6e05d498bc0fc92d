"""The checked-in JSON Schema of the event is the one the models export, and additive over 1.0."""

import json
from pathlib import Path
from typing import Any

from service.constants import SCHEMA_VERSION
from service.schema.events import event_json_schema

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "schema" / "event-v1.schema.json"
#: The 1.0 contract as released, frozen: every 1.x schema must be additive over it.
SCHEMA_1_0 = ROOT / "tests" / "data" / "schema" / "event-1.0.schema.json"


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
