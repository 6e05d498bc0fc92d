"""Lua scripts that make an entry's commit all-or-nothing on the Redis holding the streams.

Redis does not undo a script's earlier writes when a later command in it fails, so the commit
script does **every check that can fail before its first write** and acknowledges **last**:

1. checks (no write): the user may run every write command it will need
   (``redis.acl_check_cmd``); each key holds the type it should (``TYPE``); the entry is still
   pending in the group (``XPENDING`` for its id; if not, another consumer committed it: answer
   ``stale`` and write nothing); the dedupe record; the watermark and the trim threshold.
   A failed check answers ``blocked`` with the reason and writes nothing, so the entry stays
   pending and is retried;
2. writes: ``XADD`` the event or dead letter (unless the dedupe record says it was written
   before: ``duplicate``), set the dedupe record, trim the target stream, write the watermark;
3. ``XACK`` the input entry, last.

Dead letters are deduplicated like events: their dedupe id is the input stream, the entry id and
the error code. The watermark (a hash per input stream and group) records, after every commit,
the first entry that may not be committed yet (``pending``) and the group's last delivered id
(``delivered``), so that a group that has to be recreated starts there and replays nothing that
was committed (:func:`service.broker.group.ensure_group`).

Trimming (output and dead-letter streams only, never the input) never passes the slowest consumer
group registered on the stream (its first pending id, else its last delivered id), and the
``minid`` cut-off is computed from Redis's clock (``TIME``). Only ``trim_ceiling`` entries force a
trim past a stalled group (answered as ``forced``; when a group held trimming back: ``held``).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from service.settings import Settings

# "#!lua" without the allow-oom flag: at maxmemory Redis (>= 7.0) refuses the whole script before
# it runs, rather than letting a script that has begun writing go on past the limit. Stream ids
# compare as (milliseconds, sequence); ids from XPENDING/XINFO are always well formed.
_HELPERS_LUA = """#!lua
local function id_parts(id)
  local ms, seq = string.match(id, '^(%d+)-(%d+)$')
  return tonumber(ms), tonumber(seq)
end
local function id_less(a, b)
  local am, as = id_parts(a)
  local bm, bs = id_parts(b)
  if am ~= bm then return am < bm end
  return as < bs
end
local function field(reply, name)
  for i = 1, #reply, 2 do
    if reply[i] == name then return reply[i + 1] end
  end
  return nil
end
local function key_type(key)
  return redis.call('TYPE', key)['ok']
end
local function group_info(stream, name)
  for _, g in ipairs(redis.call('XINFO', 'GROUPS', stream)) do
    if field(g, 'name') == name then return g end
  end
  return nil
end
-- The lowest id some consumer group of `stream` may still need (nil: no group): its first
-- pending entry, else the entry after its last delivered one.
local function consumers_floor(stream)
  local floor = nil
  for _, g in ipairs(redis.call('XINFO', 'GROUPS', stream)) do
    local ms, seq = id_parts(field(g, 'last-delivered-id'))
    local need = string.format('%.0f-%.0f', ms, seq + 1)
    if tonumber(field(g, 'pending')) > 0 then
      need = redis.call('XPENDING', stream, field(g, 'name'), '-', '+', 1)[1][1]
    end
    if floor == nil or id_less(need, floor) then floor = need end
  end
  return floor
end
-- The id of the entry after the first `count` (nil when the stream is not that long).
local function id_after(stream, count)
  local rows = redis.call('XRANGE', stream, '-', '+', 'COUNT', count + 1)
  if #rows <= count then return nil end
  return rows[#rows][1]
end
-- MINID threshold for `stream` and why: '' (plain), 'held' (a group needs older entries),
-- 'forced' (the ceiling trims past a group).
local function trim_threshold(stream, kind, amount, ceiling)
  if kind == '' or key_type(stream) ~= 'stream' then return nil, '' end
  local length = redis.call('XLEN', stream)
  local wanted = nil
  if kind == 'MINID' then
    local now = redis.call('TIME')
    local cutoff = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) - tonumber(amount)
    if cutoff > 0 then wanted = string.format('%.0f-0', cutoff) end
  elseif kind == 'MAXLEN' then
    local excess = length - tonumber(amount)
    if excess >= 100 then wanted = id_after(stream, math.min(excess, 1000)) end
  end
  local reason = ''
  local floor = consumers_floor(stream)
  if wanted ~= nil and floor ~= nil and id_less(floor, wanted) then
    -- 'held' only when some entry the retention would drop is kept for that group
    if #redis.call('XRANGE', stream, floor, '(' .. wanted, 'COUNT', 1) > 0 then reason = 'held' end
    wanted = floor
  end
  if ceiling > 0 and length > ceiling then
    local forced = id_after(stream, math.min(length - ceiling, 1000))
    if forced ~= nil and (wanted == nil or id_less(wanted, forced)) then
      wanted = forced
      if floor ~= nil and id_less(floor, forced) then reason = 'forced' end
    end
  end
  return wanted, reason
