"""Score region resolution: countries and subdivisions (micro P/R/F1) and focus accuracy.

Runs the whole pipeline (:class:`Enricher`) over an inputs JSONL (``{"id", "title", "body"}``
per line), writes the predictions as the ``PRED.jsonl`` that ``../shared/dev/score.py`` reads
(``{"id", "event": {"entities", "regions"}}``, title mentions dropped so offsets index ``body``)
and prints its own scores against a gold JSONL in the same format as ``../shared/dev/geo``
(``countries``, ``subdivisions``, ``subdivisions_complete``, ``focus_country``,
``focus_subdivision``; focus values may be lists of tied codes).

Usage::

    python scripts/score_regions.py INPUTS.jsonl GOLD.jsonl [--pred PRED.jsonl] [--point-gold]
"""

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.enrich.pipeline import Enricher, Resources  # noqa: E402
from service.enrich.regions.gazetteer import Gazetteer, fold  # noqa: E402
from service.schema.article import Article  # noqa: E402
from service.schema.events import EnrichedEvent  # noqa: E402
from service.settings import DEFAULT_MODEL  # noqa: E402


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """One JSON object per non-blank line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predict(rows: list[dict[str, Any]], model_name: str) -> list[dict[str, Any]]:
    """Predicted ``{"id", "event"}`` lines for the input rows, through the whole pipeline."""
    enricher = Enricher(Resources.load(model_name))
    articles = [Article(id=r["id"], title=r.get("title") or "", body=r["body"]) for r in rows]
    out = []
    for article, result in zip(articles, enricher.enrich_batch(articles), strict=True):
        event: dict[str, Any] = {}
        if isinstance(result, EnrichedEvent):
            entities = []
            for entity in result.entities:
                data = entity.model_dump(mode="json")
                data["mentions"] = [m for m in data["mentions"] if m["field"] == "body"]
                entities.append(data)
            event = {"entities": entities, "regions": result.regions.model_dump(mode="json")}
        out.append({"id": article.id, "event": event})
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def point_countries(row: dict[str, Any]) -> set[str]:
    """Gold countries that some toponym other than a continent or sea gives ("Africa" -> CF)."""
    return {
        t["country"]
        for t in row.get("toponyms", [])
        if t.get("country") and fold(t["text"]) not in MACRO_REGIONS
    }


def point_subdivisions(row: dict[str, Any], gazetteer: Gazetteer) -> set[str]:
    """Gold subdivisions that some toponym below country level gives.

    GeoVirus maps every toponym to a subdivision by its coordinates, so "United States" becomes
    US-KS and "Africa" CF-UK: codes no reader would assign. This keeps the others.
    """
    keep = set()
    for toponym in row.get("toponyms", []):
        code, text = toponym.get("subdivision"), toponym.get("text", "")
        big = fold(text) in MACRO_REGIONS or any(
            c.kind in ("country", "demonym") and c.country == toponym.get("country")
            for c in gazetteer.lookup(text)
        )
        if code and not big:
            keep.add(code)
    return keep


#: Continents and macro-regions that GeoVirus gives a subdivision (by centroid).
MACRO_REGIONS = frozenset(
    {
        "africa",
        "america",
        "americas",
        "antarctica",
        "asia",
        "atlantic",
        "caribbean",
        "central africa",
        "central america",
        "east africa",
        "east asia",
        "eastern europe",
        "eastern mediterranean",
        "eu",
        "europe",
        "european union",
        "horn of africa",
        "north africa",
        "northern europe",
        "persian gulf",
        "southern europe",
        "sub saharan africa",
        "indian ocean",
        "latin america",
        "mediterranean",
        "middle east",
        "north america",
        "oceania",
        "pacific",
        "south america",
        "southeast asia",
        "southern africa",
        "west africa",
        "western europe",
    }
)


def score(
    gold: list[dict[str, Any]], preds: dict[str, dict[str, Any]], gazetteer: Gazetteer | None = None
) -> dict[str, float]:
    """Micro P/R/F1 of country and subdivision sets and focus accuracy (any tied gold counts).

    With ``gazetteer``, gold countries that only continents and seas give, and gold subdivisions
    that only country- or continent-level toponyms give, are left out (:func:`point_countries`,
    :func:`point_subdivisions`); predicting them is then neither right nor wrong.
    """
    counts = dict.fromkeys(("ctp", "cfp", "cfn", "stp", "sfp", "sfn", "fc_ok", "fc_n", "fs_ok", "fs_n"), 0)
    for row in gold:
        regions = preds.get(row["id"], {}).get("event", {}).get("regions", {})
        countries = {r["code"] for r in regions.get("countries", [])}
        subs = {r["code"] for r in regions.get("subdivisions", [])}
        focus = regions.get("focus", {})
        gold_c = set(row.get("countries", []))
        if gazetteer is not None and row.get("toponyms"):
            ignored_c = gold_c - point_countries(row)
            gold_c -= ignored_c
            countries = countries - ignored_c
        counts["ctp"] += len(countries & gold_c)
        counts["cfp"] += len(countries - gold_c)
        counts["cfn"] += len(gold_c - countries)
        if row.get("focus_country"):
            counts["fc_n"] += 1
            counts["fc_ok"] += focus.get("country") in _as_list(row["focus_country"])
        if row.get("subdivisions_complete", True):
            gold_s = set(row.get("subdivisions", []))
            if gazetteer is not None and row.get("toponyms"):
                ignored = gold_s - point_subdivisions(row, gazetteer)
                gold_s -= ignored
                subs = subs - ignored
            counts["stp"] += len(subs & gold_s)
            counts["sfp"] += len(subs - gold_s)
            counts["sfn"] += len(gold_s - subs)
            if row.get("focus_subdivision"):
                counts["fs_n"] += 1
                counts["fs_ok"] += focus.get("subdivision") in _as_list(row["focus_subdivision"])
    cp, cr, cf = _prf(counts["ctp"], counts["cfp"], counts["cfn"])
    sp, sr, sf = _prf(counts["stp"], counts["sfp"], counts["sfn"])
    return {
        "articles": len(gold),
        "country_p": cp,
        "country_r": cr,
        "country_f1": cf,
        "subdivision_p": sp,
        "subdivision_r": sr,
        "subdivision_f1": sf,
        "focus_country_acc": counts["fc_ok"] / counts["fc_n"] if counts["fc_n"] else 0.0,
        "focus_subdivision_acc": counts["fs_ok"] / counts["fs_n"] if counts["fs_n"] else 0.0,
    }


def main() -> int:
    """Predict, write PRED.jsonl if asked, print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--pred", type=Path, help="write predictions here (score.py's PRED.jsonl)")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument(
        "--point-gold",
        action="store_true",
        help="leave out gold codes that GeoVirus gives continents and countries by their centroid",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    preds = predict(read_jsonl(args.inputs), args.model)
    if args.pred:
        with args.pred.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in preds)
    gazetteer = Gazetteer.load() if args.point_gold else None
    scores = score(read_jsonl(args.gold), {p["id"]: p for p in preds}, gazetteer)
    for key, value in scores.items():
        print(f"{key:24} {value:.4f}" if isinstance(value, float) else f"{key:24} {value}")
    print(f"{'seconds':24} {time.perf_counter() - started:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
