"""Names and limits that the service, its tests and its deployment share.

Every stream name, group name, schema version and limit lives here once, with its unit. Settings
(``service.settings``) take their defaults and bounds from here; nothing else repeats a number.
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

# --- Input limits, checked at decode before any model runs (above them: a dead letter) ---

#: Bytes (field names + values) of one raw input entry; code ``too_large``.
DEFAULT_MAX_ENTRY_BYTES: Final = 8_000_000
#: Fields (name/value pairs) of one raw input entry; code ``too_many_fields``. An article has at
#: most a dozen; thousands are garbage and would make a dead-letter copy huge.
DEFAULT_MAX_ENTRY_FIELDS: Final = 256
#: Upper bound of that setting (fields): the commit script passes a dead letter's fields to one
#: Lua ``unpack``, which fails beyond about 8,000 values; 1,000 fields keep far below it.
MAX_ENTRY_FIELDS_CEILING: Final = 1000
#: Characters (code points) of title + body; code ``too_large``.
DEFAULT_MAX_ARTICLE_CHARS: Final = 1_000_000
#: Whitespace-separated words of title + body; code ``too_large`` (NER time grows with it: a body
#: of 100,000 one-letter words took 17 s).
DEFAULT_MAX_ARTICLE_WORDS: Final = 20_000

# --- Article fields (characters; longer values fail validation: ``invalid_article``) ---

MAX_ARTICLE_ID_CHARS: Final = 512
MAX_URL_CHARS: Final = 8192
MAX_SOURCE_CHARS: Final = 512
#: A BCP 47 tag is at most 35 characters (RFC 5646 section 4.4.1).
MAX_LANGUAGE_CHARS: Final = 35

# --- Work in flight ---

#: Entries read and enriched at a time (one ``nlp.pipe`` batch), worker and CLI alike.
DEFAULT_BATCH_SIZE: Final = 32
#: New strings the spaCy vocabulary keeps for good (about 100 MB); past it each batch's new words
#: are freed after the batch (``service/enrich/vocabulary.py``).
DEFAULT_VOCABULARY_BUDGET: Final = 250_000
#: Upper bound of the batch size setting (entries).
MAX_BATCH_SIZE: Final = 1000
#: Entries an output or dead-letter stream may hold before trimming passes even a downstream
#: consumer group that has not read them (``trim_ceiling``; 0 = no ceiling).
DEFAULT_TRIM_CEILING: Final = 10_000_000
#: Deliveries after which an entry is dead-lettered (``too_many_deliveries``) without enriching it.
DEFAULT_MAX_DELIVERIES: Final = 5