end
"""

# KEYS: input stream, target stream (output or dead-letter), dedupe key, watermark key.
# ARGV: group, entry id, dedupe ttl (s), outcome when written ("published"/"dead_lettered"),
#       trim kind ("", "MINID", "MAXLEN"), trim amount (retention ms / entries), ceiling (entries,
#       0 = none), then field, value, field, value, ...
# Reply: {outcome, written or earlier id, trim reason}.
COMMIT_LUA = (
    _HELPERS_LUA
    + """
local input, target, dedupe, watermark = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local group, id = ARGV[1], ARGV[2]
local writes = {
  {'XADD', target, '*', 'f', 'v'}, {'XTRIM', target, 'MINID', '0'}, {'SET', dedupe, 'v'},
  {'HSET', watermark, 'f', 'v'}, {'XACK', input, group, id},
}
for _, command in ipairs(writes) do
  if not redis.acl_check_cmd(unpack(command)) then
    return {'blocked', 'NOPERM: this user may not run ' .. command[1] .. ' on ' .. command[2], ''}
  end
end
local types = {{input, 'stream'}, {target, 'stream'}, {dedupe, 'string'}, {watermark, 'hash'}}
for i, pair in ipairs(types) do
  local found = key_type(pair[1])
  if found ~= pair[2] and not (found == 'none' and i > 1) then
    return {'blocked', 'WRONGTYPE: ' .. pair[1] .. ' holds ' .. found .. ', not ' .. pair[2], ''}
  end
end
if #redis.call('XPENDING', input, group, id, id, 1) == 0 then
  return {'stale', '', ''}
end
local earlier = redis.call('GET', dedupe)
local next_pending = ''
for _, row in ipairs(redis.call('XPENDING', input, group, '-', '+', 2)) do
  if row[1] ~= id then next_pending = row[1]; break end
end
local delivered = field(group_info(input, group), 'last-delivered-id')
local threshold, trim = nil, ''
if not earlier then
  threshold, trim = trim_threshold(target, ARGV[5], ARGV[6], tonumber(ARGV[7]))
end
-- Writes: nothing above wrote anything.
local outcome, written = 'duplicate', earlier
if not earlier then
  local args = {'XADD', target, '*'}
  for i = 8, #ARGV do args[#args + 1] = ARGV[i] end
  written = redis.call(unpack(args))
  redis.call('SET', dedupe, written, 'EX', tonumber(ARGV[3]))
  if threshold ~= nil then redis.call('XTRIM', target, 'MINID', threshold) end
  outcome = ARGV[4]
end
redis.call('HSET', watermark, 'pending', next_pending, 'delivered', delivered)
redis.call('XACK', input, group, id)
return {outcome, written, trim}
"""
)

# KEYS: input stream. ARGV: group, consumer, minimum idle (ms).
# Deletes the consumer only if, at this instant, it has nothing pending and has idled long enough.
PRUNE_CONSUMER_LUA = (
    _HELPERS_LUA
    + """
for _, c in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
  if field(c, 'name') == ARGV[2] then
    if tonumber(field(c, 'pending')) == 0 and tonumber(field(c, 'idle')) >= tonumber(ARGV[3]) then
      redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], ARGV[2])
      return 1
    end
    return 0
  end
