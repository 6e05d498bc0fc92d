"""``python -m evaluation [TARGET ...]``: score the service on labelled text.

Targets: ``geo``, ``ner``, ``quantities`` (the dev sets in ``../shared/dev``, scored by their
``score.py``; ``ner`` also by :mod:`evaluation.grouping`, ``quantities`` also by kind of quantity,
:mod:`evaluation.quantity_kinds`), ``all`` (those three, the default),
``own`` (the team's sets in ``tests/data``: ``entities``, ``facts``, ``regions``, each also a target
of its own), and ``toponyms`` (entity mentions against the geo dev sets' gold toponyms).
The model loads once for all targets.
"""

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from evaluation import dev, grouping, quantity_kinds
from evaluation.enrich import load_enricher
from evaluation.jsonl import read_jsonl
from evaluation.own import entities, facts, regions
from evaluation.paths import DEV_DIR
from service.enrich.pipeline import Enricher

OWN = ("entities", "facts", "regions")
TARGETS = (*dev.GROUPS, "all", "own", *OWN, "toponyms")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the targets, load the model once, print each target's scores."""
    parser = argparse.ArgumentParser(
        prog="python -m evaluation",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    # No ``choices=``: Python 3.11's argparse rejects an empty ``nargs="*"`` list against them.
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=f"{', '.join(TARGETS)} (default: all)")
    parser.add_argument("--model", help="spaCy pipeline (default: the service's)")
    parser.add_argument("--dev", type=Path, default=DEV_DIR, help="the dev sets and score.py (%(default)s)")
    parser.add_argument("--keep", type=Path, help="keep the events and scores of the dev sets here")
    parser.add_argument("--errors", action="store_true", help="own sets: list misses and extras")
    parser.add_argument(
        "--point-gold",
        action="store_true",
        help="geo: also score regions without the gold codes GeoVirus gives continents and countries "
        "by their centroid",
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.targets) - set(TARGETS))
    if unknown:
        parser.error(f"unknown target(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)}")
    targets = expand_targets(args.targets or ["all"])
    dev_sets = dev.sets_of([t for t in targets if t in dev.GROUPS])
    needed = dev.sets_of(["geo"]) if "toponyms" in targets else dev_sets
    missing = dev.missing_files(args.dev, needed)
    if missing:
        print(f"missing dev files (see --dev): {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    enricher = load_enricher(args.model)
    if dev_sets:
        _score_dev(enricher, dev_sets, args)
    for target in targets:
        if target in OWN or target == "toponyms":
            print(f"== own: {target}" if target in OWN else "== toponyms: geo dev sets")
            print("\n".join(_own(enricher, target, args)), end="\n\n", flush=True)
    return 0


def expand_targets(targets: list[str]) -> list[str]:
    """Targets in a fixed order, ``all`` and ``own`` spelled out, each once."""
    wanted = set(targets)
    if "all" in wanted:
        wanted |= set(dev.GROUPS)
    if "own" in wanted:
        wanted |= set(OWN)
    return [t for t in TARGETS if t in wanted and t not in ("all", "own")]


def _score_dev(enricher: Enricher, dev_sets: list[dev.DevSet], args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="evaluation-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        scores = []
        for dev_set in dev_sets:
            score = dev.score_set(enricher, dev_set, args.dev, workdir)
            print(f"== {dev_set.group}/{dev_set.name}: {score.articles} articles")
            print(score.printed, flush=True)
            if dev_set.group == "ner":
                grouped = grouping.score(read_jsonl(dev_set.gold(args.dev)), read_jsonl(score.events))
                print(f"== {dev_set.group}/{dev_set.name}: grouping\n" + "\n".join(grouped.lines()) + "\n")
            if dev_set.group == "quantities":
                kinds = quantity_kinds.score(read_jsonl(dev_set.gold(args.dev)), read_jsonl(score.events))
                print(f"== {dev_set.group}/{dev_set.name}: by kind\n" + "\n".join(kinds.lines()) + "\n")
            scores.append(score)
            if args.point_gold and dev_set.group == "geo":
                events, gold = score.events, dev_set.gold(args.dev)
                print(f"== {dev_set.group}/{dev_set.name}: regions, point gold")
                print("\n".join(regions.point_gold_report(enricher.resources.gazetteer, events, gold)) + "\n")
    print("== summary\n" + dev.summary(scores) + "\n")


def _own(enricher: Enricher, target: str, args: argparse.Namespace) -> list[str]:
    if target == "entities":
        return entities.report(enricher, errors=args.errors)
    if target == "facts":
        return facts.report(enricher, errors=args.errors)
    if target == "regions":
        return regions.report(enricher)
    lines = []
    for dev_set in dev.sets_of(["geo"]):
        lines += entities.toponym_report(enricher, dev_set.inputs(args.dev), dev_set.gold(args.dev))
    return lines
