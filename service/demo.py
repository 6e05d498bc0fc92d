"""``article-enricher demo``: the bundled examples through a real worker and a real Redis.

Finds a Redis (``REDIS_URL``, else ``localhost:6379``, else a throwaway ``redis-server`` from PATH),
adds the example articles with plain ``XADD`` to fresh demo streams, runs ``article-enricher
worker`` as a subprocess until every article has an event, prints the events and cleans up.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
import redis

from service.broker.connection import RedisUrlError, describe, sync_client
from service.constants import EVENT_FIELD

LOCAL_REDIS_URL = "redis://localhost:6379/0"


class DemoError(Exception):
    """The demo could not run (no Redis, worker failed, timeout)."""


def example_articles() -> list[dict[str, str]]:
    """The example articles that ship in ``service/data/examples``, sorted by file name."""
    folder = resources.files("service.data").joinpath("examples")
    articles = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        title, _, body = entry.read_text(encoding="utf-8").strip().partition("\n")
        articles.append({"id": entry.name.removesuffix(".txt"), "title": title.strip(), "body": body.strip()})
    return articles


def run_demo(*, timeout_s: float = 120.0) -> list[dict[str, Any]]:
    """Enrich the examples through a worker subprocess; return the events in input order."""
    articles = example_articles()
    with _redis_url() as url:
        client = sync_client(url)
        run = uuid.uuid4().hex[:8]
        streams = {name: f"demo:{run}:{name}" for name in ("articles", "enriched", "dead")}
        for article in articles:
            client.xadd(streams["articles"], article)  # type: ignore[arg-type]
        env = {
            **os.environ,
            "REDIS_URL": url,
            "ENRICHER_INPUT_STREAM": streams["articles"],
            "ENRICHER_OUTPUT_STREAM": streams["enriched"],
            "ENRICHER_DEAD_LETTER_STREAM": streams["dead"],
            "ENRICHER_GROUP": f"demo-{run}",
            "ENRICHER_DEDUPE_PREFIX": f"demo:{run}:dedupe:",
            "ENRICHER_HTTP_PORT": str(free_port()),
        }
        try:
            with _worker(env) as log:
                events = _wait_for_events(client, streams, len(articles), timeout_s, log)
        finally:
            client.delete(*streams.values(), *client.keys(f"demo:{run}:dedupe:*"))
    order = {article["id"]: index for index, article in enumerate(articles)}
    return sorted(events, key=lambda event: order.get(event["article"]["id"], len(order)))


def _wait_for_events(
    client: redis.Redis, streams: dict[str, str], expected: int, timeout_s: float, log: Path
) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        done = int(client.xlen(streams["enriched"])) + int(client.xlen(streams["dead"]))
        if done >= expected:
            entries = client.xrange(streams["enriched"]) or []
            return [orjson.loads(fields[EVENT_FIELD.encode()]) for _, fields in entries if fields]
        time.sleep(0.2)
    tail = log.read_text(errors="replace")[-2000:]
    raise DemoError(f"no events after {timeout_s:.0f} s; worker log ends with:\n{tail}")


@contextlib.contextmanager
def _worker(env: dict[str, str]) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "worker.log"
        with log.open("wb") as sink:
            process = subprocess.Popen(
                [sys.executable, "-m", "service.cli", "worker"], env=env, stdout=sink, stderr=sink
            )
        try:
            yield log
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


@contextlib.contextmanager
def _redis_url() -> Iterator[str]:
    explicit = os.environ.get("REDIS_URL")
    for url in filter(None, (explicit, None if explicit else LOCAL_REDIS_URL)):
        if redis_answers(url):
            yield url
            return
        if explicit:
            raise DemoError(f"REDIS_URL={describe(explicit)} does not answer PING")
    server = shutil.which("redis-server")
    if server is None:
        raise DemoError(
            "no Redis: set REDIS_URL, start one on localhost:6379 "
            "(apt-get install redis-server, or docker run -p 6379:6379 redis:7), or put redis-server on PATH"
        )
    with throwaway_redis(server) as url:
        yield url


@contextlib.contextmanager
def throwaway_redis(server: str) -> Iterator[str]:
    """A ``redis-server`` on a free loopback port, persistence off, stopped and removed afterwards."""
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        args = [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", tmp]
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
        url = f"redis://127.0.0.1:{port}/0"
        try:
            deadline = time.monotonic() + 10
            while not redis_answers(url):
                if time.monotonic() > deadline or process.poll() is not None:
                    raise DemoError("a throwaway redis-server did not start")
                time.sleep(0.05)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


def redis_answers(url: str) -> bool:
    """Whether a Redis at ``url`` answers PING within a second."""
    try:
        with sync_client(url, socket_connect_timeout=1, socket_timeout=2) as client:
            return bool(client.ping())
    except (redis.RedisError, RedisUrlError):
        return False


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
