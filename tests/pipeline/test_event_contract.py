"""The events the model makes: valid against the checked-in JSON Schema, deterministic, true offsets."""

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema

from service.enrich.pipeline import Enricher
from service.schema.article import Article
from service.schema.events import EnrichedEvent, event_json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema" / "event-v1.schema.json"

HYGIENE_BODY = (
    "Officials in\u00a0Nairobi said on Monday that the <b>Kenya Red Cross</b> had sent teams to "
    "Gar\u200bissa, where \u201cfloods\u201d had cut the road to Mombasa. Food &amp; water ran short."
)


def test_a_1_0_event_still_validates_against_the_current_schema(enricher: Enricher) -> None:
    """An event as a 1.0 producer wrote it (no 1.1 fields) is valid under the current schema."""
    event = enricher.enrich(Article(id="k0", title="Floods", body="Floods killed 14 people in Kenya."))
    assert isinstance(event, EnrichedEvent)
    payload = json.loads(event.model_dump_json())
    payload["schema_version"] = "1.0"
    for fact in payload["facts"]:
        for added in ("dimension", "canonical_value", "canonical_unit"):
            fact.pop(added, None)
    jsonschema.validate(payload, event_json_schema())
    assert EnrichedEvent.model_validate(payload).schema_version == "1.0"  # a 1.1 reader reads 1.0


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
