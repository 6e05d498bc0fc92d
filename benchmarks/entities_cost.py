"""Time the pipeline against bare NER, and the entity step alone as articles grow.

    .venv/bin/python -m benchmarks.entities_cost [--rounds N]

On the team's labelled entity articles (``tests/data/entities/gold.jsonl``): articles per second
of bare NER and of the whole pipeline on the same texts, and the entity step's milliseconds per
1,000 characters on the articles as they are and joined eight to one (the cost should stay flat).
"""

import argparse
import time
from typing import Any

from evaluation.jsonl import read_jsonl
from evaluation.own.entities import GOLD
from service.enrich.entities import extract_entities
from service.enrich.pipeline import Enricher, Resources
from service.enrich.text import extract_text
from service.enrich.text.article import AnalysedArticle, ArticleText
from service.schema.article import Article
from service.settings import DEFAULT_MODEL


def bench(articles: list[dict[str, Any]], enricher: Enricher, rounds: int) -> list[str]:
    """The timing lines."""
    batch = [Article(id=a["id"], title=a["title"], body=a["body"]) for a in articles] * rounds
    nlp = enricher.resources.model.nlp
    enricher.enrich_batch(batch[: len(articles)])  # warm up caches before either is timed
    started = time.perf_counter()
    list(nlp.pipe(ArticleText.of(a).text for a in batch))
    bare = time.perf_counter() - started
    started = time.perf_counter()
    enricher.enrich_batch(batch)
    full = time.perf_counter() - started
    lines = [
        f"{len(batch)} articles: bare NER {len(batch) / bare:.1f}/s, pipeline {len(batch) / full:.1f}/s, "
        f"ratio {bare / full:.2f}"
    ]
    tables = enricher.resources.entity_tables
    text_tables = enricher.resources.text_tables
    for joined in (1, 8):
        bodies = [
            "\n\n".join(a["body"] for a in articles[i : i + joined]) for i in range(0, len(articles), joined)
        ]
        texts = [extract_text(Article(title="", body=b), text_tables) for b in bodies]
        docs = list(nlp.pipe(t.text for t in texts))
        started = time.perf_counter()
        for _ in range(rounds):
            for text, doc in zip(texts, docs, strict=True):
                extract_entities(AnalysedArticle(text, doc), tables)
        spent = time.perf_counter() - started
        chars = rounds * sum(len(t.text) for t in texts)
        lines.append(
            f"entity step, articles joined {joined} to 1: {1e6 * spent / chars:.2f} ms per 1,000 characters"
        )
    return lines


def main() -> int:
    """Print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the articles")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    enricher = Enricher(Resources.load(args.model))
    print("\n".join(bench(read_jsonl(GOLD), enricher, args.rounds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
