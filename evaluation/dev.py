"""The dev sets in ``../shared/dev``, enriched through the pipeline and scored by their ``score.py``.

The numbers are always the official scorer's: this module only writes the events it reads (one
JSON line per article, as ``article-enricher enrich`` prints them) and runs it as a subprocess.
"""

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.enrich import enrich_rows, events_as_json
from evaluation.jsonl import read_jsonl, write_jsonl
from service.enrich.pipeline import Enricher

#: The groups of dev sets, in the order ``all`` runs them.
GROUPS = ("geo", "ner", "quantities")


@dataclass(frozen=True, slots=True)
class DevSet:
    """One inputs/gold pair of a group, e.g. ``geo/lgl``."""

    group: str
    name: str

    def inputs(self, dev_dir: Path) -> Path:
        """``GROUP/NAME_inputs.jsonl``."""
        return dev_dir / self.group / f"{self.name}_inputs.jsonl"

    def gold(self, dev_dir: Path) -> Path:
        """``GROUP/NAME_gold.jsonl``."""
        return dev_dir / self.group / f"{self.name}_gold.jsonl"


DEV_SETS = (
    DevSet("geo", "lgl"),
    DevSet("geo", "geovirus"),
    DevSet("ner", "conll2003dev"),
    DevSet("quantities", "recognizers"),
)


@dataclass(frozen=True, slots=True)
class DevScore:
    """What ``score.py`` printed for one set, and its rows as data."""

    dev_set: DevSet
    articles: int
    events: Path
    printed: str
    rows: list[dict[str, Any]]


def sets_of(groups: list[str]) -> list[DevSet]:
    """The dev sets of the named groups, in :data:`DEV_SETS` order."""
    return [s for s in DEV_SETS if s.group in groups]


def missing_files(dev_dir: Path, sets: list[DevSet]) -> list[Path]:
    """Files the sets and the scorer need that are not there."""
    needed = [dev_dir / "score.py", *(p for s in sets for p in (s.inputs(dev_dir), s.gold(dev_dir)))]
    return [path for path in needed if not path.is_file()]


def score_set(enricher: Enricher, dev_set: DevSet, dev_dir: Path, workdir: Path) -> DevScore:
    """Enrich the set's inputs into ``workdir/NAME-events.jsonl`` and score them with ``score.py``."""
    rows = read_jsonl(dev_set.inputs(dev_dir))
    events = workdir / f"{dev_set.name}-events.jsonl"
    scores = workdir / f"{dev_set.name}-scores.json"
    write_jsonl(events, events_as_json(enrich_rows(enricher, rows)))
    command = [sys.executable, str(dev_dir / "score.py"), str(dev_set.gold(dev_dir)), str(events)]
    done = subprocess.run(
        [*command, "--json", str(scores)], capture_output=True, text=True, check=True, timeout=600
    )
    result = json.loads(scores.read_text(encoding="utf-8"))
    return DevScore(dev_set, len(rows), events, done.stdout, result["rows"])


def summary(scores: list[DevScore]) -> str:
    """One Markdown table of every scored row: set, metric, P, R, F1."""
    lines = ["| set | metric | P | R | F1 |", "|---|---|---:|---:|---:|"]
    for score in scores:
        where = f"{score.dev_set.group}/{score.dev_set.name}"
        lines += [
            f"| {where} | {row['metric'].strip()} | {row['P']:.4f} | {row['R']:.4f} | {row['F1']:.4f} |"
            for row in score.rows
        ]
    return "\n".join(lines)
