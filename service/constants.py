"""Names and limits that the service, its tests and its deployment share.

Every stream name, group name, schema version and size limit lives here once, with its unit.
"""

from typing import Final

#: Major.minor of the event contract. Within a major version changes are additive only.
SCHEMA_VERSION: Final = "1.1"
#: Value of the flat ``type`` field on every output entry.
EVENT_TYPE: Final = "article.enriched"

DEFAULT_INPUT_STREAM: Final = "articles"
DEFAULT_OUTPUT_STREAM: Final = "articles.enriched"
DEFAULT_DEAD_LETTER_STREAM: Final = "articles.dead"
DEFAULT_GROUP: Final = "article-enricher"

#: Field names a raw ``XADD`` may use to carry the whole article as one JSON document.
JSON_DOCUMENT_FIELDS: Final = ("article", "json", "data", "payload", "__data__")
#: Name of the output field that holds the event as one JSON document.
EVENT_FIELD: Final = "event"

#: Articles whose title + body exceed this many characters are rejected (code ``too_large``).
DEFAULT_MAX_ARTICLE_CHARS: Final = 1_000_000
