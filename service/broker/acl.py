"""The least-privilege Redis ACL the worker needs, rendered for its settings (documented, tested).

Commands, by who sends them:

- read loop: XREADGROUP; group lookup and creation: XINFO GROUPS, XGROUP CREATE;
- reclaimer: XPENDING, XCLAIM, XAUTOCLAIM, XINFO CONSUMERS, XGROUP DELCONSUMER;
- commit scripts: EVALSHA (SCRIPT LOAD / SCRIPT EXISTS when Redis lost them), and inside the
  scripts XACK, XADD, EXISTS, GET, SET (Redis checks the ACL for each command a script calls);
- monitor: INFO (memory, for backpressure); PING. The clients are built without redis-py's
  ``CLIENT SETINFO`` on connect (``lib_name=None``), so that it needs no rule (7.2+ only).

Keys: the three streams and the dedupe records, nothing else. No channels.
"""

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
    "info",
    "ping",
)


def worker_acl_rules(settings: Settings) -> list[str]:
    """ACL SETUSER rules (after the user name and password) for a worker with these settings."""
    keys = [settings.input_stream, settings.output_stream, settings.dead_letter_stream]
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
