"""Helpers for integration and fault tests: worker subprocesses, articles, polling, whole-history checks."""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
import redis
from conftest import free_port

REPO = Path(__file__).resolve().parents[2]

_PEOPLE = ("Maria Lopez", "John Carter", "Aiko Tanaka", "Omar Haddad", "Ingrid Berg", "Samuel Okafor")
_PLACES = ("Lyon", "Nairobi", "Osaka", "Toronto", "Valparaiso", "Krakow", "Hanoi", "Adelaide")
_ORGS = ("the Red Cross", "the World Bank", "Reuters", "the United Nations", "Siemens")


def make_article(index: int, *, prefix: str = "art") -> dict[str, str]:
    """A short synthetic news article (our own sentences) with an id unique to ``index``."""
    person = _PEOPLE[index % len(_PEOPLE)]
    place = _PLACES[index % len(_PLACES)]
    org = _ORGS[index % len(_ORGS)]
    return {
        "id": f"{prefix}-{index}",
        "url": f"https://news.example/{prefix}/{index}",
        "title": f"{person} visits {place}",
        "body": (
            f"{person} arrived in {place} on Monday, officials said. "
            f"{org} reported that {index % 90 + 10} people attended the meeting in {place}."
        ),
        "source": "example-wire",
        "published_at": "2026-11-24T08:00:00Z",
        "language": "en",
    }


def xadd_all(client: "redis.Redis", stream: str, entries: Sequence[Mapping[Any, Any]]) -> list[str]:
    """Raw ``XADD`` of each entry (no FastStream on the producer side); returns the entry ids."""
    pipe = client.pipeline(transaction=False)
    for fields in entries:
        pipe.xadd(stream, dict(fields))
    return [entry_id.decode() for entry_id in pipe.execute()]


def read_stream(client: "redis.Redis", stream: str) -> list[tuple[str, dict[bytes, bytes]]]:
    """All entries of ``stream`` as ``(id, fields)`` with raw bytes."""
    rows = cast("list[tuple[bytes, dict[bytes, bytes]]]", client.xrange(stream))
    return [(entry_id.decode(), fields) for entry_id, fields in rows]


def wait_for(condition: Callable[[], bool], *, timeout: float, what: str, interval: float = 0.05) -> None:
    """Poll ``condition`` until it holds; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for: {what}")
        time.sleep(interval)


def http_status(port: int, path: str) -> int | None:
    """HTTP status of ``GET http://127.0.0.1:<port><path>``, or None when nothing answers."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return None


