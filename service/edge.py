"""The one path from raw input to a result, shared by the worker and the CLI: decode -> limits -> enrich.

The worker hands it stream entries; ``article-enricher enrich`` hands it the documents it read
from files, encoded as the one-JSON-document entry a producer would ``XADD``
(:func:`document_entry`). Both therefore apply the same limits (fields, bytes, characters, words)
and get the same error codes. What happens to each result (publish, dead-letter, print) is the
caller's plan.
"""

from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from service.broker.codec import Fields, Limits, decode_entry
from service.enrich.pipeline import Enricher, EnrichResult
from service.schema.article import Article
from service.schema.errors import ArticleError, ErrorCode, ErrorStage
from service.settings import Settings

#: Field that carries a whole article document in an input entry (one of JSON_DOCUMENT_FIELDS).
DOCUMENT_FIELD = b"article"


def limits_of(settings: Settings) -> Limits:
    """The input limits a deployment configured."""
    return Limits(
        max_entry_bytes=settings.max_entry_bytes,
        max_entry_fields=settings.max_entry_fields,
        max_chars=settings.max_article_chars,
        max_words=settings.max_article_words,
    )


def document_entry(document: Mapping[str, Any]) -> Fields | ArticleError:
    """An article document (from a file) as the input entry a producer would send: one JSON field."""
    try:
        return {DOCUMENT_FIELD: orjson.dumps(document)}
    except TypeError as exc:  # e.g. an integer too large for JSON numbers
        return ArticleError(code=ErrorCode.INVALID_JSON, message=str(exc), stage=ErrorStage.DECODE)


def enrich_entries(
    enricher: Enricher, items: Sequence[Fields | ArticleError], limits: Limits
) -> list[EnrichResult]:
    """Decode each entry under ``limits`` and enrich the good ones in one pass; one result per item.

    An item that is already an :class:`ArticleError` (unreadable input, too many deliveries) is
    passed through without being decoded or enriched.
    """
    decoded = [item if isinstance(item, ArticleError) else decode_entry(item, limits) for item in items]
    articles = [item for item in decoded if isinstance(item, Article)]
    enriched = iter(enrich_isolated(enricher, articles) if articles else [])
    return [next(enriched) if isinstance(item, Article) else item for item in decoded]


def enrich_isolated(enricher: Enricher, articles: Sequence[Article]) -> list[EnrichResult]:
    """One ``nlp.pipe`` pass; if the batch as a whole fails, retry one by one to isolate the culprit."""
    try:
        return enricher.enrich_batch(articles)
    except Exception:  # noqa: BLE001 - isolate the article that broke the batch
        return [_enrich_one(enricher, article) for article in articles]


def _enrich_one(enricher: Enricher, article: Article) -> EnrichResult:
    try:
        return enricher.enrich(article)
    except Exception as exc:  # noqa: BLE001 - a bad article becomes an error value
        return ArticleError(
            code=ErrorCode.ENRICHMENT_FAILED, message=f"{type(exc).__name__}: {exc}", stage=ErrorStage.ENRICH
        )
