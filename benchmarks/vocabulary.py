"""What the vocabulary budget buys and costs: memory over a long run, and time once it is spent.

    .venv/bin/python -m benchmarks.vocabulary [INPUTS.jsonl ...] [--limit N] [--novel N]

Each mode runs in a fresh process (the vocabulary only grows within one):

1. growth: batches of articles made of words no vocabulary holds (nonsense names and long numbers,
   as a feed's names, figures and URLs are), ``--novel`` words in all, through ``enrich_batch``
   with the default budget and with no budget; prints the string store and the RSS as they go;
2. cost: the first ``--limit`` real stories (``INPUTS``, default the geo dev stories) through
   ``enrich_batch`` and through NER alone, with the budget unspent, spent after the other stories
   were read, and spent from the start (see :func:`cost`); once it is spent NER alone runs in a
   memory zone too, as a bare worker with bounded memory would. CPU ms an article and the NER /
   pipeline ratio, second of two passes (the first fills the vocabulary where it may).
"""

import argparse
import random
import string
import subprocess
import sys
import time
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

from benchmarks.throughput import load_articles
from evaluation.paths import DEV_DIR
from service.constants import DEFAULT_BATCH_SIZE, DEFAULT_VOCABULARY_BUDGET
from service.enrich.pipeline import Enricher, Resources
from service.enrich.text import extract_text
from service.enrich.vocabulary import VocabularyBudget
from service.schema.article import Article
from service.settings import DEFAULT_MODEL

DEFAULT_INPUTS = [DEV_DIR / "geo" / "geovirus_inputs.jsonl", DEV_DIR / "geo" / "lgl_inputs.jsonl"]
UNBOUNDED = 10**12
WORDS_PER_ARTICLE = 100


def rss_mb() -> float:
    """Resident set size of this process, in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 2**20


def novel_articles(count: int, seed: int) -> list[Article]:
    """``count`` articles of words no vocabulary holds, in a sentence frame the rules read."""
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        words = [
            rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=8))
            if i % 2
            else f"{rng.randrange(10**6, 10**9):,}"
            for i in range(WORDS_PER_ARTICLE)
        ]
        body = " ".join(
            f"{words[i]} {words[i + 1]} said {words[i + 2]} people left." for i in range(0, 96, 4)
        )
        articles.append(Article(title=words[-1], body=body))
    return articles


def growth(budget: int, novel: int) -> None:
    """Print strings and RSS while ``novel`` new words pass through ``enrich_batch``."""
    enricher = Enricher(Resources.load(DEFAULT_MODEL, vocabulary_budget=budget))
    strings = enricher.resources.model.nlp.vocab.strings
    label = "no budget" if budget == UNBOUNDED else f"budget {budget:,}"
    batches = max(1, novel // (WORDS_PER_ARTICLE * DEFAULT_BATCH_SIZE))
    print(f"| {label} | 0 | {len(strings):,} | {rss_mb():.0f} |", flush=True)
    for batch in range(1, batches + 1):
        enricher.enrich_batch(novel_articles(DEFAULT_BATCH_SIZE, seed=batch))
        if batch % max(1, batches // 5) == 0 or batch == batches:
            words = batch * DEFAULT_BATCH_SIZE * WORDS_PER_ARTICLE
            print(f"| {label} | {words:,} | {len(strings):,} | {rss_mb():.0f} |", flush=True)


def cost(mode: str, inputs: list[str], limit: int) -> None:
    """Print CPU ms an article of NER alone and of the pipeline on real stories (second pass).

    ``mode``: ``unspent`` (the default budget, not reached), ``cold`` (budget 0 from the start:
    only the model's own words are kept) or ``warm`` (the stories after the first ``limit`` go
    through first, their words kept, then the budget is spent: a worker that has read news).
    """
    resources = Resources.load(DEFAULT_MODEL, vocabulary_budget=0 if mode == "cold" else UNBOUNDED)
    everything = load_articles(inputs, 10**9)
    articles = [_article(a) for a in everything[:limit]]
    if mode == "warm":
        warm_up = [_article(a) for a in everything[limit:]]
        warmer = Enricher(resources)
        for i in range(0, len(warm_up), DEFAULT_BATCH_SIZE):
            warmer.enrich_batch(warm_up[i : i + DEFAULT_BATCH_SIZE])
        model = replace(resources.model, vocabulary=VocabularyBudget(resources.model.nlp, 0))
        resources = replace(resources, model=model)
    enricher = Enricher(resources)
    model = resources.model
    for _ in range(2):
        ner = pipeline = 0.0
        for i in range(0, len(articles), DEFAULT_BATCH_SIZE):
            batch = articles[i : i + DEFAULT_BATCH_SIZE]
            texts = [extract_text(a, resources.text_tables).text for a in batch]
            start = time.process_time()
            with model.nlp.memory_zone() if model.vocabulary.spent else nullcontext():
                list(model.nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE))
            ner += time.process_time() - start
            start = time.process_time()
            enricher.enrich_batch(batch)
            pipeline += time.process_time() - start
    n = len(articles)
    ner_ms, pipeline_ms = 1000 * ner / n, 1000 * pipeline / n
    print(f"| {mode} | {ner_ms:.2f} | {pipeline_ms:.2f} | {ner / pipeline:.3f}x |", flush=True)


def _article(raw: dict[str, str]) -> Article:
    return Article(id=raw["id"] or "x", title=raw["title"], body=raw["body"])


def main() -> None:
    """Run each mode in its own process and print two tables."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="*", default=[str(p) for p in DEFAULT_INPUTS])
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--novel", type=int, default=400_000, help="new words in the growth runs")
    parser.add_argument("--only", choices=("growth", "cost"), help="run one of the two parts")
    parser.add_argument("--mode", help=argparse.SUPPRESS)  # one run, in a child process
    args = parser.parse_args()
    if args.mode:
        kind, value = args.mode.split(":")
        growth(int(value), args.novel) if kind == "growth" else cost(value, args.inputs, args.limit)
        return
    if args.only != "cost":
        print("| mode | new words | strings | RSS MB |\n|---|---:|---:|---:|", flush=True)
        for run in (f"growth:{DEFAULT_VOCABULARY_BUDGET}", f"growth:{UNBOUNDED}"):
            child(run, args)
    if args.only != "growth":
        print("\n| budget | NER ms/article | pipeline ms/article | ratio |\n|---|---:|---:|---:|", flush=True)
        for run in ("cost:unspent", "cost:warm", "cost:cold"):
            child(run, args)


def child(mode: str, args: argparse.Namespace) -> None:
    """Run one mode in a fresh interpreter (a vocabulary never shrinks back within one)."""
    command = [sys.executable, "-m", "benchmarks.vocabulary", *args.inputs]
    command += ["--limit", str(args.limit), "--novel", str(args.novel), "--mode", mode]
    subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
