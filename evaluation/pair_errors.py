"""List the grouping errors pair by pair: missed same-thing pairs and false merges.

For the own sets (``tests/data/entities/*.jsonl``) the pairs come from the gold entity ids, as in
:func:`evaluation.own.entities.id_pairs`; for the dev NER set from the rules of
:mod:`evaluation.grouping` (events written by ``python -m evaluation ner --keep DIR``). Each missed
pair gets a rough kind to sort by (a mention not found at its span is no grouping error):

    .venv/bin/python -m evaluation.pair_errors                       # every own set
    .venv/bin/python -m evaluation.pair_errors --dev DIR/conll2003dev-events.jsonl
"""

import argparse
import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from evaluation import grouping
from evaluation.jsonl import read_jsonl
from evaluation.own.entities import written_differently
from evaluation.paths import DEV_DIR

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")


def guess_kind(a: str, b: str, label: str) -> str:
    """A rough kind of a same-thing pair both of whose mentions were found."""
    if _POSSESSIVE.search(a) or _POSSESSIVE.search(b):
        return "possessive"
    short, long = sorted((grouping.fold(a), grouping.fold(b)), key=len)
    ws, wl = short.split(), long.split()
    if label in ("PERSON", "PER"):
        if wl[-len(ws) :] == ws:
            return "surname"
        if wl[: len(ws)] == ws:
            return "first name"
        return "person other"
    if label in _PLACES:
        return "place variant"
    letters = min((a, b), key=len).replace(".", "")
    if letters.isupper() and " " not in letters:
        return "acronym"
    if wl[: len(ws)] == ws or wl[-len(ws) :] == ws:
        return "org short form"
    if set(ws) & set(wl):
        return "shares a word"
    return "other"


def own_lines(articles: list[dict[str, Any]], pred: list[tuple[str, str, int, int, str, str]]) -> list[str]:
    """Missed gold-id pairs and false merges of one own set, body mentions, one a line."""
    owner = {(d, s, e): (ent, label) for d, f, s, e, label, ent in pred if f == "body"}
    texts = {a["id"]: a["body"] for a in articles}
    spans = [(d, s, e, (s, e, texts[d][s:e])) for d, f, s, e, _, _ in pred if f == "body"]
    lines: list[str] = []
    kinds: Counter[str] = Counter()
    for article, a, b in written_differently(articles):
        first, second = (owner.get((article["id"], m["start"], m["end"])) for m in (a, b))
        together = first is not None and second is not None and first[0] == second[0]
        if a["entity"] == b["entity"] and not together:
            got = f"{first[1] if first else '-'}/{second[1] if second else '-'}"
            pair = f"{a['text']!r} | {b['text']!r}"
            if first is None or second is None:
                lost = a if first is None else b
                where = _where(lost, [t for d, s, e, t in spans if d == article["id"]])
                kind = "not found, " + ("span differs" if where != "nowhere" else "no mention")
                pair += f"  [{got}] {lost['text']!r} {where}"
            else:
                kind = guess_kind(a["text"], b["text"], a["type"])
                pair += f"  [{got}]"
            kinds[kind] += 1
            lines.append(f"missed  {kind:15} {article['id']:26} {a['type']:6} {pair}")
        elif a["entity"] != b["entity"] and together:
            pair = f"{a['text']!r} | {b['text']!r}"
            lines.append(f"merged  {article['id']:26} {a['type']}/{b['type']} {pair}")
    return [*lines, "missed by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common())]


def _where(lost: dict[str, Any], spans: list[tuple[int, int, str]]) -> str:
    """Which predicted mention overlaps a gold mention found at no exact span."""
    near = [text for start, end, text in spans if start < lost["end"] and lost["start"] < end]
    return f"as {near[0]!r}" if near else "nowhere"


def dev_lines(gold_rows: list[dict[str, Any]], events: list[dict[str, Any]]) -> list[str]:
    """Missed derived pairs and false merges of the dev NER set, one a line."""
    by_id = {grouping._event_id(e): e.get("event", e) for e in events}
    lines: list[str] = []
    kinds: Counter[str] = Counter()
    for row in gold_rows:
        gold = [grouping.GoldMention(g["start"], g["end"], g["text"], g["type"]) for g in row["entities"]]
        event = by_id.get(row["id"])
        predicted = grouping.body_mentions(event) if event else []
        taken = {(m.start, m.end) for m in gold}
        owners = [grouping._entity_of(m, predicted, taken) for m in gold]
        exact = {(s, t) for s, t, _ in predicted}
        same, ambiguous = grouping.story_pairs(gold)
        for i, j in combinations(range(len(gold)), 2):
            a, b = gold[i], gold[j]
            together = owners[i] is not None and owners[i] == owners[j]
            different_forms = grouping.fold(a.text) != grouping.fold(b.text)
            if (i, j) in same and same[(i, j)] != "same form" and not together:
                found = all((m.start, m.end) in exact for m in (a, b))
                kind = same[(i, j)] if found else "not found"
                kinds[kind] += 1
                lines.append(f"missed  {kind:15} {row['id']:10} {a.type:4} {a.text!r} | {b.text!r}")
            elif (i, j) not in same and (i, j) not in ambiguous and together and different_forms:
                lines.append(f"merged  {row['id']:10} {a.type}/{b.type} {a.text!r} | {b.text!r}")
    return [*lines, "missed by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common())]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the pair errors of the own sets, or of the dev NER events given."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.pair_errors")
    parser.add_argument("--dev", type=Path, help="events of the dev NER set (from --keep)")
    args = parser.parse_args(argv)
    if args.dev:
        gold = read_jsonl(DEV_DIR / "ner" / "conll2003dev_gold.jsonl")
        print("\n".join(dev_lines(gold, read_jsonl(args.dev))))
        return 0
    from evaluation.enrich import load_enricher
    from evaluation.own import entities

    enricher = load_enricher()
    for path in entities.SETS:
        articles = read_jsonl(path)
        print(f"== {path.name}")
        print("\n".join(own_lines(articles, entities.pipeline_rows(articles, enricher))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
