"""``article-enricher dead-letters list|show|replay`` against a real Redis, as an operator runs it."""

import json
import os
import subprocess
import sys
from typing import Any

import pytest
import redis

from service.broker.deadletters import (
    Action,
    ledger_key,
    read_dead_letters,
    replay,
    replay_in_pages,
    with_replayed_as,
)
from service.settings import Settings

pytestmark = [pytest.mark.integration]


def _cli(redis_url: str, names: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **names, "REDIS_URL": redis_url}
    return subprocess.run(
        [sys.executable, "-m", "service.cli", "dead-letters", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )


def _dead(client: "redis.Redis", names: dict[str, str], entry_id: str, code: str, **fields: Any) -> str:
    entry: dict[Any, Any] = dict(fields)
    entry.update({f"error.{k}": v for k, v in {"code": code, "message": "m", "entry_id": entry_id}.items()})
    new_id: Any = client.xadd(names["ENRICHER_DEAD_LETTER_STREAM"], entry)
    return str(new_id.decode())


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_list_show_and_an_interrupted_replay_that_replays_nothing_twice(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    client = redis.Redis.from_url(redis_url)
    first = _dead(client, stream_names, "1-0", "enrichment_failed", id="a1", body="Text one.")
    second = _dead(client, stream_names, "2-0", "invalid_encoding", id="a2", body=b"caf\xe9")
    third = _dead(client, stream_names, "3-0", "enrichment_failed", id="a3", body="Text three.")
    wide = _dead(client, stream_names, "4-0", "too_many_fields", **{"error.fields_not_copied": "4000"})

    listed = _cli(redis_url, stream_names, "list", "--code", "enrichment_failed")
    assert listed.returncode == 0, listed.stderr
    assert [(d["id"], d["article_id"], d["replayed_as"]) for d in _lines(listed.stdout)] == [
        (first, "a1", None),
        (third, "a3", None),
    ]
    shown = _cli(redis_url, stream_names, "show", second)
    detail = json.loads(shown.stdout)
    assert detail["fields"]["body"] == {"base64": "Y2Fm6Q=="}  # bytes kept exactly, shown safely
    assert detail["error"]["code"] == "invalid_encoding"

    dry = _cli(redis_url, stream_names, "replay", "--dry-run")
    assert [d["action"] for d in _lines(dry.stdout)] == ["would_replay"] * 3 + ["not_replayable"]
    assert client.xlen(stream_names["ENRICHER_INPUT_STREAM"]) == 0

    # A replay that stopped after the first dead letter (the process died), then run again in full.
    names = {k.removeprefix("ENRICHER_").lower(): v for k, v in stream_names.items()}
    settings = Settings(redis_url=redis_url, **names)  # type: ignore[arg-type]
    [interrupted] = replay(client, settings, list(read_dead_letters(client, settings))[:1])
    assert interrupted.action is Action.REPLAYED
    full = _cli(redis_url, stream_names, "replay")
    assert full.returncode == 0, full.stderr
    actions = {d["id"]: d["action"] for d in _lines(full.stdout)}
    assert actions == {
        first: "already_replayed",
        second: "replayed",
        third: "replayed",
        wide: "not_replayable",
    }
    assert "replayed 2, already replayed 1, not replayable 1" in full.stderr
    again = _cli(redis_url, stream_names, "replay")
    assert {d["action"] for d in _lines(again.stdout)} == {"already_replayed", "not_replayable"}

    replayed: Any = client.xrange(stream_names["ENRICHER_INPUT_STREAM"])
    assert [fields for _, fields in replayed] == [
        {b"id": b"a1", b"body": b"Text one."},
        {b"id": b"a2", b"body": b"caf\xe9"},
        {b"id": b"a3", b"body": b"Text three."},
    ]
    relisted = _lines(_cli(redis_url, stream_names, "list").stdout)
    assert [d["replayed_as"] is not None for d in relisted] == [True, True, True, False]
    client.close()


def test_replay_from_an_id_on(redis_url: str, stream_names: dict[str, str]) -> None:
    client = redis.Redis.from_url(redis_url)
    _dead(client, stream_names, "1-0", "empty_body", id="old", body=" ")
    later = _dead(client, stream_names, "2-0", "empty_body", id="new", body="Now with text.")
    result = _cli(redis_url, stream_names, "replay", "--since", later)
    assert [d["id"] for d in _lines(result.stdout)] == [later]
    assert client.xlen(stream_names["ENRICHER_INPUT_STREAM"]) == 1
    client.close()


def test_replay_and_list_work_a_page_at_a_time(redis_url: str, stream_names: dict[str, str]) -> None:
    """A large selection is read, looked up and replayed page by page, never all at once."""
    client = redis.Redis.from_url(redis_url)
    dead = [
        _dead(client, stream_names, f"{i}-0", "empty_body", id=f"p{i}", body=f"Text {i}.") for i in range(5)
    ]
    names = {k.removeprefix("ENRICHER_").lower(): v for k, v in stream_names.items()}
    settings = Settings(redis_url=redis_url, **names)  # type: ignore[arg-type]
    pulled: list[str] = []

    def selection() -> Any:
        for entry in read_dead_letters(client, settings):
            pulled.append(entry.dead_id)
            yield entry

    results = replay_in_pages(client, settings, selection(), page_size=2)
    first = next(results)
    assert (first.dead_id, first.action) == (dead[0], Action.REPLAYED)
    assert pulled == dead[:2]  # only the first page was read when the first result came out
    assert [r.dead_id for r in results] == dead[1:]
    assert client.xlen(stream_names["ENRICHER_INPUT_STREAM"]) == 5
    listed = list(with_replayed_as(client, settings, read_dead_letters(client, settings), page_size=2))
    assert [entry.dead_id for entry, _ in listed] == dead
    assert all(input_id is not None for _, input_id in listed)
    client.close()


def test_replay_prunes_the_ledger_of_dead_letters_trimmed_from_the_stream(
    redis_url: str, stream_names: dict[str, str]
) -> None:
    """The worker trims the dead-letter stream; the ledger must not keep their records forever."""
    client = redis.Redis.from_url(redis_url)
    old = [_dead(client, stream_names, f"{i}-0", "empty_body", id=f"o{i}", body="Old.") for i in range(3)]
    assert _cli(redis_url, stream_names, "replay").returncode == 0
    names = {k.removeprefix("ENRICHER_").lower(): v for k, v in stream_names.items()}
    ledger = ledger_key(Settings(redis_url=redis_url, **names))  # type: ignore[arg-type]
    assert client.hlen(ledger) == 3
    client.xtrim(
        stream_names["ENRICHER_DEAD_LETTER_STREAM"], minid=old[2], approximate=False
    )  # as the worker's MINID trim
    kept = _dead(client, stream_names, "9-0", "empty_body", id="n1", body="New.")
    result = _cli(redis_url, stream_names, "replay")
    assert result.returncode == 0, result.stderr
    assert {d["id"]: d["action"] for d in _lines(result.stdout)} == {
        old[2]: "already_replayed",
        kept: "replayed",
    }
    assert "the ledger forgot 2 dead letters trimmed from the stream" in result.stderr
    assert sorted(client.hkeys(ledger)) == sorted(i.encode() for i in (old[2], kept))
    client.close()