def http_text(port: int, path: str) -> str:
    """Body of ``GET http://127.0.0.1:<port><path>``."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as response:
        return str(response.read().decode())


@dataclass
class Worker:
    """One worker as a real subprocess (``python -m service.broker``), so that kill -9 is real."""

    env: dict[str, str]
    log_path: Path
    http_port: int
    process: subprocess.Popen[bytes] | None = None
    exit_code: int | None = None

    def start(self) -> "Worker":
        """Spawn the process (stderr, the JSON log, goes to ``log_path``).

        With any ``FAULT_*`` variable in ``env`` it runs the test-only entry point
        ``tests.integration.fault_worker`` (faults injected by a processor subclass).
        """
        module = (
            "tests.integration.fault_worker"
            if any(k.startswith("FAULT_") for k in self.env)
            else "service.broker"
        )
        env = {
            **os.environ,
            **self.env,
            "ENRICHER_HTTP_PORT": str(self.http_port),
            "ENRICHER_LOG_FORMAT": "json",
        }
        with self.log_path.open("ab") as log_file:  # the child keeps its own copy of the descriptor
            self.process = subprocess.Popen(
                [sys.executable, "-m", module], cwd=REPO, env=env, stdout=log_file, stderr=log_file
            )
        return self

    def wait_ready(self, timeout: float = 60.0) -> "Worker":
        """Poll ``/readyz`` until it answers 200."""

        def ready() -> bool:
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
            return http_status(self.http_port, "/readyz") == 200

        wait_for(ready, timeout=timeout, what=f"worker ready on :{self.http_port}", interval=0.1)
        return self

    def signal(self, sig: int) -> None:
        """Send ``sig`` to the process."""
        assert self.process is not None
        self.process.send_signal(sig)

    def kill9(self) -> None:
        """kill -9 and reap."""
        self.signal(signal.SIGKILL)
        self.wait(10)

    def wait(self, timeout: float) -> int:
        """Wait for the process to end; returns its exit code."""
        assert self.process is not None
        self.exit_code = self.process.wait(timeout=timeout)
        return self.exit_code

    def alive(self) -> bool:
        """True while the process runs."""
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it lingers (teardown)."""
        if self.alive():
            self.signal(signal.SIGTERM)
            try:
                self.wait(30)
            except subprocess.TimeoutExpired:
                self.kill9()

    def log_records(self) -> list[dict[str, object]]:
        """The worker's JSON log lines."""
        records = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError:
                    continue
        return records

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the log, for failure messages."""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


@dataclass
class History:
    """Everything the streams hold at the end of a test."""

    output_ids: Counter[str]
    dead_ids: Counter[str]
    dead_codes: dict[str, str]
    pending: int
    lag: int | None
    #: Entries after the group's last-delivered id. Read from the ids, not from ``lag``: after a
    #: Sentinel failover, Redis 7.0 has kept XINFO's lag counter above zero for minutes while the
    #: group had delivered the stream's last entry (every article out, nothing pending).
    unread: bool

    @property
    def total(self) -> int:
        """Entries in output plus dead-letter."""
        return sum(self.output_ids.values()) + sum(self.dead_ids.values())


def read_history(client: "redis.Redis", names: Mapping[str, str]) -> History:
    """Article ids in output (``article_id``) and dead-letter (original ``id`` field), pending and lag."""
    output = read_stream(client, names["ENRICHER_OUTPUT_STREAM"])
    dead = read_stream(client, names["ENRICHER_DEAD_LETTER_STREAM"])
    output_ids = Counter(fields[b"article_id"].decode() for _, fields in output)
    dead_ids: Counter[str] = Counter()
    codes: dict[str, str] = {}
    for _, fields in dead:
        key = fields.get(b"id", fields[b"error.entry_id"]).decode(errors="replace")
        dead_ids[key] += 1
        codes[key] = fields[b"error.code"].decode()
    group = names["ENRICHER_GROUP"]
    info = [g for g in client.xinfo_groups(names["ENRICHER_INPUT_STREAM"]) if g["name"].decode() == group]
    lag = info[0].get("lag") if info else None
    pending = int(info[0]["pending"]) if info else -1
    unread = bool(info) and _entry_id(info[0]["last-delivered-id"]) < _last_generated(client, names)
    return History(output_ids, dead_ids, codes, pending, None if lag is None else int(lag), unread)


def _entry_id(value: bytes | str) -> tuple[int, int]:
    """A stream entry id as ``(milliseconds, sequence)``, for comparing."""
    text = value.decode() if isinstance(value, bytes) else value
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)


def _last_generated(client: "redis.Redis", names: Mapping[str, str]) -> tuple[int, int]:
    """The id of the last entry ever added to the input stream."""
    info = client.xinfo_stream(names["ENRICHER_INPUT_STREAM"])
    return _entry_id(info["last-generated-id"])


def wait_complete(
    client: "redis.Redis", names: Mapping[str, str], expected: int, *, timeout: float
) -> History:
    """Poll until output + dead-letter hold ``expected`` entries and nothing is pending or unread."""
    state: dict[str, History] = {}

    def done() -> bool:
        state["h"] = history = read_history(client, names)
        return history.total >= expected and history.pending == 0 and not history.unread

    try:
        wait_for(done, timeout=timeout, what=f"{expected} entries processed", interval=0.2)
    except AssertionError:
        h = state.get("h")
        summary = (
            f"output={sum(h.output_ids.values())} dead={sum(h.dead_ids.values())} pending={h.pending} "
            f"unread={h.unread} lag={h.lag}"
            if h
            else ""
        )
        raise AssertionError(f"history incomplete after {timeout}s: {summary}") from None
    return state["h"]


def wait_accounted(
    client: "redis.Redis", names: Mapping[str, str], ids: set[str], *, timeout: float
) -> History:
    """Poll until every id in ``ids`` is in output or dead-letter and nothing is pending or unread."""
    state: dict[str, History] = {}

    def done() -> bool:
        state["h"] = history = read_history(client, names)
        seen = set(history.output_ids) | set(history.dead_ids)
        return ids <= seen and history.pending == 0 and not history.unread

    wait_for(done, timeout=timeout, what=f"{len(ids)} articles accounted for", interval=0.2)
    return state["h"]


def assert_exactly_once(
    history: History, good: set[str], bad: frozenset[str] | set[str] = frozenset()
) -> None:
    """Each good article exactly once in output, each bad one exactly once in dead-letter, none in both."""
    assert history.pending == 0, f"{history.pending} entries still pending"
    assert not history.unread, f"entries never delivered to the group (lag {history.lag})"
    duplicated = {k: n for k, n in (history.output_ids + history.dead_ids).items() if n > 1}
    assert not duplicated, f"duplicated: {sorted(duplicated.items())[:10]}"
    in_both = set(history.output_ids) & set(history.dead_ids)
    assert not in_both, f"in output and dead-letter: {sorted(in_both)[:10]}"
    lost = (good - set(history.output_ids)) | (bad - set(history.dead_ids))
    assert not lost, f"lost: {sorted(lost)[:10]} ({len(lost)})"
    unexpected = set(history.output_ids) - good
    assert not unexpected, f"unexpected in output: {sorted(unexpected)[:10]}"


SpawnWorker = Callable[..., Worker]

#: Settings every test worker gets: short reclaim idle and checks, small batches, a tight grace period.
TEST_WORKER_ENV = {
    "ENRICHER_BATCH_SIZE": "16",
    "ENRICHER_CLAIM_IDLE_MS": "1500",
    "ENRICHER_RECLAIM_INTERVAL_S": "0.5",
    "ENRICHER_HEALTH_INTERVAL_S": "0.2",
    "ENRICHER_SHUTDOWN_GRACE_S": "10",
    "ENRICHER_LOG_LEVEL": "INFO",
}


@pytest.fixture
def spawn_worker(tmp_path: Path, stream_names: dict[str, str]) -> Iterator[SpawnWorker]:
    """Start workers (``spawn_worker(redis_url, consumer, **env)``); all are stopped at teardown."""
    workers: list[Worker] = []

    def spawn(redis_url: str, consumer: str, **env: str) -> Worker:
        merged = {
            **TEST_WORKER_ENV,
            **stream_names,
            "REDIS_URL": redis_url,
            "ENRICHER_CONSUMER": consumer,
            **env,
        }
        worker = Worker(env=merged, log_path=tmp_path / f"worker-{consumer}.log", http_port=free_port())
        workers.append(worker)
        return worker.start()

    yield spawn
    for worker in workers:
        worker.stop()
