"""The input contract: what a crawler may send, and what it gets back when it is wrong."""

from typing import Any

import pytest

from service.schema.article import Article, article_from_mapping
from service.schema.errors import ArticleError, ErrorCode, ErrorStage


def test_flat_fields_validate_and_keep_the_producers_id() -> None:
    article = article_from_mapping(
        {
            "id": "a-1",
            "url": "https://x.test/1",
            "title": "T",
            "body": "Body.",
            "published_at": "2026-01-02T03:04:05Z",
        }
    )
    assert isinstance(article, Article)
    assert article.id == "a-1"
    assert article.published_at is not None and article.published_at.year == 2026


def test_missing_id_is_derived_from_the_url_and_is_stable() -> None:
    first = article_from_mapping({"url": " https://x.test/story ", "body": "One."})
    again = article_from_mapping({"url": "https://x.test/story", "body": "Different text."})
    assert isinstance(first, Article) and isinstance(again, Article)
    assert first.id == again.id and first.id.startswith("url-")


def test_missing_id_and_url_derive_the_id_from_the_content() -> None:
    one = article_from_mapping({"title": "A", "body": "Same."})
    two = article_from_mapping({"title": "A", "body": "Same."})
    other = article_from_mapping({"title": "A", "body": "Other."})
    assert isinstance(one, Article) and isinstance(two, Article) and isinstance(other, Article)
    assert one.id == two.id != other.id


def test_numeric_id_from_json_becomes_text() -> None:
    article = article_from_mapping({"id": 42, "body": "x"})
    assert isinstance(article, Article) and article.id == "42"


@pytest.mark.parametrize(
    ("document", "code"),
    [
        ({"title": "no body"}, ErrorCode.MISSING_FIELD),
        ({"body": "   \n"}, ErrorCode.EMPTY_BODY),
        ({"body": ["a", "list"]}, ErrorCode.WRONG_TYPE),
        ({"body": "x", "published_at": "not a date"}, ErrorCode.WRONG_TYPE),
        ({"body": "x", "id": "i" * 600}, ErrorCode.INVALID_ARTICLE),
    ],
)
def test_bad_input_is_a_typed_error_value(document: dict[str, Any], code: ErrorCode) -> None:
    error = article_from_mapping(document)
    assert isinstance(error, ArticleError)
    assert error.code == code
    assert error.stage == ErrorStage.VALIDATE
    assert error.message


def test_size_limit_is_checked_before_validation() -> None:
    error = article_from_mapping({"body": "x" * 101, "title": ""}, max_chars=100)
    assert isinstance(error, ArticleError) and error.code == ErrorCode.TOO_LARGE
    assert "101" in error.message
