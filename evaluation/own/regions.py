"""Score region resolution: countries and subdivisions (micro P/R/F1) and focus accuracy.

Gold in the format of ``../shared/dev/geo`` (``countries``, ``subdivisions``,
``subdivisions_complete``, ``focus_country``, ``focus_subdivision``; focus values may be lists of
tied codes); the team's own set ``tests/data/regions/articles.jsonl`` is its own inputs and gold.
"""

from pathlib import Path
from typing import Any

from evaluation.enrich import enrich_rows
from evaluation.jsonl import read_jsonl
from evaluation.paths import TEST_DATA
from service.enrich.pipeline import Enricher
from service.enrich.regions.gazetteer import Gazetteer, fold
from service.schema.events import EnrichedEvent

#: The team's labelled articles: inputs and gold in one file.
OWN_SET = TEST_DATA / "regions" / "articles.jsonl"


def predict(enricher: Enricher, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predicted ``{"id", "event": {"entities", "regions"}}`` lines, body mentions only."""
    out = []
    for row, result in zip(rows, enrich_rows(enricher, rows), strict=True):
        event: dict[str, Any] = {}
        if isinstance(result, EnrichedEvent):
            entities = []
            for entity in result.entities:
                data = entity.model_dump(mode="json")
                data["mentions"] = [m for m in data["mentions"] if m["field"] == "body"]
                entities.append(data)
            event = {"entities": entities, "regions": result.regions.model_dump(mode="json")}
        out.append({"id": row["id"], "event": event})
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


def report(enricher: Enricher, inputs: Path = OWN_SET, gold: Path = OWN_SET) -> list[str]:
    """One line per score of the pipeline's regions on a labelled set."""
    preds = predict(enricher, read_jsonl(inputs))
    return score_lines(score(read_jsonl(gold), {p["id"]: p for p in preds}))


def point_gold_report(gazetteer: Gazetteer, events: Path, gold: Path) -> list[str]:
    """Scores of already written events, leaving out gold codes given by a centroid (GeoVirus)."""
    preds = {e["article"]["id"]: {"event": e} for e in read_jsonl(events)}
    return score_lines(score(read_jsonl(gold), preds, gazetteer))


def score_lines(scores: dict[str, float]) -> list[str]:
    """``name value`` lines, four decimals."""
    return [
        f"{key:24} {value:.4f}" if isinstance(value, float) else f"{key:24} {value}"
        for key, value in scores.items()
    ]
