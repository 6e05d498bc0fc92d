"""Redis Cluster: a real 3-primary cluster on loopback ports, and a slot migration during a run.

The worker gets a ``redis+cluster://`` URL naming a node that does not own its slot (it must follow
MOVED), its keys share one hash tag, and while it works the slot moves to another primary
(``CLUSTER SETSLOT ... MIGRATING/IMPORTING``, ``MIGRATE``, ``SETSLOT ... NODE``). Every article must
come out exactly once.
"""

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import redis
import redis.cluster
from conftest import REDIS_SERVER, RedisServer, free_port
from harness import (
    SpawnWorker,
    assert_exactly_once,
    make_article,
    spawn_worker,
    wait_complete,
    wait_for,
)

from service.broker.producer import publish_articles
from service.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.slow, pytest.mark.timeout(240)]
__all__ = ["spawn_worker"]


def cluster_port() -> int:
    """A free port whose cluster bus port (+10000) is a valid port too."""
    while (port := free_port()) > 55_535:
        continue
    return port


class Cluster:
    """Three primaries, no replicas, all slots assigned."""

    def __init__(self, directory: Path) -> None:
        self.nodes: list[RedisServer] = []
        try:
            self._start(directory)
        except BaseException:
            self.stop()  # no node outlives a failed start
            raise

    def _start(self, directory: Path) -> None:
        for index in range(3):
            path = directory / f"node-{index}"
            path.mkdir()
            cluster_args = ["--cluster-enabled", "yes", "--cluster-node-timeout", "5000"]
            node = RedisServer(path, extra_args=cluster_args, port=cluster_port())
            self.nodes.append(node)
            node.start()
        addresses = [f"127.0.0.1:{node.port}" for node in self.nodes]
        subprocess.run(
            ["redis-cli", "--cluster", "create", *addresses, "--cluster-replicas", "0", "--cluster-yes"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        for node in self.nodes:
            port: int = node.port
            wait_for(lambda: self.state(port) == "ok", timeout=30, what="cluster ok")  # noqa: B023

    def state(self, port: int) -> str:
        """``cluster_state`` as one node sees it."""
        info = str(self.command(port, "CLUSTER", "INFO"))
        return info.split("cluster_state:", 1)[1].split()[0]

    def client(self, port: int) -> redis.Redis:
        return redis.Redis(port=port, decode_responses=True)

    def command(self, port: int, *args: object) -> Any:
        """One raw command to one node."""
        return self.client(port).execute_command(*args)  # type: ignore[no-untyped-call]

    def owner(self, slot: int) -> int:
        """Port of the primary that serves ``slot``."""
        for first, last, primary, *_ in self.command(self.nodes[0].port, "CLUSTER", "SLOTS"):
            if int(first) <= slot <= int(last):
                return int(primary[1])
        raise AssertionError(f"slot {slot} is not served")

    def migrate(self, slot: int, source: int, target: int) -> int:
        """Move ``slot`` with its keys from one primary to another; returns how many keys moved."""
        source_id, target_id = (
            self.command(source, "CLUSTER", "MYID"),
            self.command(target, "CLUSTER", "MYID"),
        )
        self.command(target, "CLUSTER", "SETSLOT", slot, "IMPORTING", source_id)
        self.command(source, "CLUSTER", "SETSLOT", slot, "MIGRATING", target_id)
        moved = 0
        while keys := self.command(source, "CLUSTER", "GETKEYSINSLOT", slot, 20):
            self.command(source, "MIGRATE", "127.0.0.1", target, "", 0, 5000, "KEYS", *keys)
            moved += len(keys)
        for node in self.nodes:
            self.command(node.port, "CLUSTER", "SETSLOT", slot, "NODE", target_id)
        return moved

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not on PATH")
    nodes = Cluster(tmp_path)
    try:
        yield nodes
    finally:
        nodes.stop()


def test_names_without_one_shared_hash_tag_are_refused_on_a_cluster() -> None:
    with pytest.raises(ValueError, match="hash tag"):
        Settings(redis_url="redis+cluster://127.0.0.1:7000")
    Settings(
        redis_url="redis+cluster://127.0.0.1:7000",
        input_stream="{a}",
        output_stream="{a}.out",
        dead_letter_stream="{a}.dead",
        dedupe_prefix="{a}:dedupe:",
    )


def test_slot_migration_during_a_run_loses_and_duplicates_nothing(
    cluster: Cluster, spawn_worker: SpawnWorker
) -> None:
    tag = f"t-{uuid.uuid4().hex[:8]}"
    names = {
        "ENRICHER_INPUT_STREAM": f"{{{tag}}}.in",
        "ENRICHER_OUTPUT_STREAM": f"{{{tag}}}.out",
        "ENRICHER_DEAD_LETTER_STREAM": f"{{{tag}}}.dead",
        "ENRICHER_GROUP": f"{tag}.group",
        "ENRICHER_DEDUPE_PREFIX": f"{{{tag}}}:dedupe:",
    }
    slot = int(cluster.command(cluster.nodes[0].port, "CLUSTER", "KEYSLOT", tag))
    owner = cluster.owner(slot)
    others = [node.port for node in cluster.nodes if node.port != owner]
    url = f"redis+cluster://127.0.0.1:{others[0]}"  # a node that does not own the slot: MOVED
    worker = spawn_worker(url, "cw", **names).wait_ready()

    client = cast(Any, redis.cluster.RedisCluster(host="127.0.0.1", port=owner))
    articles = [make_article(i, prefix="slot") for i in range(150)]
    fields = {key.removeprefix("ENRICHER_").lower(): value for key, value in names.items()}
    publish_articles(Settings(redis_url=url, **fields), articles)  # type: ignore[arg-type]  # CLI publish path
    output = names["ENRICHER_OUTPUT_STREAM"]
    wait_for(lambda: int(client.xlen(output)) >= 20, timeout=90, what="busy")
    assert int(client.xlen(output)) < len(articles)  # the slot moves mid-run
    moved = cluster.migrate(slot, owner, others[1])
    assert moved >= 3  # the three streams at least, and dedupe records
    assert cluster.owner(slot) == others[1]

    history = wait_complete(client, names, len(articles), timeout=150)
    assert_exactly_once(history, {a["id"] for a in articles})
    assert worker.alive()
