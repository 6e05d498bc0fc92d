"""Events for ``show``: read from event files (``--events``), or made by enriching article files.

Both read their files with :func:`service.io.files.read_articles`, the reader of ``enrich``, and
yield ``(origin, event mapping or error)`` in input order. Articles take the one edge path of
``enrich`` and the worker (:mod:`service.edge`), so the same limits apply.
"""

from collections.abc import Iterator
from itertools import islice
from typing import Any

from service.io.files import read_articles
from service.schema.errors import ArticleError

Sourced = tuple[str, dict[str, Any] | ArticleError]


def read_events(paths: list[str]) -> Iterator[Sourced]:
    """Event documents from ``.json``/``.jsonl`` files or ``-`` (what ``enrich`` prints)."""
    for item in read_articles(paths):
        yield item.origin, item.data


def enrich_articles(paths: list[str]) -> Iterator[Sourced]:
    """Articles from ``paths`` enriched with the configured model and limits, always with their body."""
    from service.edge import document_entry, enrich_entries, limits_of
    from service.enrich.pipeline import Enricher, Resources
    from service.settings import Settings

    settings = Settings()
    resources = Resources.load(settings.model, vocabulary_budget=settings.vocabulary_budget)
    enricher = Enricher(resources, include_body=True, batch_size=settings.batch_size)
    limits = limits_of(settings)
    raw = read_articles(paths)
    while chunk := list(islice(raw, settings.batch_size)):
        entries = [
            item.data if isinstance(item.data, ArticleError) else document_entry(item.data) for item in chunk
        ]
        for item, result in zip(chunk, enrich_entries(enricher, entries, limits), strict=True):
            yield item.origin, result if isinstance(result, ArticleError) else result.model_dump(mode="json")
