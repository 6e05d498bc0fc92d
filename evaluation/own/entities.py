"""Score the entity step against the hand-labelled articles in ``tests/data/entities/*.jsonl``.

Precision, recall and F1 for mentions (exact span + OntoNotes type; exact span + coarse type
PER/ORG/LOC/MISC as in the held-out evaluation), over both fields and over the body alone, per
coarse type, B-cubed precision/recall/F1 for grouping (computed over the mentions whose span both
sides have), the dev sets' pair grouping (:mod:`evaluation.grouping`, body mentions, pairs derived by
rule) and the same pairs by the gold entity ids (exact: "SEC" and "U.S. Securities and Exchange
Commission" are one thing though no derived rule says so). The
"bare NER" rows are the model's own spans, one entity per identical text, for comparison.
:func:`toponym_report` scores the mentions against the gold toponyms of the geo dev sets instead.
"""

from collections.abc import Iterable, Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

from evaluation import grouping
from evaluation.jsonl import read_jsonl
from evaluation.paths import TEST_DATA
from service.enrich.entities.mentions import NAME_LABELS
from service.enrich.pipeline import Enricher
from service.enrich.text.article import ArticleText
from service.schema.article import Article
from service.schema.events import EnrichedEvent

GOLD = TEST_DATA / "entities" / "gold.jsonl"
#: Every labelled set: the first one, then the unseen sets written later (``holdout4.jsonl``, ...).
SETS = (GOLD, *sorted(p for p in GOLD.parent.glob("*.jsonl") if p != GOLD))
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


def type_lines(gold: list[Row], pred: list[Row]) -> list[str]:
    """Exact span + coarse type P/R/F1 of each coarse type, body mentions only (as the dev scorer)."""
    lines = []
    for coarse in ("PER", "ORG", "LOC", "MISC"):
        keys = [mention_sets(rows, True, True) for rows in (gold, pred)]
        gold_keys, pred_keys = ({k for k in each if k[4] == coarse} for each in keys)
        precision, recall, f1 = prf(gold_keys, pred_keys)
        lines.append(f"| pipeline | {coarse}, body only | {precision:.3f} | {recall:.3f} | {f1:.3f} |")
    return lines


def pair_grouping(articles: list[dict[str, Any]], pred: list[Row]) -> grouping.GroupingScore:
    """The dev sets' pair grouping score (body mentions, coarse types) of the pipeline's entities."""
    gold = [
        {
            "id": a["id"],
            "entities": [
                {**m, "type": COARSE.get(m["type"], "")} for m in a["mentions"] if m["field"] == "body"
            ],
        }
        for a in articles
    ]
    events: dict[str, dict[str, Any]] = {a["id"]: {"id": a["id"], "entities": []} for a in articles}
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    for doc, field, start, end, _, ent in pred:
        if (doc, ent) not in entities:
            entities[(doc, ent)] = {"id": ent, "mentions": []}
            events[doc]["entities"].append(entities[(doc, ent)])
        entities[(doc, ent)]["mentions"].append({"field": field, "start": start, "end": end})
    return grouping.score(gold, events.values())


