"""Consumer-group housekeeping FastStream does not do: create at a start id, claim pending entries.

FastStream 0.7.8 creates a missing group at ``$`` (skipping what was added meanwhile), never reads a
consumer's own pending entries after a restart, and its ``min_idle_time`` mode stops reading new
entries. So the group is created here before FastStream starts (FastStream then sees "already
exists" and reads ``>``): at the watermark the commit script keeps when there is one (a group that
was lost is recreated where it stood, so nothing committed is replayed), else at
``group_start_id``. Pending entries are claimed here with XCLAIM/XAUTOCLAIM, one at a time, so an
entry that crashes the worker takes no other entry's delivery count with it.
"""

from dataclasses import dataclass
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from service.broker.scripts import CommitScripts, watermark_key
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
    """XINFO GROUPS of the group: lag (never delivered; None when unknown), pending, last-delivered id."""

    lag: int | None
    pending: int
    last_delivered_id: str = "0-0"


@dataclass(frozen=True, slots=True)
class GroupStart:
    """What :func:`ensure_group` did: nothing (the group existed), or created it at ``start_id``."""

    created: bool
    start_id: str = ""
    #: Created at the watermark: the group existed before and was lost.
    recreated: bool = False


#: The largest sequence part of a stream id.
_MAX_SEQ = 2**64 - 1


def id_before(entry_id: str) -> str:
    """The greatest stream id smaller than ``entry_id`` (``"5-0"`` -> ``"4-18446744073709551615"``)."""
    ms, seq = (int(part) for part in entry_id.split("-"))
    if seq > 0:
        return f"{ms}-{seq - 1}"
    return f"{ms - 1}-{_MAX_SEQ}" if ms > 0 else "0-0"


def watermark_start(watermark: dict[bytes, bytes]) -> str | None:
    """Where a recreated group starts so that it delivers exactly what may be uncommitted, or None."""
    pending = watermark.get(b"pending", b"").decode()
    if pending:
        return id_before(pending)
    delivered = watermark.get(b"delivered", b"").decode()
    return delivered or None


async def ensure_group(client: Redis, settings: Settings) -> GroupStart:
    """Create the group with MKSTREAM unless it exists: at the watermark if any, else ``group_start_id``.

    XINFO GROUPS first: a Redis at ``maxmemory`` refuses XGROUP CREATE even for an existing group.
    """
    if await group_stats(client, settings) is not None:
        return GroupStart(created=False)
    watermark = cast("dict[bytes, bytes]", await client.hgetall(watermark_key(settings)))
    start = watermark_start(watermark)
    start_id = start if start is not None else settings.group_start_id
    try:
        await client.xgroup_create(settings.input_stream, settings.group, id=start_id, mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise
        return GroupStart(created=False)
    return GroupStart(created=True, start_id=start_id, recreated=start is not None)


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
            return GroupStats(
                lag=None if lag is None else int(lag),
                pending=int(group["pending"]),
                last_delivered_id=_text(group.get("last-delivered-id") or b"0-0"),
            )
    return None


async def unread_count(client: Redis, settings: Settings, stats: GroupStats) -> int:
    """Entries not yet delivered to the group: 0 when no entry follows its last-delivered id.

    XINFO's ``lag`` alone misleads. Redis derives it from an ``entries-read`` counter kept apart from
    the last-delivered id: a promoted replica can keep the counter behind, so lag stays above zero
    with nothing left to read; and lag is nil for a group created at an id inside the stream. The
    ids decide whether anything is unread (one XRANGE of at most one entry); when something is,
    the count is the lag, or 1 (at least one) when Redis does not know it.
    """
    after = await client.xrange(settings.input_stream, min=f"({stats.last_delivered_id}", max="+", count=1)
    if not after:
        return 0
    return max(stats.lag or 0, 1)


async def prune_consumers(client: Redis, settings: Settings, scripts: CommitScripts) -> list[str]:
    """Delete consumers (not this one) idle for ``consumer_prune_idle_s`` with nothing pending.

    Safe: a consumer with no pending entry holds nothing, and a live one is recreated by its next
    read. The check and the delete are one script per consumer, so a consumer that reads a batch
    between the listing and the delete keeps it (the script sees it pending and leaves it).
    Without pruning every restart under a new name (``<host>-<pid>``) would leave a consumer behind.
    """
    idle_ms = int(settings.consumer_prune_idle_s * 1000)
    pruned = []
    for consumer in await client.xinfo_consumers(settings.input_stream, settings.group):
        name = _text(consumer["name"])
        if name != settings.consumer and int(consumer["pending"]) == 0 and int(consumer["idle"]) >= idle_ms:
            deleted = await scripts.prune_consumer(
                keys=[settings.input_stream], args=[settings.group, name, idle_ms]
            )
            if int(deleted):
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
