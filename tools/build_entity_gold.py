"""Build the gold JSONL files of ``tests/data/entities/`` from their hand-labelled ``.txt`` and check them.

Usage: ``python -m tools.build_entity_gold [--check]``. Each ``NAME.txt`` gives ``NAME.jsonl``, except
``articles.txt``, which gives ``gold.jsonl``. With ``--check`` the script only verifies that each
JSONL file is what its source gives (CI runs the unit test that does the same). Every label is
checked: ``field[start:end] == text``, known type, no overlapping labels.
"""

import argparse
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "entities"
TYPES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
_LABEL = re.compile(r"\[\[([^\[\]|]+)\|([A-Z_]+)(?:\|([^\[\]|]+))?\]\]")


def parse_field(marked: str, field: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and labelled mentions of one marked-up field."""
    pieces: list[str] = []
    mentions: list[dict[str, Any]] = []
    position = 0
    length = 0
    for match in _LABEL.finditer(marked):
        before = marked[position : match.start()]
        pieces.append(before)
        length += len(before)
        text, label, entity = match.group(1), match.group(2), match.group(3) or match.group(1)
        mentions.append(
            {
                "text": text,
                "field": field,
                "start": length,
                "end": length + len(text),
                "type": label,
                "entity": entity,
            }
        )
        pieces.append(text)
        length += len(text)
        position = match.end()
    pieces.append(marked[position:])
    return "".join(pieces), mentions


def parse(source: str) -> list[dict[str, Any]]:
    """Articles of ``articles.txt`` (format in the README beside it)."""
    articles = []
    for block in re.split(r"^=== ", source, flags=re.MULTILINE)[1:]:
        head, _, rest = block.partition("\n")
        title_line, _, rest = rest.partition("\n")
        body_tag, _, body = rest.partition("\n")
        if not title_line.startswith("title: ") or body_tag != "body:":
            raise ValueError(f"{head}: expected 'title: ...' then 'body:'")
        title, title_mentions = parse_field(title_line.removeprefix("title: "), "title")
        body_text, body_mentions = parse_field(body.strip("\n"), "body")
        articles.append(
            {
                "id": head.strip(),
                "title": title,
                "body": body_text,
                "mentions": title_mentions + body_mentions,
            }
        )
    return articles


def problems(article: dict[str, Any]) -> list[str]:
    """What is wrong with one article's labels (empty when all is well)."""
    found = []
    for field in ("title", "body"):
        if re.search(r"\[\[|\]\]", article[field]):
            found.append(f"{article['id']}: unparsed markup in {field}")
    spans: dict[str, list[tuple[int, int]]] = {"title": [], "body": []}
    for mention in article["mentions"]:
        field = article[mention["field"]]
        if field[mention["start"] : mention["end"]] != mention["text"]:
            found.append(f"{article['id']}: offsets of {mention['text']!r} do not match")
        if mention["type"] not in TYPES:
            found.append(f"{article['id']}: unknown type {mention['type']}")
        if mention["text"] != mention["text"].strip():
            found.append(f"{article['id']}: {mention['text']!r} has outer whitespace")
        spans[mention["field"]].append((mention["start"], mention["end"]))
    for field_spans in spans.values():
        ordered = sorted(field_spans)
        overlaps = [b for a, b in itertools.pairwise(ordered) if b[0] < a[1]]
        found += [f"{article['id']}: overlapping labels at {b[0]}" for b in overlaps]
    return found


def gold_of(source: Path) -> Path:
    """The JSONL file a labelled ``.txt`` builds: ``articles.txt`` -> ``gold.jsonl``, else same stem."""
    return source.with_name("gold.jsonl" if source.name == "articles.txt" else f"{source.stem}.jsonl")


def built(source: Path) -> tuple[str, list[dict[str, Any]]]:
    """The JSONL text a labelled ``.txt`` gives and its articles."""
    articles = parse(source.read_text("utf-8"))
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), articles


def main() -> int:
    """Build (or with --check, verify) the gold JSONL file of every labelled ``.txt``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the JSONL files instead of writing them")
    args = parser.parse_args()
    for source in sorted(DATA.glob("*.txt")):
        lines, articles = built(source)
        errors = [p for article in articles for p in problems(article)]
        if errors:
            print("\n".join(errors), file=sys.stderr)
            return 1
        target = gold_of(source)
        if args.check:
            if not target.is_file() or target.read_text("utf-8") != lines:
                print(f"{target.name} is stale: run python -m tools.build_entity_gold", file=sys.stderr)
                return 1
        else:
            target.write_text(lines, "utf-8")
        mentions = sum(len(a["mentions"]) for a in articles)
        print(f"{target.name}: {len(articles)} articles, {mentions} labelled mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
