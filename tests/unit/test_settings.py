"""Settings that protect the operator: unknown variables refused, limits from one place."""

import pytest
from pydantic import ValidationError

from service import constants
from service.settings import NOT_SETTINGS, Settings, unknown_variables


def test_a_misspelt_variable_is_a_startup_error_naming_the_real_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENRICHER_MAX_DELIVERY", "3")
    with pytest.raises(
        ValidationError, match="ENRICHER_MAX_DELIVERY is not a setting; did you mean ENRICHER_MAX_DELIVERIES"
    ):
        Settings()


def test_lower_case_variables_are_settings_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """pydantic-settings matches names case-insensitively; the check must agree with it."""
    monkeypatch.setenv("enricher_batch_size", "7")
    assert Settings().batch_size == 7


def test_every_unknown_variable_is_reported_and_others_are_left_alone() -> None:
    environ = {
        "ENRICHER_BACH_SIZE": "1",
        "ENRICHER_ZZZ_QQQ": "1",
        "ENRICHER_GROUP": "g",
        "REDIS_URL": "redis://x",
        "PATH": "/bin",
        **dict.fromkeys(NOT_SETTINGS, "2"),
    }
    problems = unknown_variables(environ)
    assert problems == [
        "ENRICHER_BACH_SIZE is not a setting; did you mean ENRICHER_BATCH_SIZE?",
        "ENRICHER_ZZZ_QQQ is not a setting",
    ]


def test_limits_default_to_the_constants() -> None:
    settings = Settings()
    assert settings.max_entry_bytes == constants.DEFAULT_MAX_ENTRY_BYTES
    assert settings.max_entry_fields == constants.DEFAULT_MAX_ENTRY_FIELDS
    assert settings.max_article_chars == constants.DEFAULT_MAX_ARTICLE_CHARS
    assert settings.max_article_words == constants.DEFAULT_MAX_ARTICLE_WORDS
    assert settings.batch_size == constants.DEFAULT_BATCH_SIZE
    assert settings.max_deliveries == constants.DEFAULT_MAX_DELIVERIES
    with pytest.raises(ValidationError):
        Settings(batch_size=constants.MAX_BATCH_SIZE + 1)


def test_no_test_only_switch_is_a_production_setting() -> None:
    assert not [name for name in Settings.model_fields if "fault" in name]
