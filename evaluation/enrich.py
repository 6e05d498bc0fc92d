"""Labelled articles through the public pipeline, as the ``enrich`` command runs them."""

from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any

from service.enrich.pipeline import Enricher, EnrichResult, Resources
from service.schema.article import Article, article_from_mapping
from service.schema.errors import ArticleError
from service.settings import Settings


def load_enricher(model: str | None = None) -> Enricher:
    """An enricher with the service's default settings (``model`` overrides the model)."""
    settings = Settings()
    return Enricher(Resources.load(model or settings.model), include_body=True)


def enrich_rows(enricher: Enricher, rows: Sequence[dict[str, Any]]) -> list[EnrichResult]:
    """One result per ``{"id", "title", "body"}`` row, in order, with the service's input limits."""
    max_chars = Settings().max_article_chars
    results: list[EnrichResult] = []
    for chunk in _chunks(iter(rows), enricher.batch_size):
        checked = [article_from_mapping(row, max_chars=max_chars) for row in chunk]
        enriched = iter(enricher.enrich_batch([a for a in checked if isinstance(a, Article)]))
        results += [next(enriched) if isinstance(a, Article) else a for a in checked]
    return results


def events_as_json(results: Sequence[EnrichResult]) -> Iterator[str]:
    """The events as the ``enrich`` command prints them; rejected articles are left out."""
    return (r.model_dump_json() for r in results if not isinstance(r, ArticleError))


def _chunks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while chunk := list(islice(rows, max(1, size))):
        yield chunk
