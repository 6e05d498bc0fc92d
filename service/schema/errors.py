"""Bad input as a value: a typed error that the edge turns into a log line or a dead-letter entry."""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class ErrorStage(StrEnum):
    """Where in the service an article failed."""

    DECODE = "decode"
    VALIDATE = "validate"
    ENRICH = "enrich"
    PUBLISH = "publish"


class ErrorCode(StrEnum):
    """Stable machine-readable reasons for rejecting an article."""

    INVALID_JSON = "invalid_json"
    NOT_AN_OBJECT = "not_an_object"
    INVALID_ENCODING = "invalid_encoding"
    MISSING_FIELD = "missing_field"
    EMPTY_BODY = "empty_body"
    WRONG_TYPE = "wrong_type"
    INVALID_ARTICLE = "invalid_article"
    TOO_LARGE = "too_large"
    TOO_MANY_FIELDS = "too_many_fields"
    ENRICHMENT_FAILED = "enrichment_failed"
    TOO_MANY_DELIVERIES = "too_many_deliveries"


class ArticleError(BaseModel):
    """Why an article could not be enriched."""

    model_config = ConfigDict(frozen=True)

    code: ErrorCode
    message: str
    stage: ErrorStage
