"""``article-enricher show`` as a user runs it: files in, a page out, exit codes and errors on stderr."""

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from html_dom import mention_texts, parse


def run_show(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", "show", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def minimal_event(article_id: str, title: str, body: str) -> dict[str, object]:
    article = {"id": article_id, "title": title, "body": body, "language": "en", "content_sha256": "0" * 64}
    return {"schema_version": "1.0", "event_id": article_id, "article": article}


def test_events_file_becomes_a_page_with_an_index(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    lines = [
        minimal_event("one", "First <b>story</b>", "Body one."),
        minimal_event("two", "Second", "Body two."),
    ]
    events.write_text("\n".join(json.dumps(e) for e in lines) + "\n")
    page = tmp_path / "page.html"
    result = run_show("--events", str(events), "--out", str(page))
    assert result.returncode == 0, result.stderr
    root = parse(page.read_text(encoding="utf-8"))
    assert [a.text() for a in root.find_all("nav")[0].find_all("a")] == ["First <b>story</b>", "Second"]
    assert root.find_all("b") == []


def test_bad_lines_are_reported_and_the_good_events_still_shown() -> None:
    stdin = "\n".join(
        [json.dumps(minimal_event("ok", "Fine", "Text.")), "{not json", json.dumps({"id": "an article"})]
    )
    result = run_show("--events", "-", stdin=stdin)
    assert result.returncode == 1
    errors = [json.loads(line) for line in result.stderr.splitlines()]
    assert [e["error"]["code"] for e in errors] == ["invalid_json", "invalid_article"]
    assert [e["origin"] for e in errors] == ["<stdin>:2", "<stdin>:3"]
    assert [a.attrs["id"] for a in parse(result.stdout).find_all("article")] == ["a1"]


def test_open_without_out_writes_a_temporary_page_and_opens_it(tmp_path: Path) -> None:
    events = tmp_path / "events.json"
    events.write_text(json.dumps(minimal_event("one", "Opened", "Body.")))
    recorder, opened = tmp_path / "browser.py", tmp_path / "opened.txt"
    recorder.write_text("import pathlib, sys\npathlib.Path(sys.argv[2]).write_text(sys.argv[1])\n")
    browser = f"{sys.executable} {recorder} %s {opened}"
    result = run_show("--events", str(events), "--open", env={**os.environ, "BROWSER": browser})
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    page = Path(urlsplit(opened.read_text()).path)
    try:
        assert page.name.endswith(".html")
        assert str(page) in result.stderr
        assert parse(page.read_text(encoding="utf-8")).find_all("h2")[0].text() == "Opened"
    finally:
        page.unlink()


def test_a_missing_file_is_a_usage_error() -> None:
    result = run_show("--events", "/nonexistent/events.jsonl")
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_show_enriches_an_article_file_and_highlights_at_true_offsets(tmp_path: Path) -> None:
    """The one run with the model, through the CLI: every highlight is the body's text at its offset."""
    body = (
        "Heavy rain flooded Dhaka on Monday, the Bangladesh Water Board said.\nMore than 2,000 people fled."
    )
    article = tmp_path / "dhaka-rain.txt"
    article.write_bytes(f"Floods in Dhaka\n{body}".encode())
    page = tmp_path / "page.html"
    result = run_show(str(article), "--out", str(page))
    assert result.returncode == 0, result.stderr
    root = parse(page.read_text(encoding="utf-8"))
    mentions = mention_texts(root)
    assert mentions, "the model found no entity at all"
    fields = {"title": "Floods in Dhaka", "body": body}
    for (field, _, offset), text in mentions.items():
        assert fields[field][offset : offset + len(text)] == text
    assert root.find_all("div", **{"class": "body"})[0].text() == body
