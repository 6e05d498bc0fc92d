"""Events for ``show``: read from event files (``--events``), or made by enriching article files.

Both read their files with :func:`service.io.files.read_articles`, the reader of ``enrich``, and
yield ``(origin, event mapping or error)`` in input order.
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


def enrich_articles(paths: list[str], *, batch_size: int = 64) -> Iterator[Sourced]:
    """Articles from ``paths`` enriched with the configured model, always with their body."""
    from service.enrich.pipeline import Enricher, Resources
    from service.schema.article import Article, article_from_mapping
    from service.settings import Settings

    settings = Settings()
    enricher = Enricher(Resources.load(settings.model), include_body=True, batch_size=batch_size)
    raw = read_articles(paths)
    while chunk := list(islice(raw, batch_size)):
        checked = [
            (
                item.origin,
                item.data
                if isinstance(item.data, ArticleError)
                else article_from_mapping(item.data, max_chars=settings.max_article_chars),
            )
            for item in chunk
        ]
        results = iter(enricher.enrich_batch([a for _, a in checked if isinstance(a, Article)]))
        for origin, article in checked:
            result = next(results) if isinstance(article, Article) else article
            yield origin, result if isinstance(result, ArticleError) else result.model_dump(mode="json")
