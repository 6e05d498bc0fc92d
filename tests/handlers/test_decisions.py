"""Route and dead-letter decisions for a batch (``plan_batch``): what is published, what is dead-lettered."""

import json

from handlers.stub import EXPLODING_BODY, StubEnricher
from service.broker.codec import DeadLetter
from service.broker.group import Entry
from service.broker.processor import Planned, plan_batch
from service.schema.errors import ErrorStage
from service.schema.events import EnrichedEvent
from service.settings import Settings

SETTINGS = Settings(
    input_stream="d.in", consumer="d.c1", max_deliveries=3, max_entry_fields=8, max_article_words=50
)


def _entry(number: int, fields: dict[bytes, bytes], deliveries: int = 1) -> Entry:
    return Entry(f"{number}-0", fields, deliveries)


def _codes(plans: list[Planned]) -> list[str]:
    return [p.result.error.code.value if isinstance(p.result, DeadLetter) else "event" for p in plans]


def test_good_entries_become_events_and_bad_ones_dead_letters_in_input_order() -> None:
    enricher = StubEnricher()
    entries = [
        _entry(1, {b"id": b"a1", b"body": b"Rain fell."}),
        _entry(2, {b"article": b"{not json"}),
        _entry(3, {b"id": b"a3", b"body": b"caf\xe9"}),
        _entry(4, {b"article": json.dumps({"id": "a4", "body": "Snow fell."}).encode()}),
        _entry(5, {b"title": b"no body"}),
        _entry(6, {b"body": b"word " * 51}),
        _entry(7, {b"body": b"x", **{f"f{i}".encode(): b"" for i in range(8)}}),
    ]
    plans = plan_batch(entries, enricher, SETTINGS)
    assert [p.entry.entry_id for p in plans] == [e.entry_id for e in entries]
    assert _codes(plans) == [
        "event",
        "invalid_json",
        "invalid_encoding",
        "event",
        "missing_field",
        "too_large",
        "too_many_fields",
    ]
    assert enricher.seen == ["a1", "a4"]  # nothing rejected at decode reaches the model


def test_an_entry_past_max_deliveries_is_dead_lettered_without_enriching_it() -> None:
    enricher = StubEnricher()
    entries = [
        _entry(1, {b"id": b"ok", b"body": b"Fine."}, deliveries=3),
        _entry(2, {b"id": b"loop", b"body": b"Kills workers."}, deliveries=4),
    ]
    plans = plan_batch(entries, enricher, SETTINGS)
    assert _codes(plans) == ["event", "too_many_deliveries"]
    assert enricher.seen == ["ok"]
    dead = plans[1].result
    assert isinstance(dead, DeadLetter)
    assert (dead.attempts, dead.consumer, dead.entry_id, dead.stream) == (4, "d.c1", "2-0", "d.in")
    assert dead.error.stage is ErrorStage.DECODE


def test_a_batch_that_breaks_the_pipeline_is_retried_one_by_one_so_only_the_culprit_fails() -> None:
    enricher = StubEnricher()
    entries = [
        _entry(1, {b"id": b"before", b"body": b"Fine."}),
        _entry(2, {b"id": b"culprit", b"body": EXPLODING_BODY.encode()}),
        _entry(3, {b"id": b"after", b"body": b"Also fine."}),
    ]
    plans = plan_batch(entries, enricher, SETTINGS)
    assert _codes(plans) == ["event", "enrichment_failed", "event"]
    dead = plans[1].result
    assert isinstance(dead, DeadLetter)
    assert dead.error.stage is ErrorStage.ENRICH
    assert "the pipeline broke" in dead.error.message
    events = [p.result for p in plans if isinstance(p.result, EnrichedEvent)]
    assert [e.article.id for e in events] == ["before", "after"]


def test_an_empty_batch_plans_nothing_and_never_calls_the_model() -> None:
    enricher = StubEnricher()
    assert plan_batch([], enricher, SETTINGS) == []
    assert enricher.seen == []
