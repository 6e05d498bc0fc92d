"""Articles from ``.txt``, ``.json`` and ``.jsonl`` files, or from standard input.

- ``.txt``: the first non-empty line is the title, the rest is the body; the file name (without
  extension) is the id.
- ``.json``: one article object (or a list of them).
- ``.jsonl`` (or ``-`` for stdin): one article object per line; blank lines are skipped.
"""

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from service.schema.errors import ArticleError, ErrorCode, ErrorStage

STDIN = "-"


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article document as read, or the reason it could not be read; ``origin`` says where."""

    origin: str
    data: dict[str, Any] | ArticleError


class InputFileError(Exception):
    """A path that cannot be read at all (missing, unreadable, unknown extension)."""


def read_articles(paths: list[str]) -> Iterator[RawArticle]:
    """Yield the articles of ``paths`` in order, lazily (a large JSONL is never held in memory)."""
    for path in paths:
        if path == STDIN:
            yield from _json_lines(sys.stdin, "<stdin>")
            continue
        file = Path(path)
        if not file.is_file():
            raise InputFileError(f"{path}: no such file")
        suffix = file.suffix.lower()
        try:
            if suffix == ".txt":
                yield _text_article(file)
            elif suffix == ".json":
                yield from _json_document(file)
            elif suffix in {".jsonl", ".ndjson"}:
                with file.open(encoding="utf-8", errors="surrogateescape") as lines:
                    yield from _json_lines(lines, path)
            else:
                raise InputFileError(f"{path}: expected .txt, .json or .jsonl")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputFileError(f"{path}: {exc}") from exc


def _text_article(file: Path) -> RawArticle:
    text = file.read_text(encoding="utf-8")
    lines = text.lstrip().split("\n", 1)
    title = lines[0].strip()
    body = lines[1].strip("\n") if len(lines) > 1 else ""
    return RawArticle(str(file), {"id": file.stem, "title": title, "body": body})


def _json_document(file: Path) -> Iterator[RawArticle]:
    try:
        document = orjson.loads(file.read_bytes())
    except orjson.JSONDecodeError as exc:
        yield RawArticle(str(file), _error(ErrorCode.INVALID_JSON, str(exc)))
        return
    items = document if isinstance(document, list) else [document]
    for index, item in enumerate(items):
        origin = f"{file}[{index}]" if isinstance(document, list) else str(file)
        yield RawArticle(origin, _as_object(item))


def _json_lines(lines: Any, name: str) -> Iterator[RawArticle]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            yield RawArticle(origin, _as_object(orjson.loads(line)))
        except orjson.JSONDecodeError as exc:
            yield RawArticle(origin, _error(ErrorCode.INVALID_JSON, str(exc)))


def _as_object(item: Any) -> dict[str, Any] | ArticleError:
    if isinstance(item, dict):
        return item
    return _error(ErrorCode.NOT_AN_OBJECT, f"expected a JSON object, got {type(item).__name__}")


def _error(code: ErrorCode, message: str) -> ArticleError:
    return ArticleError(code=code, message=message, stage=ErrorStage.DECODE)
