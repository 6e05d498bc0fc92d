"""The offsets invariant on real text: ``article[field][start:end] == text`` for every span reported.

Every entity mention, fact and boilerplate span of every event, over every dev text in
``../shared/dev`` (geo, ner, quantities: about 1,070 real articles) and every article the tests
and the package ship. The articles go through the service's own edge path in batches, with the
session's model loaded once.
"""

import os
from typing import Any

import pytest

from evaluation.dev import DEV_SETS
from evaluation.enrich import enrich_rows
from evaluation.jsonl import read_all
from evaluation.paths import DEV_DIR, TEST_DATA
from service.demo import example_articles
from service.enrich.pipeline import Enricher
from service.schema.events import EnrichedEvent


def untrue_spans(row: dict[str, Any], event: EnrichedEvent) -> list[str]:
    """One line per reported span whose offsets do not slice its text out of the field as sent."""
    source = {"title": row.get("title") or "", "body": row["body"]}
    mentions = [("mention", m.field, m.start, m.end, m.text) for e in event.entities for m in e.mentions]
    spans = [
        *mentions,
        *(("fact", f.field, f.start, f.end, f.text) for f in event.facts),
        *(("boilerplate", b.field, b.start, b.end, b.text) for b in event.boilerplate),
    ]
    return [
        f"{row['id']}: {kind} {field}[{start}:{end}] is {source[field][start:end]!r}, reported {text!r}"
        for kind, field, start, end, text in spans
        if source[field][start:end] != text
    ]


def check(enricher: Enricher, rows: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Enrich ``rows``; the number of events and every untrue span (or rejected article)."""
    problems: list[str] = []
    events = 0
    for row, result in zip(rows, enrich_rows(enricher, rows), strict=True):
        if not isinstance(result, EnrichedEvent):
            problems.append(f"{row['id']}: rejected: {result.code} {result.message}")
            continue
        events += 1
        problems += untrue_spans(row, result)
    return events, problems


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_every_span_is_true_on_every_test_article(enricher: Enricher) -> None:
    rows = read_all(sorted(TEST_DATA.rglob("*.jsonl"))) + example_articles()
    rows = [{"id": r["id"], "title": r.get("title") or "", "body": r["body"]} for r in rows]
    assert len(rows) > 200
    events, problems = check(enricher, rows)
    assert problems == []
    assert events == len(rows)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_every_span_is_true_on_every_dev_text(enricher: Enricher) -> None:
    inputs = [s.inputs(DEV_DIR) for s in DEV_SETS]
    missing = [path for path in inputs if not path.is_file()]
    if missing:
        message = f"dev sets missing: {', '.join(map(str, missing))}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    rows = read_all(inputs)
    assert len(rows) > 1000
    events, problems = check(enricher, rows)
    assert problems[:20] == []
    assert events == len(rows)


def test_a_shifted_span_is_reported(enricher: Enricher) -> None:
    row = {"id": "x", "title": "Kenya floods", "body": "Floods in Kenya killed 40 people, officials said."}
    (result,) = enrich_rows(enricher, [row])
    assert isinstance(result, EnrichedEvent)
    assert untrue_spans(row, result) == []
    fact = result.facts[0]
    shifted = result.model_copy(update={"facts": [fact.model_copy(update={"start": fact.start + 1})]})
    assert len(untrue_spans(row, shifted)) == 1
