"""The worker runs under the documented least-privilege ACL and nothing it needs is missing.

Every path that sends a distinct command is driven: the group lookup, reading, publishing, a
duplicate (dedupe record), a dead letter, the own pending entries of a restart (XPENDING, XCLAIM),
a dead consumer's entries (XAUTOCLAIM) and its pruning (XGROUP DELCONSUMER), the memory check,
the CLI's publish. Redis records every refused command in ``ACL LOG``: it must stay empty.
"""

import pytest
import redis
from conftest import RedisServer
from harness import (
    SpawnWorker,
    assert_exactly_once,
    make_article,
    spawn_worker,
    wait_accounted,
    wait_for,
    xadd_all,
)

from service.broker.acl import worker_acl_rules
from service.broker.producer import publish_articles
from service.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(180)]
__all__ = ["spawn_worker"]


def test_worker_under_least_privilege_acl_needs_nothing_more(
    own_redis: RedisServer, stream_names: dict[str, str], spawn_worker: SpawnWorker
) -> None:
    admin = redis.Redis.from_url(own_redis.url)
    fields = {key.removeprefix("ENRICHER_").lower(): value for key, value in stream_names.items()}
    settings = Settings(**fields)  # type: ignore[arg-type]
    rules = worker_acl_rules(settings)
    admin.execute_command("ACL", "SETUSER", "enricher", ">acl-test-pw", *rules)  # type: ignore[no-untyped-call]
    url = f"redis://enricher:acl-test-pw@127.0.0.1:{own_redis.port}/0"
    stream, group = settings.input_stream, settings.group

    articles = [make_article(i, prefix="acl") for i in range(12)]
    publish_articles(Settings(redis_url=url, **fields), articles[:6])  # type: ignore[arg-type]
    admin.xgroup_create(stream, group, id="0")
    admin.xreadgroup(group, "acl-w", {stream: ">"}, count=2)  # the worker's own, left by a "crash"
    admin.xreadgroup(group, "ghost", {stream: ">"}, count=2)  # a dead consumer's
    xadd_all(admin, stream, [articles[6], {"junk": "not an article"}, articles[6]])  # duplicate + garbage

    worker = spawn_worker(
        url, "acl-w", ENRICHER_CLAIM_IDLE_MS="300", ENRICHER_CONSUMER_PRUNE_IDLE_S="0.5"
    ).wait_ready()
    xadd_all(admin, stream, articles[7:])
    ids = {a["id"] for a in articles}
    history = wait_accounted(admin, stream_names, ids, timeout=90)
    assert_exactly_once(history, ids)
    assert len(history.dead_ids) == 1  # the garbage entry

    def consumers() -> set[str]:
        return {c["name"].decode() for c in admin.xinfo_consumers(stream, group)}

    wait_for(lambda: "ghost" not in consumers(), timeout=30, what="dead consumer pruned")
    sources = {r.get("source") for r in worker.log_records() if r.get("event") == "article"}
    assert {"own_pending", "reclaimed", "new"} <= sources, sources
    outcomes = {r.get("outcome") for r in worker.log_records() if r.get("event") == "article"}
    assert {"published", "duplicate", "dead_lettered"} <= outcomes, outcomes
    assert admin.acl_log() == [], admin.acl_log()
