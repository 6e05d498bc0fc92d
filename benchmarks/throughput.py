"""Throughput benchmark: the service against the bare model, in one run on the same texts.

Usage::

    .venv/bin/python -m benchmarks.throughput [ARTICLES.jsonl ...] [--limit N] [--no-redis]

Defaults to the project's own example and test articles. For the README figures use real news,
e.g. ``../shared/dev/geo/*_inputs.jsonl`` (read in place, never copied); the recorded figures are in
``benchmarks/results.md``. Prints one table and the
ratios the throughput targets are stated in. Stages:

1. the bare model: ``nlp.pipe`` with NER alone, then with the other components, to show their cost,
   all multiplying as the service does (OpenBLAS, one thread); every ratio is against its NER
   alone. 1c. NER alone as ``spacy.load`` leaves the model (BLIS), what a hand-written worker gets;
2. the pure pipeline (``Enricher.enrich_batch``); 2b. the same against NER-only ``nlp.pipe`` of the
   same model, batch by batch in turn (the ratio least moved by other load on the machine);
3. end to end through a throwaway ``redis-server``: ``XADD`` every article, N worker processes,
   until every event is on the output stream; p50/p99 latency from the entry ids' timestamps;
4. a naive baseline written the afternoon way: one entry at a time, ``nlp(text)``, ``XADD``, ``XACK``;
5. scaling: 1 and 2 worker processes;
6. cost growth: per-article time at 1x, 4x and 16x the typical length;
7. peak RSS per worker process.
"""

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import orjson
import redis
import spacy

from service.demo import example_articles, free_port, throwaway_redis
from service.enrich.nlp import service_numerics
from service.enrich.pipeline import Enricher, Resources
from service.enrich.text import extract_text
from service.schema.article import Article
from service.settings import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parents[1]

Row = tuple[str, float, float, str]


def load_articles(paths: list[str], limit: int) -> list[dict[str, str]]:
    """Articles from JSONL files (or the bundled examples and test data), at most ``limit``."""
    articles: list[dict[str, str]] = []
    for path in paths:
        with Path(path).open(encoding="utf-8") as lines:
            articles.extend(
                {"id": str(d.get("id", "")), "title": d.get("title") or "", "body": d["body"]}
                for d in map(json.loads, filter(str.strip, lines))
            )
    if not paths:
        articles = example_articles()
        for data in sorted((ROOT / "tests" / "data").rglob("*.jsonl")):
            for line in data.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line) if line.strip() else {}
                text = doc.get("body") or doc.get("text")
                if isinstance(text, str) and text.strip():
                    articles.append(
                        {"id": f"t{len(articles)}", "title": doc.get("title") or "", "body": text}
                    )
    return articles[:limit]


def words(articles: list[dict[str, str]]) -> int:
    """Whitespace words in titles and bodies."""
    return sum(len(a["title"].split()) + len(a["body"].split()) for a in articles)