end
return 0
"""
)


class Outcome(StrEnum):
    """What a commit script did."""

    PUBLISHED = "published"
    DUPLICATE = "duplicate"
    DEAD_LETTERED = "dead_lettered"
    STALE = "stale"
    #: A check failed (permission, key type): nothing written, the entry stays pending.
    BLOCKED = "blocked"


class TrimNote(StrEnum):
    """What trimming did beside the commit."""

    NONE = ""
    #: A downstream consumer group still needs entries the retention would have trimmed.
    HELD = "held"
    #: ``trim_ceiling`` trimmed entries a downstream group had not read.
    FORCED = "forced"


@dataclass(frozen=True, slots=True)
class Committed:
    """A commit script's answer: the outcome, the id written (or the earlier one; the reason when blocked)."""

    outcome: Outcome
    entry_id: str
    trim: TrimNote = TrimNote.NONE

    @classmethod
    def of(cls, reply: Sequence[bytes | str]) -> "Committed":
        """Parse ``{outcome, id[, trim]}`` as redis-py returns it."""
        parts = [part.decode() if isinstance(part, bytes) else str(part) for part in reply]
        outcome, entry_id, *rest = parts
        return cls(Outcome(outcome), entry_id, TrimNote(rest[0]) if rest else TrimNote.NONE)


def trim_args(settings: Settings) -> tuple[str, str, str]:
    """``(kind, amount, ceiling)`` for the commit script.

    Kind ``MINID`` (amount: retention in ms, cut-off from Redis's clock), ``MAXLEN`` (amount:
    entries) or ``""`` (no trimming); ceiling in entries (0: none).
    """
    ceiling = str(settings.trim_ceiling)
    if settings.trim_strategy == "maxlen":
        return "MAXLEN", str(settings.trim_maxlen), ceiling
    if settings.trim_strategy == "minid":
        return "MINID", str(settings.trim_retention_s * 1000), ceiling
    return "", "0", ceiling


def watermark_key(settings: Settings) -> str:
    """The hash holding the group's watermark (same hash tag as the input stream, if it has one)."""
    return f"{settings.input_stream}:watermark:{settings.group}"


class CommitScripts:
    """The scripts, registered on one client and queued on its pipelines."""

    def __init__(self, client: Redis, settings: Settings) -> None:
        self.settings = settings
        self._commit = client.register_script(COMMIT_LUA)
        self.prune_consumer = client.register_script(PRUNE_CONSUMER_LUA)

    def dedupe_key(self, event_id: str) -> str:
        """The dedupe record's key for an event."""
        return f"{self.settings.dedupe_prefix}{event_id}"

    def dead_letter_key(self, entry_id: str, code: str) -> str:
        """The dedupe record's key for a dead letter: one per input entry and error code."""
        s = self.settings
        return f"{s.dedupe_prefix}dead:{s.input_stream}:{entry_id}:{code}"

    async def queue_publish(
        self, pipe: Pipeline | Redis, entry_id: str, event_id: str, fields: dict[str, str]
    ) -> Any:
        """Queue the commit of one event on ``pipe`` (or run it, on a client: its reply)."""
        flat: list[str | bytes] = [item for pair in fields.items() for item in pair]
        return await self._queue(
            pipe, entry_id, self.settings.output_stream, self.dedupe_key(event_id), "published", flat
        )

    async def queue_dead_letter(
        self, pipe: Pipeline | Redis, entry_id: str, code: str, fields: list[bytes]
    ) -> Any:
        """Queue the commit of one dead letter on ``pipe`` (or run it, on a client: its reply)."""
        s = self.settings
        key = self.dead_letter_key(entry_id, code)
        return await self._queue(pipe, entry_id, s.dead_letter_stream, key, "dead_lettered", list(fields))

    async def _queue(
        self,
        pipe: Pipeline | Redis,
        entry_id: str,
        target: str,
        dedupe: str,
        outcome: str,
        flat: list[str | bytes],
    ) -> Any:
        s = self.settings
        return await self._commit(
            keys=[s.input_stream, target, dedupe, watermark_key(s)],
            args=[s.group, entry_id, s.dedupe_ttl_s, outcome, *trim_args(s), *flat],
            client=pipe,
        )
