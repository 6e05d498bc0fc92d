"""Dead letters: list, show and replay them (``article-enricher dead-letters``).

A dead letter holds the input entry's original fields byte for byte, then ``error.*`` fields
(:func:`service.broker.codec.dead_letter_fields`). Replay moves chosen dead letters back to the
input stream with their original fields, **idempotently**: one script per dead letter adds the
fields to the input and records the new input id in a ledger hash
(``<dead-letter stream>:replayed``, field = the dead letter's id) in the same atomic step, and a
dead letter already in the ledger is never replayed again. A replay that is interrupted and run
again therefore replays nothing twice. Dead letters stay where they are (the ledger says which
were replayed, and as which input entry). Listing and replay work a page at a time; after a replay
the ledger forgets dead letters the worker has trimmed from the stream (:func:`prune_ledger`).
"""

import base64
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice
from typing import Any, TypeVar, cast

from redis import Redis

from service.broker.codec import ERROR_PREFIX
from service.settings import Settings

#: Dead letters read per XRANGE call (and replayed or listed per ledger lookup).
PAGE = 500
_T = TypeVar("_T")
_ERROR = ERROR_PREFIX.encode()

# KEYS: input stream, ledger hash. ARGV: dead-letter id, then field, value, ...
# "#!lua" without allow-oom: a Redis at maxmemory refuses the replay before it writes anything.
REPLAY_LUA = """#!lua
local done = redis.call('HGET', KEYS[2], ARGV[1])
if done then return {'already_replayed', done} end
local may_add = redis.acl_check_cmd('XADD', KEYS[1], '*', 'f', 'v')
if not (may_add and redis.acl_check_cmd('HSET', KEYS[2], 'f', 'v')) then
  return {'blocked', 'NOPERM: this user may not run XADD on the input or HSET on the ledger'}
end
local input_type = redis.call('TYPE', KEYS[1])['ok']
local ledger_type = redis.call('TYPE', KEYS[2])['ok']
if (input_type ~= 'stream' and input_type ~= 'none') or (ledger_type ~= 'hash' and ledger_type ~= 'none') then
  return {'blocked', 'WRONGTYPE: input is ' .. input_type .. ', ledger is ' .. ledger_type}
end
local args = {'XADD', KEYS[1], '*'}
for i = 2, #ARGV do args[#args + 1] = ARGV[i] end
local id = redis.call(unpack(args))
redis.call('HSET', KEYS[2], ARGV[1], id)
return {'replayed', id}
"""


class Action(StrEnum):
    """What replay did (or, with ``--dry-run``, would do) with one dead letter."""

    REPLAYED = "replayed"
    WOULD_REPLAY = "would_replay"
    ALREADY_REPLAYED = "already_replayed"
    #: The dead letter kept no original fields (an entry over ``max_entry_fields``).
    NOT_REPLAYABLE = "not_replayable"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class DeadLetterEntry:
    """One dead letter: its id, the original fields and the ``error.*`` fields."""

    dead_id: str
    original: list[tuple[bytes, bytes]]
    error: dict[str, str]

    @classmethod
    def of(cls, dead_id: bytes | str, fields: dict[bytes, bytes]) -> "DeadLetterEntry":
        """Split a dead-letter entry's fields into the original ones and the error."""
        original = [(name, value) for name, value in fields.items() if not name.startswith(_ERROR)]
        error = {
            name[len(_ERROR) :].decode(errors="replace"): value.decode(errors="replace")
            for name, value in fields.items()
            if name.startswith(_ERROR)
        }
        return cls(_text(dead_id), original, error)

    @property
    def replayable(self) -> bool:
        """False when the original fields were not copied."""
        return "fields_not_copied" not in self.error

    def summary(self, replayed_as: str | None) -> dict[str, Any]:
        """One line for ``list``: where it came from, why, and whether it was replayed."""
        fields = dict(self.original)
        return {
            "id": self.dead_id,
            "code": self.error.get("code"),
            "message": self.error.get("message", "")[:200],
            "attempts": self.error.get("attempts"),
            "entry_id": self.error.get("entry_id"),
            "time": self.error.get("time"),
            "article_id": fields[b"id"].decode(errors="replace") if b"id" in fields else None,
            "replayed_as": replayed_as,
        }

    def detail(self, replayed_as: str | None) -> dict[str, Any]:
        """Everything for ``show``: the original fields as text (base64 where not UTF-8) and the error."""
        fields: dict[str, Any] = {}
        for name, value in self.original:
            try:
                fields[name.decode()] = value.decode()
            except UnicodeDecodeError:
                fields[name.decode(errors="replace")] = {"base64": base64.b64encode(value).decode()}
        return {"id": self.dead_id, "fields": fields, "error": self.error, "replayed_as": replayed_as}


@dataclass(frozen=True, slots=True)
class Replayed:
    """What replay did with one dead letter."""

    dead_id: str
    action: Action
    input_id: str | None = None
    reason: str | None = None