def timed(fn: Any) -> float:
    """Wall seconds of ``fn()``."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bare_model(articles: list[dict[str, str]], batch_size: int, *, service_ops: bool) -> dict[str, float]:
    """Seconds for nlp.pipe over the texts with NER alone and with more components.

    ``service_ops``: the model multiplies as the service's does (OpenBLAS, one thread,
    :func:`~service.enrich.nlp.service_numerics`); else as ``spacy.load`` leaves it (BLIS).
    """
    with service_numerics() if service_ops else nullcontext():
        nlp = spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])
    texts = [f"{a['title']}\n\n{a['body']}" if a["title"] else a["body"] for a in articles]
    variants = {
        "ner only": ["ner"],
        "ner + senter": ["ner", "senter"],
        "tok2vec+tagger+parser+ner": ["tok2vec", "tagger", "parser", "attribute_ruler", "ner"],
    }
    if not service_ops:
        variants = {"ner only": ["ner"]}
    seconds = {}
    list(nlp.pipe(texts[:20]))  # warm up
    for name, enabled in variants.items():
        present = [c for c in enabled if c in nlp.component_names]
        with nlp.select_pipes(enable=present):
            seconds[name] = min(timed(lambda: list(nlp.pipe(texts, batch_size=batch_size))) for _ in range(2))
    return seconds


def pipeline_seconds(enricher: Enricher, articles: list[Article], batch_size: int) -> float:
    """Seconds for the pure pipeline over ``articles`` in batches."""

    def run() -> None:
        for i in range(0, len(articles), batch_size):
            enricher.enrich_batch(articles[i : i + batch_size])

    enricher.enrich_batch(articles[:10])
    return min(timed(run) for _ in range(2))


def interleaved_ratio(
    enricher: Enricher, articles: list[Article], batch_size: int, rounds: int = 3
) -> tuple[float, float, list[float]]:
    """Seconds of NER-only ``nlp.pipe`` and of ``enrich_batch``, batch by batch in turn, same model.

    Alternating the two on each batch, in one process and with the enricher's own model, puts any
    drift of the machine's speed (other load, CPU frequency) on both sides of the ratio alike.
    Returns both sums over ``rounds`` passes and each pass's ratio, to show the spread.
    """
    nlp = enricher.resources.model.nlp
    text_tables = enricher.resources.text_tables
    ner = pipeline = 0.0
    ratios = []
    for _ in range(rounds):
        ner_pass = pipeline_pass = 0.0
        for i in range(0, len(articles), batch_size):
            batch = articles[i : i + batch_size]
            texts = [extract_text(article, text_tables).text for article in batch]
            ner_pass += timed(lambda: list(nlp.pipe(texts, batch_size=batch_size)))  # noqa: B023 - called at once
            pipeline_pass += timed(lambda: enricher.enrich_batch(batch))  # noqa: B023 - called at once
        ratios.append(ner_pass / pipeline_pass)
        ner, pipeline = ner + ner_pass, pipeline + pipeline_pass
    return ner, pipeline, ratios


def growth(enricher: Enricher, articles: list[Article], reps: int = 64) -> dict[int, float]:
    """Per-article seconds at 1x, 4x, 16x the typical length (bodies concatenated)."""
    rng = random.Random(7)
    result = {}
    for factor in (1, 4, 16):
        batch = []
        for i in range(max(2, reps // factor * 2)):
            parts = rng.choices(articles, k=factor)
            batch.append(
                Article(id=f"g{factor}-{i}", title=parts[0].title, body="\n\n".join(p.body for p in parts))
            )
        seconds = timed(lambda batch=batch: enricher.enrich_batch(batch))
        result[factor] = seconds / len(batch)
    return result


def peak_rss_mb(pid: int) -> float:
    """VmHWM of a live process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def end_to_end(url: str, articles: list[dict[str, str]], workers: int, tag: str) -> dict[str, float]:
    """Articles/s and latency through ``workers`` worker processes."""
    client: Any = redis.Redis.from_url(url)  # redis-py reply types are unions of everything
    streams = {k: f"bench:{tag}:{k}" for k in ("in", "out", "dead")}
    client.xgroup_create(streams["in"], "bench", id="0", mkstream=True)
    env = {
        **os.environ,
        "REDIS_URL": url,
        "ENRICHER_INPUT_STREAM": streams["in"],
        "ENRICHER_OUTPUT_STREAM": streams["out"],
        "ENRICHER_DEAD_LETTER_STREAM": streams["dead"],
        "ENRICHER_GROUP": "bench",
        "ENRICHER_DEDUPE_PREFIX": f"bench:{tag}:dedupe:",
        "ENRICHER_LOG_LEVEL": "WARNING",
    }
    procs, ports = [], []
    for i in range(workers):
        ports.append(free_port())
        env_i = {**env, "ENRICHER_CONSUMER": f"w{i}", "ENRICHER_HTTP_PORT": str(ports[i])}
        procs.append(subprocess.Popen([sys.executable, "-m", "service.cli", "worker"], env=env_i))
    try:
        deadline = time.monotonic() + 120
        while not all(_ready(port) for port in ports):
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                raise SystemExit("workers did not become ready")
            time.sleep(0.1)
        start = time.perf_counter()
        pipe = client.pipeline(transaction=False)
        for a in articles:
            pipe.xadd(streams["in"], a)
        in_ids = pipe.execute()
        while int(client.xlen(streams["out"])) + int(client.xlen(streams["dead"])) < len(articles):
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        out = client.xrange(streams["out"]) or []
        sent = {orjson.loads(f[b"event"])["article"]["id"]: i for i, (_, f) in enumerate(out)}
        in_ms = {a["id"]: int(eid.split(b"-")[0]) for a, eid in zip(articles, in_ids, strict=True)}
        lat = sorted(int(out[i][0].split(b"-")[0]) - in_ms[aid] for aid, i in sent.items() if aid in in_ms)
        rss = max(peak_rss_mb(p.pid) for p in procs)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=60)
    return {
        "seconds": elapsed,
        "p50_ms": statistics.median(lat) if lat else float("nan"),
        "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] if lat else float("nan"),
        "rss_mb": rss,
    }


def _ready(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1) as reply:
            return bool(reply.status == 200)
    except OSError:
        return False


