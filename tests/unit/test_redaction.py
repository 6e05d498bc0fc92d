"""Credentials stay masked: the URL form people see, the output guard, the settings' repr."""

import io

import pytest
from pydantic import SecretStr

from service.broker.connection import RedisUrlError, describe, parse_target
from service.redaction import RedactingStream, redact_url, secrets_from_environment, url_secrets
from service.settings import Settings


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://u:hunter22@h:6379/0", "redis://u:***@h:6379/0"),
        ("rediss://:hunter22@h:6380", "rediss://:***@h:6380"),
        ("redis://h:6379/0", "redis://h:6379/0"),
        ("redis://onlyuser@h/0", "redis://onlyuser@h/0"),
        (
            "redis+sentinel://u:hunter22@a:1,b:2/main?db=1&sentinel_password=other-pw",
            "redis+sentinel://u:***@a:1,b:2/main?db=1&sentinel_password=***",
        ),
    ],
)
def test_redact_url_masks_every_password(url: str, shown: str) -> None:
    assert redact_url(url) == shown


def test_url_secrets_include_the_percent_decoded_form() -> None:
    assert url_secrets("redis://u:p%40ss-word@h/0") == {"p%40ss-word", "p@ss-word"}
    assert secrets_from_environment({"REDIS_URL": "redis://:abcd1234@h", "HOME": "/x"}) == {"abcd1234"}


def test_redacting_stream_masks_longest_secret_first_and_keeps_short_ones() -> None:
    target = io.StringIO()
    stream = RedactingStream(target, {"secret-pw", "secret-pw-long", "ab"})
    stream.write("a secret-pw-long and secret-pw; ab stays\n")
    assert target.getvalue() == "a *** and ***; ab stays\n"


def test_settings_never_show_the_url_password() -> None:
    settings = Settings(redis_url=SecretStr("redis://u:hunter22@h:1/0"))
    assert "hunter22" not in repr(settings)
    assert "hunter22" not in str(settings.model_dump())
    assert describe(settings.redis_url) == "redis://u:***@h:1/0"


def test_sentinel_url_parses_hosts_master_db_and_auth() -> None:
    target = parse_target("redis+sentinel://app:pw1234@s1:26379,s2/primary?db=2&sentinel_password=sp")
    assert target.kind == "sentinel"
    assert target.hosts == (("s1", 26379), ("s2", 26379))
    assert (target.master, target.db, target.username) == ("primary", 2, "app")
    assert target.password is not None and target.password.get_secret_value() == "pw1234"
    assert target.sentinel_password is not None and target.sentinel_password.get_secret_value() == "sp"
    assert "pw1234" not in repr(target)


@pytest.mark.parametrize(
    "url",
    ["redis+sentinel://u:pw-9876@s1:notaport/m", "redis+sentinel://u:pw-9876@s1:1/", "http://u:pw-9876@h"],
)
def test_bad_urls_are_reported_masked(url: str) -> None:
    with pytest.raises(RedisUrlError) as info:
        parse_target(url)
    assert "pw-9876" not in str(info.value)
    assert "***" in str(info.value)