def ledger_key(settings: Settings) -> str:
    """The hash recording which dead letters were replayed, and as which input entries."""
    return f"{settings.dead_letter_stream}:replayed"


def read_dead_letters(
    client: Redis, settings: Settings, *, code: str | None = None, since: str | None = None
) -> Iterator[DeadLetterEntry]:
    """Dead letters from ``since`` (an entry id or a millisecond time, inclusive) on, of ``code`` if given."""
    start = since or "-"
    while True:
        rows = cast(
            "list[tuple[bytes, dict[bytes, bytes]]]",
            client.xrange(settings.dead_letter_stream, min=start, max="+", count=PAGE),
        )
        for dead_id, fields in rows:
            entry = DeadLetterEntry.of(dead_id, fields)
            if code is None or entry.error.get("code") == code:
                yield entry
        if len(rows) < PAGE:
            return
        start = "(" + _text(rows[-1][0])


def find_dead_letter(client: Redis, settings: Settings, dead_id: str) -> DeadLetterEntry | None:
    """The dead letter with this id, or None."""
    rows = cast(
        "list[tuple[bytes, dict[bytes, bytes]]]",
        client.xrange(settings.dead_letter_stream, min=dead_id, max=dead_id, count=1),
    )
    return DeadLetterEntry.of(*rows[0]) if rows else None


def replayed_as(client: Redis, settings: Settings, dead_ids: Sequence[str]) -> list[str | None]:
    """The input id each dead letter was replayed as, or None."""
    if not dead_ids:
        return []
    values = cast("list[bytes | None]", client.hmget(ledger_key(settings), list(dead_ids)))
    return [None if value is None else value.decode() for value in values]


def replay(
    client: Redis, settings: Settings, entries: Sequence[DeadLetterEntry], *, dry_run: bool = False
) -> list[Replayed]:
    """Replay ``entries`` to the input stream (see the module docstring); one result each, in order."""
    script = client.register_script(REPLAY_LUA)
    done = replayed_as(client, settings, [entry.dead_id for entry in entries])
    results = []
    for entry, earlier in zip(entries, done, strict=True):
        if earlier is not None:
            results.append(Replayed(entry.dead_id, Action.ALREADY_REPLAYED, earlier))
        elif not entry.replayable:
            reason = f"{entry.error.get('fields_not_copied')} fields were not copied"
            results.append(Replayed(entry.dead_id, Action.NOT_REPLAYABLE, reason=reason))
        elif dry_run:
            results.append(Replayed(entry.dead_id, Action.WOULD_REPLAY))
        else:
            flat = [item for pair in entry.original for item in pair]
            reply = cast(
                "list[bytes]",
                script(keys=[settings.input_stream, ledger_key(settings)], args=[entry.dead_id, *flat]),
            )
            action, detail = Action(reply[0].decode()), reply[1].decode()
            if action is Action.BLOCKED:
                results.append(Replayed(entry.dead_id, action, reason=detail))
            else:
                results.append(Replayed(entry.dead_id, action, detail))
    return results


def prune_ledger(client: Redis, settings: Settings) -> int:
    """Forget ledger records of dead letters no longer in the stream; returns how many were removed.

    The worker trims the dead-letter stream (``trim_strategy``), so without this the ledger would
    grow by one field per replayed dead letter forever. A dead letter that was trimmed can never
    be replayed again, so its record guards nothing.
    """
    first = cast("list[tuple[bytes, Any]]", client.xrange(settings.dead_letter_stream, count=1))
    oldest = _id_key(_text(first[0][0])) if first else None
    records = cast("Iterator[tuple[bytes, bytes]]", client.hscan_iter(ledger_key(settings), count=PAGE))
    stale = [field for field, _ in records if oldest is None or _id_key(_text(field)) < oldest]
    for page in pages(stale, PAGE):
        client.hdel(ledger_key(settings), *page)
    return len(stale)


def _id_key(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


def replay_in_pages(
    client: Redis,
    settings: Settings,
    entries: Iterable[DeadLetterEntry],
    *,
    dry_run: bool = False,
    page_size: int = PAGE,
) -> Iterator[Replayed]:
    """:func:`replay` a page of ``entries`` at a time, so a large selection is never held in memory."""
    for page in pages(entries, page_size):
        yield from replay(client, settings, page, dry_run=dry_run)


def with_replayed_as(
    client: Redis, settings: Settings, entries: Iterable[DeadLetterEntry], *, page_size: int = PAGE
) -> Iterator[tuple[DeadLetterEntry, str | None]]:
    """Each entry with the input id it was replayed as (or None), one ledger lookup per page."""
    for page in pages(entries, page_size):
        yield from zip(page, replayed_as(client, settings, [e.dead_id for e in page]), strict=True)


def pages(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """``items`` in lists of at most ``size`` (``itertools.batched`` is Python 3.12+)."""
    iterator = iter(items)
    while page := list(islice(iterator, size)):
        yield page


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
