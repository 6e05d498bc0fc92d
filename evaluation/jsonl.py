"""JSON lines in and out."""

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """One JSON object per non-blank line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_all(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """The objects of several JSONL files, in order."""
    return [row for path in paths for row in read_jsonl(path)]


def write_jsonl(path: Path, lines: Iterable[str]) -> None:
    """Write already-serialised JSON documents, one a line."""
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(line + "\n" for line in lines)