def naive_baseline(url: str, articles: list[dict[str, str]]) -> float:
    """Seconds for the afternoon worker: XREADGROUP 1, nlp(text), XADD, XACK, one at a time."""
    client: Any = redis.Redis.from_url(url)  # redis-py reply types are unions of everything
    nlp = spacy.load(DEFAULT_MODEL)
    stream, out = "bench:naive:in", "bench:naive:out"
    client.xgroup_create(stream, "naive", id="0", mkstream=True)
    for a in articles:
        client.xadd(stream, a)
    start = time.perf_counter()
    done = 0
    while done < len(articles):
        reply = client.xreadgroup("naive", "c", {stream: ">"}, count=1, block=1000) or []
        for _, entries in reply:
            for entry_id, fields in entries:
                doc = nlp(f"{fields[b'title'].decode()}\n\n{fields[b'body'].decode()}")
                ents = [{"text": e.text, "label": e.label_, "start": e.start_char} for e in doc.ents]
                client.xadd(out, {"event": json.dumps({"id": fields[b"id"].decode(), "entities": ents})})
                client.xack(stream, "naive", entry_id)
                done += 1
    return time.perf_counter() - start


def main() -> None:
    """Run every stage and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="JSONL files of articles {id, title, body}")
    parser.add_argument("--limit", type=int, default=400, help="at most this many articles")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--no-redis", action="store_true", help="skip stages 3-5 and 7")
    parser.add_argument("--rounds", type=int, default=3, help="passes of the interleaved stage 2b")
    args = parser.parse_args()

    raw = load_articles(args.paths, args.limit)
    for i, a in enumerate(raw):
        a["id"] = a["id"] or f"a{i}"
    n, w = len(raw), words(raw)
    print(f"{n} articles, {w} words ({w / n:.0f} per article), batch size {args.batch_size}\n")
    rows: list[Row] = []

    bare = bare_model(raw, args.batch_size, service_ops=True)
    base = bare["ner only"]  # every ratio below is against this: the same model, multiplied alike
    for name, sec in bare.items():
        rows.append((f"1. bare model, {name}", n / sec, w / sec, f"{base / sec:.2f}x NER-only"))
    sec = bare_model(raw, args.batch_size, service_ops=False)["ner only"]
    rows.append(
        (
            "1c. bare model, NER only, as spacy.load leaves it (BLIS)",
            n / sec,
            w / sec,
            f"{base / sec:.2f}x NER-only",
        )
    )

    enricher = Enricher(Resources.load(DEFAULT_MODEL))
    articles = [Article(**a) for a in raw]
    sec = pipeline_seconds(enricher, articles, args.batch_size)
    rows.append(("2. pure pipeline (enrich_batch)", n / sec, w / sec, f"{base / sec:.2f}x NER-only"))
    ner_sec, pipe_sec, passes = interleaved_ratio(enricher, articles, args.batch_size, args.rounds)
    rows.append(
        (
            "2b. pure pipeline, interleaved with NER-only",
            len(passes) * n / pipe_sec,
            len(passes) * w / pipe_sec,
            f"{ner_sec / pipe_sec:.2f}x NER-only (same batches, in turn; passes "
            f"{min(passes):.2f}-{max(passes):.2f}, median {statistics.median(passes):.2f})",
        )
    )

    extra: list[str] = []
    if not args.no_redis:
        server = shutil.which("redis-server")
        if server is None:
            raise SystemExit("redis-server is not on PATH (or use --no-redis)")
        with throwaway_redis(server) as url:
            naive = naive_baseline(url, raw)
            rows.append(
                ("4. naive baseline (1 at a time)", n / naive, w / naive, f"{base / naive:.2f}x NER-only")
            )
            e2e = {k: end_to_end(url, raw, k, f"w{k}") for k in (1, 2)}
        for k, res in e2e.items():
            s = res["seconds"]
            rows.append(
                (
                    f"3/5. end to end, {k} worker(s)",
                    n / s,
                    w / s,
                    f"{base / s:.2f}x NER-only, {naive / s:.2f}x naive",
                )
            )
        extra.append(f"2 workers vs 1: {e2e[1]['seconds'] / e2e[2]['seconds']:.2f}x")
        extra.append(
            f"latency (1 worker, burst of {n}): p50 {e2e[1]['p50_ms']:.0f} ms, p99 {e2e[1]['p99_ms']:.0f} ms"
        )
        extra.append(f"7. peak RSS per worker: {max(r['rss_mb'] for r in e2e.values()):.0f} MB")

    cost = growth(enricher, articles)
    extra.append(
        "6. per-article time by length: "
        + ", ".join(f"{k}x {v * 1000:.0f} ms ({v / cost[1] / k:.2f} of linear)" for k, v in cost.items())
    )

    print("| stage | articles/s | words/s | ratio |\n|---|---:|---:|---|")
    for name, aps, wps, ratio in rows:
        print(f"| {name} | {aps:.1f} | {wps:,.0f} | {ratio} |")
    print()
    for line in extra:
        print(line)


if __name__ == "__main__":
    main()
