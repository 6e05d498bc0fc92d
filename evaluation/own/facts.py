"""Score the numeric facts on the team's labelled news copy (format: ``tests/data/facts/README.md``).

Precision/recall/F1 for value, value + qualifier and count_type over the labelled sets (default:
every ``tests/data/facts/*.jsonl``), then the example article's gold ``numbers`` when
``../shared/corpus`` is beside the repository. A predicted fact matches a gold fact when its span
overlaps the gold text in the same field and the values are equal; each matches once. The facts
are the events' facts, through the whole pipeline.

"value + qualifier, as score.py" reads qualifiers the way the dev scorer (``../shared/dev/score.py``)
and so the held-out evaluation do: ``=``, ``~``, ``>`` (more than, at least), ``<`` (less than,
at most), and the size of a change as ``up``/``down`` whatever its qualifier. Unlike that
scorer it keeps title facts and scores a range as its own qualifier.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.counts import Counts
from evaluation.jsonl import read_all
from evaluation.paths import EXAMPLE_ARTICLE, TEST_DATA
from service.enrich.pipeline import Enricher
from service.schema.article import Article
from service.schema.events import EnrichedEvent, Fact

FACT_SETS = TEST_DATA / "facts"


@dataclass
class Scores:
    """The three metrics and the mismatches to print."""

    value: Counts = field(default_factory=Counts)
    qualified: Counts = field(default_factory=Counts)
    scored: Counts = field(default_factory=Counts)
    count_type: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    #: Value-matched facts whose predicted kind is the gold kind, of all value-matched facts.
    kind_agreed: int = 0
    errors: list[str] = field(default_factory=list)

    def kind(self, name: str) -> Counts:
        """The value counts of one fact kind (gold kind for hits and misses, predicted for extras)."""
        return self.by_kind.setdefault(name, Counts())


def facts_of(enricher: Enricher, articles: Sequence[Article]) -> list[list[Fact]]:
    """The facts of each article's event."""
    results = enricher.enrich_batch(articles)
    bad = [f"{a.id}: {r}" for a, r in zip(articles, results, strict=True) if not isinstance(r, EnrichedEvent)]
    if bad:
        raise ValueError(f"articles rejected: {bad}")
    return [r.facts for r in results if isinstance(r, EnrichedEvent)]


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


#: Qualifiers as the dev scorer's gold vocabulary names them; a change overrides them.
_SCORER_QUALIFIER = {
    "exact": "=",
    "approximately": "~",
    "more_than": ">",
    "at_least": ">",
    "less_than": "<",
    "at_most": "<",
    "range": "range",
}
_SCORER_CHANGE = {"increase": "up", "decrease": "down"}


def scorer_qualifier(qualifier: str, change: str | None) -> str:
    """A fact's qualifier as ``score.py`` compares it: ``up``/``down`` for a change, else ``=~<>``."""
    return _SCORER_CHANGE.get(change or "") or _SCORER_QUALIFIER[qualifier]


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
            scores.scored.fn += 1
            scores.count_type.fn += gold.get("count_type") is not None
            scores.errors.append(f"MISS  {article.id}: {gold['text']!r} {gold['value']} {gold['qualifier']}")
            continue
        used.add(best)
        pred = preds[best]
        scores.value.tp += 1
        scores.kind(gold["kind"]).tp += 1
        if str(pred.kind) == gold["kind"]:
            scores.kind_agreed += 1
        else:
            scores.errors.append(f"KIND  {article.id}: {gold['text']!r} {gold['kind']} got {pred.kind}")
        if pred.qualifier == gold["qualifier"]:
            scores.qualified.tp += 1
        else:
            scores.qualified.fp += 1
            scores.qualified.fn += 1
            scores.errors.append(
                f"QUAL {article.id}: {gold['text']!r} {gold['qualifier']} got {pred.qualifier}"
            )
        wanted = scorer_qualifier(gold["qualifier"], gold.get("change"))
        got = scorer_qualifier(str(pred.qualifier), pred.change)
        if wanted == got:
            scores.scored.tp += 1
        else:
            scores.scored.fp += 1
            scores.scored.fn += 1
            scores.errors.append(f"SCORE {article.id}: {gold['text']!r} {wanted} got {got} (as score.py)")
        _count_type(article.id, gold.get("count_type"), pred.count_type, scores)
    for i, pred in enumerate(preds):
        if i not in used:
            scores.value.fp += 1
            scores.kind(str(pred.kind)).fp += 1
            scores.qualified.fp += 1
            scores.scored.fp += 1
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


def score_sets(enricher: Enricher, items: list[dict[str, Any]]) -> Scores:
    """Score every labelled item."""
    articles = [Article(id=i["id"], title=i.get("title", ""), body=i["body"]) for i in items]
    scores = Scores()
    for item, article, facts in zip(items, articles, facts_of(enricher, articles), strict=True):
        score_item(article, item["facts"], facts, scores)
    return scores


def check_example(enricher: Enricher, path: Path) -> list[str]:
    """Lines reporting the example article's gold numbers: found (value and qualifier) or not.

    The file's first line is the headline, which the body repeats; the pipeline reports a number
    there once, in the title (the body's copy is boilerplate), so either field counts.
    """
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))["numbers"]
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    article = Article(id="example", title=title.strip(), body=body.lstrip("\n"))
    facts = facts_of(enricher, [article])[0]
    fields = {"title": article.title, "body": article.body}
    lines, matched = [], set()
    for number in gold:
        hits = [
            i
            for i, f in enumerate(facts)
            if same_value(f.value, float(number["value"]))
            and f.qualifier == number["qualifier"]
            and _overlaps(fields[f.field], number["text"], f.start, f.end)
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


def report(
    enricher: Enricher, files: Sequence[Path] = (), *, errors: bool = False, example: Path = EXAMPLE_ARTICLE
) -> list[str]:
    """The score table (every ``tests/data/facts/*.jsonl`` by default), errors if asked, the example."""
    files = list(files) or sorted(FACT_SETS.glob("*.jsonl"))
    items = read_all(files)
    scores = score_sets(enricher, items)
    lines = [
        f"{len(items)} items, {sum(len(i['facts']) for i in items)} gold facts from {len(files)} file(s)",
        f"{'metric':<24} {'P':>7} {'R':>7} {'F1':>7} {'tp':>5} {'fp':>5} {'fn':>5}",
        scores.value.row("value"),
        scores.qualified.row("value + qualifier"),
        scores.scored.row("  as score.py"),
        scores.count_type.row("count_type"),
        *(scores.by_kind[kind].row(f"  value, kind {kind}") for kind in sorted(scores.by_kind)),
        f"kind agreement on value-matched facts: {scores.kind_agreed / max(scores.value.tp, 1):.4f}"
        f"  ({scores.kind_agreed}/{scores.value.tp})",
    ]
    if errors:
        lines += scores.errors
    if example.exists():
        lines.append(f"example article {example.name}:")
        lines += check_example(enricher, example)
    return lines
