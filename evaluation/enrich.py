"""Labelled articles through the public pipeline, as ``article-enricher enrich`` runs them.

Each row goes the service's one edge path (:mod:`service.edge`: decode, the configured limits,
enrich), in batches of the configured size, so a score is the score of what a deployment with
default settings would publish.
"""

from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any

from service.edge import document_entry, enrich_entries, limits_of
from service.enrich.pipeline import Enricher, EnrichResult, Resources
from service.schema.errors import ArticleError
from service.settings import Settings


def load_enricher(model: str | None = None) -> Enricher:
    """An enricher with the service's default settings (``model`` overrides the model)."""
    settings = Settings()
    resources = Resources.load(model or settings.model, vocabulary_budget=settings.vocabulary_budget)
    return Enricher(resources, batch_size=settings.batch_size)


def enrich_rows(enricher: Enricher, rows: Sequence[dict[str, Any]]) -> list[EnrichResult]:
    """One result per ``{"id", "title", "body"}`` row, in order, under the service's input limits."""
    limits = limits_of(Settings())
    results: list[EnrichResult] = []
    for chunk in _chunks(iter(rows), enricher.batch_size):
        results += enrich_entries(enricher, [document_entry(row) for row in chunk], limits)
    return results


def events_as_json(results: Sequence[EnrichResult]) -> Iterator[str]:
    """The events as the ``enrich`` command prints them; rejected articles are left out."""
    return (r.model_dump_json() for r in results if not isinstance(r, ArticleError))


def _chunks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while chunk := list(islice(rows, max(1, size))):
        yield chunk
