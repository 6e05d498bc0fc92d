"""Shared fixtures: a real Redis for integration tests, unique stream names per test.

Where the Redis comes from, in order: ``REDIS_URL`` when set; else a ``redis-server`` from PATH
started on a free port (temporary dir, no RDB snapshots); else a testcontainers Redis where Docker
works. With none of them the integration tests fail when ``CI`` is set and are skipped otherwise.
Fault tests that restart Redis always start their own ``redis-server`` (:class:`RedisServer`).
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import redis

from service.schema.article import Article

REDIS_SERVER = shutil.which("redis-server")


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def no_redis(reason: str) -> None:
    """Fail in CI (a missing Redis must never pass silently), skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(f"no Redis for integration tests in CI: {reason}")
    pytest.skip(reason)


@dataclass
class RedisServer:
    """A ``redis-server`` process this test session owns: start, kill -9, restart on the same port and dir."""

    directory: Path
    aof: bool = False
    port: int = field(default_factory=free_port)
    #: More ``redis-server`` arguments (``--requirepass``, ``--maxmemory``, ``--sentinel``...).
    extra_args: list[str] = field(default_factory=list)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:<port>/0``."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> None:
        """Start (or restart) the server and wait until it answers PING."""
        if REDIS_SERVER is None:
            no_redis("redis-server is not on PATH")
        args = [REDIS_SERVER or "redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        args += ["--dir", str(self.directory), "--save", "", "--logfile", "redis.log"]
        if self.aof:
            args += ["--appendonly", "yes", "--appendfsync", "always"]
        args += self.extra_args
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + timeout
        while True:
            try:
                if client.ping():
                    break
            except redis.exceptions.AuthenticationError:
                break  # it answers, and wants a password (``--requirepass``)
            except redis.exceptions.RedisError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server on port {self.port} did not start") from None
                time.sleep(0.02)
        client.close()

    def kill(self) -> None:
        """kill -9 the server and wait for it to go."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """Stop the server for good."""
        self.kill()
        self.process = None


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Redis for the whole session (see the module docstring for where it comes from)."""
    explicit = os.environ.get("REDIS_URL")
    if explicit:
        yield explicit
        return
    if REDIS_SERVER is not None:
        server = RedisServer(tmp_path_factory.mktemp("redis"))
        server.start()
        try:
            yield server.url
        finally:
            server.stop()
        return
    container = _testcontainers_redis()
    if container is None:
        no_redis("no REDIS_URL, no redis-server on PATH and no Docker")
        return
    with container:
        host = container.get_container_host_ip()
        yield f"redis://{host}:{container.get_exposed_port(6379)}/0"


def _testcontainers_redis() -> Any:
    """A started testcontainers Redis, or None where Docker is not available."""
    try:
        from testcontainers.community.redis import RedisContainer
    except ImportError:
        return None
    try:
        return RedisContainer()
    except Exception:  # noqa: BLE001 - no Docker daemon: DockerException or a connection error
        return None


@pytest.fixture
def redis_client(redis_url: str) -> Iterator["redis.Redis"]:
    """A synchronous client on the session Redis."""
    client = redis.Redis.from_url(redis_url)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A ``redis-server`` of this test alone, with AOF (``appendfsync always``) so that it can restart."""
    server = RedisServer(tmp_path / "redis", aof=True)
    server.directory.mkdir()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def make_stream_names() -> dict[str, str]:
    """Unique input/output/dead-letter/group names and dedupe prefix, as worker environment variables."""
    tag = uuid.uuid4().hex[:10]
    return {
        "ENRICHER_INPUT_STREAM": f"t.{tag}.in",
        "ENRICHER_OUTPUT_STREAM": f"t.{tag}.out",
        "ENRICHER_DEAD_LETTER_STREAM": f"t.{tag}.dead",
        "ENRICHER_GROUP": f"t.{tag}.group",
        "ENRICHER_DEDUPE_PREFIX": f"t.{tag}.dedupe:",
    }


@pytest.fixture
def stream_names() -> dict[str, str]:
    """Names unique to this test (see :func:`make_stream_names`)."""
    return make_stream_names()


pytest.register_assert_rewrite("harness")  # the integration helpers assert too


EXAMPLE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "jalalabad-prison-break.txt"


@dataclass(frozen=True)
class ExampleArticle:
    """The team's example article and its hand-labelled reference (``<name>.gold.json``)."""

    article: Article
    gold: dict[str, Any]


@pytest.fixture(scope="session")
def example_article() -> ExampleArticle:
    """The example article in ``../shared/corpus`` (title: first line; body: after the blank line).

    Skipped where ``../shared`` is not beside the repository.
    """
    if not EXAMPLE.is_file():
        pytest.skip(f"{EXAMPLE} is not present")
    title, _, body = EXAMPLE.read_text(encoding="utf-8").strip().partition("\n")
    gold = json.loads(EXAMPLE.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return ExampleArticle(Article(id="example", title=title.strip(), body=body.strip()), gold)
