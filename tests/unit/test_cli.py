"""The command line as a user runs it: real subprocesses, real files, exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from service.schema.events import EnrichedEvent


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    txt = tmp_path / "lagos-port.txt"
    txt.write_text(
        "\n\nPort Strike Halts Lagos Shipping\nDock workers in Lagos, Nigeria, walked out on Monday.\n"
    )
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": "j-1", "title": "Rain", "body": "Heavy rain fell on Dhaka."}))
    lines = tmp_path / "many.jsonl"
    lines.write_text(
        json.dumps({"id": "l-1", "body": "Fires near Athens, Greece."})
        + "\n\n"
        + "{not json\n"
        + json.dumps(["a", "list"])
        + "\n"
        + json.dumps({"id": "l-2", "body": ""})
        + "\n"
        + json.dumps({"id": "l-3", "body": "Talks in Geneva ended."})
        + "\n"
    )
    return {"txt": txt, "json": single, "jsonl": lines}


def test_enrich_prints_one_valid_event_per_good_article_in_input_order(inputs: dict[str, Path]) -> None:
    result = run_cli("enrich", str(inputs["txt"]), str(inputs["json"]), str(inputs["jsonl"]))
    events = [EnrichedEvent.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [e.article.id for e in events] == ["lagos-port", "j-1", "l-1", "l-3"]
    assert events[0].article.title == "Port Strike Halts Lagos Shipping"
    errors = [json.loads(line) for line in result.stderr.splitlines()]
    assert [e["error"]["code"] for e in errors] == ["invalid_json", "not_an_object", "empty_body"]
    assert errors[0]["origin"].endswith("many.jsonl:3")
    assert result.returncode == 1


def test_enrich_reads_stdin_and_pretty_prints() -> None:
    result = run_cli(
        "enrich", "--pretty", "--no-body", "-", stdin=json.dumps({"id": "s", "body": "Snow in Kyiv."})
    )
    assert result.returncode == 0, result.stderr
    event = EnrichedEvent.model_validate_json(result.stdout)
    assert event.article.id == "s"
    assert event.article.body is None
    assert result.stdout.startswith("{\n  ")


def test_missing_file_is_a_usage_error() -> None:
    result = run_cli("enrich", "/nonexistent/article.txt")
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_schema_command_prints_the_event_schema() -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "EnrichedEvent"


def test_help_lists_every_command() -> None:
    result = run_cli("--help")
    for command in ("enrich", "worker", "publish", "schema", "demo"):
        assert command in result.stdout


def test_enrich_enforces_the_worker_limits_not_only_characters(tmp_path: Path) -> None:
    """The CLI goes through the same decode -> limits path as the worker: words and fields count too."""
    many_words = {"id": "long", "body": "word " * 40}
    wide = {"id": "wide", "body": "Rain in Oslo.", **{f"extra{i}": "x" * 80 for i in range(4)}}
    fine = {"id": "fine", "body": "Rain in Oslo."}
    lines = tmp_path / "limits.jsonl"
    lines.write_text("\n".join(json.dumps(doc) for doc in (many_words, wide, fine)) + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "enrich", str(lines)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "ENRICHER_MAX_ARTICLE_WORDS": "30", "ENRICHER_MAX_ENTRY_BYTES": "300"},
    )
    assert [EnrichedEvent.model_validate_json(line).article.id for line in result.stdout.splitlines()] == [
        "fine"
    ]
    errors = [json.loads(line)["error"] for line in result.stderr.splitlines()]
    assert [e["code"] for e in errors] == ["too_large", "too_large"]
    assert "words" in errors[0]["message"]
    assert "bytes" in errors[1]["message"]
    assert result.returncode == 1


def test_a_misspelt_setting_stops_the_cli_with_the_nearest_name() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "enrich", "-"],
        input="",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "ENRICHER_BATCH_SIZ": "8"},
    )
    assert result.returncode == 2
    assert "ENRICHER_BATCH_SIZ is not a setting; did you mean ENRICHER_BATCH_SIZE?" in result.stderr
