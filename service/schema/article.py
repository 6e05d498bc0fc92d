"""Input contract: one news article, as a crawler sends it."""

import hashlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from service.constants import MAX_ARTICLE_ID_CHARS, MAX_LANGUAGE_CHARS, MAX_SOURCE_CHARS, MAX_URL_CHARS
from service.schema.errors import ArticleError, ErrorCode, ErrorStage

ARTICLE_FIELDS = ("id", "url", "title", "body", "published_at", "source", "language")


class Article(BaseModel):
    """A raw article. Only ``body`` is required; ``id`` is derived when missing."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str = Field(
        default="", max_length=MAX_ARTICLE_ID_CHARS, description="Producer's id; derived when empty."
    )
    url: str | None = Field(default=None, max_length=MAX_URL_CHARS)
    title: str = ""
    body: str
    published_at: datetime | None = None
    source: str | None = Field(default=None, max_length=MAX_SOURCE_CHARS)
    language: str = Field(default="en", max_length=MAX_LANGUAGE_CHARS, description="BCP 47 tag.")

    @field_validator("id", "title", mode="before")
    @classmethod
    def _null_as_empty(cls, value: Any) -> Any:
        """Treat JSON null as absent; accept numeric ids from JSON producers."""
        if value is None:
            return ""
        return _number_as_text(value)

    @field_validator("url", "source", mode="before")
    @classmethod
    def _numbers_as_text(cls, value: Any) -> Any:
        return _number_as_text(value)

    @field_validator("url", "source", mode="after")
    @classmethod
    def _blank_as_none(cls, value: str | None) -> str | None:
        return value if value and value.strip() else None

    @field_validator("published_at", mode="before")
    @classmethod
    def _blank_date_as_none(cls, value: Any) -> Any:
        return None if value == "" else value

    @field_validator("body")
    @classmethod
    def _body_has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("body is empty")
        return value

    def model_post_init(self, _context: Any) -> None:
        """Derive a stable id from the url, else from the content."""
        if not self.id.strip():
            self.id = derive_article_id(self.url, self.title, self.body)

    @property
    def content_hash(self) -> str:
        """SHA-256 of title and body: changes whenever the text does."""
        digest = hashlib.sha256()
        digest.update(self.title.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
        digest.update(self.body.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


def _number_as_text(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def derive_article_id(url: str | None, title: str, body: str) -> str:
    """A stable id: ``url-<hash>`` of the stripped url, else ``text-<hash>`` of title and body."""
    if url and url.strip():
        return "url-" + hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:24]
    content = f"{title}\x00{body}".encode("utf-8", "surrogatepass")
    return "text-" + hashlib.sha256(content).hexdigest()[:24]


def article_from_mapping(data: Mapping[str, Any], *, max_chars: int | None = None) -> Article | ArticleError:
    """Validate a decoded article document; bad input comes back as an :class:`ArticleError`."""
    if "body" not in data:
        return ArticleError(
            code=ErrorCode.MISSING_FIELD, message="the article has no 'body'", stage=ErrorStage.VALIDATE
        )
    body, title = data.get("body"), data.get("title") or ""
    if max_chars is not None and isinstance(body, str) and isinstance(title, str):
        size = len(body) + len(title)
        if size > max_chars:
            return ArticleError(
                code=ErrorCode.TOO_LARGE,
                message=f"title + body is {size} characters; the limit is {max_chars}",
                stage=ErrorStage.VALIDATE,
            )
    try:
        return Article.model_validate(dict(data))
    except ValidationError as exc:
        return _validation_error(exc)


def _validation_error(exc: ValidationError) -> ArticleError:
    first = exc.errors(include_url=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "article"
    if first["type"] == "value_error" and where == "body":
        code = ErrorCode.EMPTY_BODY
    elif first["type"].endswith("_type") or first["type"].endswith("_parsing"):
        code = ErrorCode.WRONG_TYPE
    else:
        code = ErrorCode.INVALID_ARTICLE
    details = "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'article'}: {err['msg']}"
        for err in exc.errors(include_url=False)
    )
    return ArticleError(code=code, message=details, stage=ErrorStage.VALIDATE)
