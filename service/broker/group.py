"""Consumer-group housekeeping FastStream does not do: create at a start id, claim pending entries.

FastStream 0.7.8 creates a missing group at ``$`` (skipping what was added meanwhile), never reads a
consumer's own pending entries after a restart, and its ``min_idle_time`` mode stops reading new
entries. So the group is created here at ``group_start_id`` before FastStream starts (FastStream then
sees "already exists" and reads ``>``), and pending entries are claimed here with XCLAIM/XAUTOCLAIM.
"""

from dataclasses import dataclass
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from service.settings import Settings

Fields = dict[bytes, bytes]


@dataclass(frozen=True, slots=True)
class Entry:
    """One stream entry as read: id, raw fields and how many times the group delivered it."""

    entry_id: str
    fields: Fields
    deliveries: int = 1


@dataclass(frozen=True, slots=True)
class GroupStats:
    """Lag (never delivered) and pending (delivered, not acked) of the group; lag is None when unknown."""

    lag: int | None
    pending: int


async def ensure_group(client: Redis, settings: Settings) -> bool:
    """Create the group at ``group_start_id`` with MKSTREAM unless it exists; True when created.

    XINFO GROUPS first: a Redis at ``maxmemory`` refuses XGROUP CREATE even for an existing group.
    """
    if await group_stats(client, settings) is not None:
        return False
    try:
        await client.xgroup_create(
            settings.input_stream, settings.group, id=settings.group_start_id, mkstream=True
        )
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise
        return False
    return True


async def group_stats(client: Redis, settings: Settings) -> GroupStats | None:
    """The group's lag and pending count, or None when the group does not exist."""
    try:
        groups = await client.xinfo_groups(settings.input_stream)
    except ResponseError as exc:
        if "no such key" in str(exc).lower():
            return None
        raise
    for group in groups:
        name = group["name"]
        if (name.decode() if isinstance(name, bytes) else name) == settings.group:
            lag = group.get("lag")
            return GroupStats(lag=None if lag is None else int(lag), pending=int(group["pending"]))
    return None


async def prune_consumers(client: Redis, settings: Settings) -> list[str]:
    """Delete consumers (not this one) idle for ``consumer_prune_idle_s`` with nothing pending.

    Safe: a consumer with no pending entry holds nothing, and a live one is recreated by its next read.
    Without it every restart under a new name (``<host>-<pid>``) would leave a consumer behind.
    """
    idle_ms = int(settings.consumer_prune_idle_s * 1000)
    pruned = []
    for consumer in await client.xinfo_consumers(settings.input_stream, settings.group):
        name = _text(consumer["name"])
        if name != settings.consumer and int(consumer["pending"]) == 0 and int(consumer["idle"]) >= idle_ms:
            await client.xgroup_delconsumer(settings.input_stream, settings.group, name)
            pruned.append(name)
    return pruned


async def claim_own_pending(client: Redis, settings: Settings, count: int) -> list[Entry]:
    """Take back up to ``count`` of this consumer's own pending entries (after a restart), oldest first."""
    rows = await client.xpending_range(
        settings.input_stream, settings.group, min="-", max="+", count=count, consumername=settings.consumer
    )
    ids = [_text(row["message_id"]) for row in rows]
    if not ids:
        return []
    claimed = await client.xclaim(settings.input_stream, settings.group, settings.consumer, 0, list(ids))
    return await _with_deliveries(client, settings, cast("list[tuple[bytes, Fields | None]]", claimed))


async def autoclaim(
    client: Redis, settings: Settings, cursor: str, count: int
) -> tuple[str, list[Entry], list[str]]:
    """One XAUTOCLAIM step: ``(next cursor, claimed entries, ids deleted from the stream meanwhile)``."""
    reply = await client.xautoclaim(
        settings.input_stream,
        settings.group,
        settings.consumer,
        min_idle_time=settings.claim_idle_ms,
        start_id=cursor,
        count=count,
    )
    next_id, claimed, *rest = reply
    deleted = [_text(entry_id) for entry_id in rest[0]] if rest else []
    return _text(next_id), await _with_deliveries(client, settings, claimed), deleted


async def _with_deliveries(
    client: Redis, settings: Settings, claimed: list[tuple[bytes, Fields | None]]
) -> list[Entry]:
    """Attach each claimed entry's delivery count (XPENDING, after the claim counted this delivery)."""
    live = [(entry_id, fields) for entry_id, fields in claimed if fields is not None]
    if not live:
        return []
    rows = await client.xpending_range(
        settings.input_stream,
        settings.group,
        min=live[0][0],
        max=live[-1][0],
        count=max(1000, len(live) * 4),  # my other pending entries may sit in between
        consumername=settings.consumer,
    )
    counts = {_text(row["message_id"]): int(row["times_delivered"]) for row in rows}
    return [
        Entry(entry_id=_text(entry_id), fields=dict(fields), deliveries=counts.get(_text(entry_id), 1))
        for entry_id, fields in live
    ]


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
