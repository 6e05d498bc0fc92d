"""The checked-in JSON Schema of the event is the one the models export."""

import json
from pathlib import Path

from service.schema.events import event_json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema" / "event-v1.schema.json"


def test_checked_in_schema_matches_the_model() -> None:
    """A change to the models that is not exported (article-enricher schema) fails here."""
    assert json.loads(SCHEMA_FILE.read_text()) == event_json_schema()