def written_differently(
    articles: list[dict[str, Any]],
) -> Iterator[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """``(article, a, b)`` for each pair of body mentions of an article written differently."""
    for article in articles:
        body = [m for m in article["mentions"] if m["field"] == "body"]
        for a, b in combinations(body, 2):
            if grouping.fold(a["text"]) != grouping.fold(b["text"]):
                yield article, a, b


def id_pairs(articles: list[dict[str, Any]], pred: list[Row]) -> list[str]:
    """Body mention pairs by the gold entity ids, exact for these sets.

    Recall: same-entity pairs written differently that one predicted entity holds (both mentions
    found at their exact spans); false merges: different-entity pairs that one entity holds.
    """
    owner = {(d, s, e): ent for d, f, s, e, _, ent in pred if f == "body"}
    same = joined = different = merged = 0
    for article, a, b in written_differently(articles):
        first, second = (owner.get((article["id"], m["start"], m["end"])) for m in (a, b))
        together = first is not None and first == second
        if a["entity"] == b["entity"]:
            same, joined = same + 1, joined + together
        else:
            different, merged = different + 1, merged + together
    return [
        f"gold entity pairs: recall {joined / same if same else 0.0:.4f} ({joined}/{same}), "
        f"false merges {merged / different if different else 0.0:.4f} ({merged}/{different})"
    ]


def report(enricher: Enricher, gold_path: Path | None = None, *, errors: bool = False) -> list[str]:
    """The score tables of the pipeline and of bare NER on each labelled set (and the errors if asked)."""
    lines: list[str] = []
    for path in (gold_path,) if gold_path else SETS:
        articles = read_jsonl(path)
        gold = gold_rows(articles)
        pipeline = pipeline_rows(articles, enricher)
        systems = {"pipeline": pipeline, "bare NER": bare_rows(articles, enricher)}
        lines += [f"{len(articles)} articles, {len(gold)} gold mentions ({path.name})", ""]
        lines += ["| system | metric | P | R | F1 |", "|---|---|---|---|---|"]
        lines += [
            f"| {name} | {metric} | {precision:.3f} | {recall:.3f} | {f1:.3f} |"
            for name, metric, precision, recall, f1 in table(gold, systems)
        ]
        lines += type_lines(gold, pipeline)
        lines += ["", "pair grouping (body mentions, as on the dev set):"]
        lines += pair_grouping(articles, pipeline).lines()
        lines += id_pairs(articles, pipeline)
        if errors:
            lines += error_lines(articles, gold, pipeline)
        lines.append("")
    return lines[:-1]


def toponym_report(enricher: Enricher, inputs: Path, gold_path: Path) -> list[str]:
    """Real news against its gold toponyms (the geo dev sets, read in place).

    The share of gold toponyms that a body mention matches exactly, and the share of GPE/LOC/FAC
    body mentions that are gold toponyms, for the pipeline and for bare NER.
    """
    articles = [{"id": a["id"], "title": a.get("title") or "", "body": a["body"]} for a in read_jsonl(inputs)]
    gold = {(g["id"], t["start"], t["end"]) for g in read_jsonl(gold_path) for t in g.get("toponyms", [])}
    lines = [f"{len(articles)} articles, {len(gold)} gold toponyms ({gold_path.name})", ""]
    lines += [
        "| system | toponyms matched (exact span) | GPE/LOC/FAC mentions that are toponyms |",
        "|---|---|---|",
    ]
    for name, pred in (
        ("pipeline", pipeline_rows(articles, enricher)),
        ("bare NER", bare_rows(articles, enricher)),
    ):
        body = [(doc, start, end, label) for doc, field, start, end, label, _ in pred if field == "body"]
        spans = {(doc, start, end) for doc, start, end, _ in body}
        places = {(doc, start, end) for doc, start, end, label in body if COARSE.get(label) == "LOC"}
        recall = len(gold & spans) / len(gold)
        precision = len(gold & places) / len(places) if places else 0.0
        lines.append(f"| {name} | {recall:.3f} | {precision:.3f} |")
    return lines


def error_lines(articles: list[dict[str, Any]], gold: list[Row], pred: list[Row]) -> list[str]:
    """The pipeline's missed and spurious mentions (span + coarse type), one a line."""
    texts = {a["id"]: a for a in articles}
    gold_set, pred_set = mention_sets(gold, True, False), mention_sets(pred, True, False)
    return [
        f"{tag:8} {doc:28} {label:4} {texts[doc][field][start:end]!r}"
        for tag, rows in (("missed", gold_set - pred_set), ("spurious", pred_set - gold_set))
        for doc, field, start, end, label in sorted(rows)
    ]
