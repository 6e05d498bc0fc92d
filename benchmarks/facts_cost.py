"""Measure what the facts step costs next to bare NER.

    .venv/bin/python -m benchmarks.facts_cost [INPUTS.jsonl] [--limit N] [--repeat R]

INPUTS.jsonl holds one ``{"id", "title", "body"}`` article a line (default: the real news of
``../shared/dev/geo/lgl_inputs.jsonl`` when present). Prints words per second for NER alone
(``nlp.pipe``, as the service runs it) and for NER followed by :func:`extract_facts`, their
ratio, and the share of tokens that were parsed. Times are CPU time of this process (the
machine is shared, so wall time is noise); NER and facts alternate in chunks of
``--batch`` articles so that all see the same load; ``--repeat`` passes are summed. Facts are
timed one article at a time (``extract_facts``) and a chunk at a time (``extract_facts_batch``).
"""

import argparse
import time
from pathlib import Path

from spacy.tokens import Doc

from evaluation.jsonl import read_jsonl
from evaluation.paths import DEV_DIR
from service.enrich.facts import extract_facts, extract_facts_batch, number_windows
from service.enrich.facts.tables import FactTables
from service.enrich.nlp import load_model
from service.enrich.text.article import AnalysedArticle, ArticleText
from service.schema.article import Article
from service.settings import DEFAULT_MODEL

DEFAULT_INPUTS = DEV_DIR / "geo" / "lgl_inputs.jsonl"


def main() -> int:
    """Print the timings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="?", type=Path, default=DEFAULT_INPUTS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--batch", type=int, default=16, help="articles per nlp.pipe / batch call")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    rows = read_jsonl(args.inputs)
    articles = [Article(id=r["id"], title=r.get("title") or "", body=r["body"]) for r in rows[: args.limit]]
    texts = [ArticleText.of(a) for a in articles]
    words = sum(len(t.text.split()) for t in texts)
    model, tables = load_model(args.model), FactTables.load()
    nlp = model.nlp
    ner_time = one_time = batch_time = 0.0
    facts = 0
    docs: list[Doc] = []
    for _ in range(args.repeat):
        docs, facts = [], 0
        for chunk in range(0, len(texts), args.batch):  # alternate in chunks: all see the same load
            batch = texts[chunk : chunk + args.batch]
            started = time.process_time()
            batch_docs = list(nlp.pipe(t.text for t in batch))
            ner_time += time.process_time() - started
            analysed = [AnalysedArticle(t, d) for t, d in zip(batch, batch_docs, strict=True)]
            started = time.process_time()
            facts += sum(len(extract_facts(a, nlp, tables)) for a in analysed)
            one_time += time.process_time() - started
            started = time.process_time()
            extract_facts_batch(analysed, nlp, tables)
            batch_time += time.process_time() - started
            docs.extend(batch_docs)
    tokens = sum(len(d) for d in docs)
    parsed = sum(
        end - start
        for t, d in zip(texts, docs, strict=True)
        for start, end in number_windows(AnalysedArticle(t, d), tables)
    )
    print(f"{len(texts)} articles, {words} words, {facts} facts; parsed {parsed}/{tokens} tokens")
    runs = args.repeat
    print(f"NER only                     {words * runs / ner_time:9.0f} words/s")
    print(f"NER + extract_facts          {words * runs / (ner_time + one_time):9.0f} words/s")
    print(f"NER + extract_facts_batch    {words * runs / (ner_time + batch_time):9.0f} words/s")
    one, batched = ner_time / (ner_time + one_time), ner_time / (ner_time + batch_time)
    print(f"ratio (one by one, batched)  {one:9.3f} {batched:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
