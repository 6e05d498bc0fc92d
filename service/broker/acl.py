"""The least-privilege Redis ACL the worker needs, rendered for its settings (documented, tested).

Commands, by who sends them:

- read loop: XREADGROUP; group lookup and creation: XINFO GROUPS, XGROUP CREATE;
- reclaimer: XPENDING, XCLAIM, XAUTOCLAIM, XINFO CONSUMERS, XGROUP DELCONSUMER;
- commit scripts: EVALSHA (SCRIPT LOAD / SCRIPT EXISTS when Redis lost them), and inside the
  scripts TYPE, XPENDING, XINFO GROUPS, GET, TIME, XLEN, XRANGE, XADD, SET, XTRIM, HSET, XACK
  (Redis checks the ACL for each command a script calls); the prune script XINFO CONSUMERS and
  XGROUP DELCONSUMER; group creation reads the watermark with HGETALL;
- monitor: INFO (memory, for backpressure); PING. The clients are built without redis-py's
  ``CLIENT SETINFO`` on connect (``lib_name=None``), so that it needs no rule (7.2+ only).

Keys: the three streams, the dedupe records and the group's watermark, nothing else. No channels.
"""

from service.broker.scripts import watermark_key
from service.settings import Settings

WORKER_COMMANDS = (
    "xreadgroup",
    "xack",
    "xadd",
    "xautoclaim",
    "xclaim",
    "xpending",
    "xinfo|groups",
    "xinfo|consumers",
    "xgroup|create",
    "xgroup|delconsumer",
    "evalsha",
    "script|load",
    "script|exists",
    "exists",
    "get",
    "set",
    "type",
    "time",
    "xlen",
    "xrange",
    "xtrim",
    "hset",
    "hgetall",
    "info",
    "ping",
)


def worker_acl_rules(settings: Settings) -> list[str]:
    """ACL SETUSER rules (after the user name and password) for a worker with these settings."""
    keys = [
        settings.input_stream,
        settings.output_stream,
        settings.dead_letter_stream,
        watermark_key(settings),
    ]
    return [
        "on",
        "resetkeys",
        *(f"~{key}" for key in keys),
        f"~{settings.dedupe_prefix}*",
        "resetchannels",
        "-@all",
        *(f"+{command}" for command in WORKER_COMMANDS),
    ]


def worker_acl_line(settings: Settings, user: str = "enricher", password: str = "<password>") -> str:  # noqa: S107
    """The whole ``ACL SETUSER`` command, as an operator pastes it into redis-cli."""
    first, *rest = worker_acl_rules(settings)
    return " ".join(["ACL SETUSER", user, first, f">{password}", *rest])
