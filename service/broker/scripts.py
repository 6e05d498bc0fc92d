"""Lua scripts that make publish + ack + dedupe one atomic step on the Redis holding all three streams.

Each script first acknowledges the input entry. ``XACK`` answering 0 means the entry is no longer
pending (another consumer that reclaimed it already committed it), so nothing is written: a
redelivered entry can never yield a second output or dead-letter entry. The publish script also
keeps a dedupe record ``<prefix><event_id>`` (value: the output entry id, expiry: the dedupe TTL),
so that the same article sent again within the TTL yields no second event. A script runs whole or
not at all, so no crash can separate the output, the record and the ack.
"""

import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from service.settings import Settings

# xadd(key, kind, threshold, first): XADD key [kind ~ threshold] * ARGV[first], ARGV[first + 1], ...
_XADD_LUA = """
local function xadd(key, kind, threshold, first)
  local args = {'XADD', key}
  if kind ~= '' then
    table.insert(args, kind); table.insert(args, '~'); table.insert(args, threshold)
  end
  table.insert(args, '*')
  for i = first, #ARGV do table.insert(args, ARGV[i]) end
  return redis.call(unpack(args))
end
"""

# KEYS: input stream, output stream, dedupe key.
# ARGV: group, entry id, dedupe ttl (s), trim kind ("", "MAXLEN", "MINID"), trim threshold,
#       then field, value, field, value, ...
PUBLISH_LUA = (
    _XADD_LUA
    + """
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return {'stale', ''}
end
if redis.call('EXISTS', KEYS[3]) == 1 then
  return {'duplicate', redis.call('GET', KEYS[3])}
end
local id = xadd(KEYS[2], ARGV[4], ARGV[5], 6)
redis.call('SET', KEYS[3], id, 'EX', tonumber(ARGV[3]))
return {'published', id}
"""
)

# KEYS: input stream, dead-letter stream.
# ARGV: group, entry id, trim kind, trim threshold, then field, value, ...
DEAD_LETTER_LUA = (
    _XADD_LUA
    + """
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return {'stale', ''}
end
return {'dead_lettered', xadd(KEYS[2], ARGV[3], ARGV[4], 5)}
"""
)


class Outcome(StrEnum):
    """What a commit script did."""

    PUBLISHED = "published"
    DUPLICATE = "duplicate"
    DEAD_LETTERED = "dead_lettered"
    STALE = "stale"


@dataclass(frozen=True, slots=True)
class Committed:
    """A commit script's answer: the outcome and the id of the entry written (or of the earlier one)."""

    outcome: Outcome
    entry_id: str

    @classmethod
    def of(cls, reply: Sequence[bytes | str]) -> "Committed":
        """Parse ``{outcome, id}`` as redis-py returns it."""
        outcome, entry_id = (part.decode() if isinstance(part, bytes) else str(part) for part in reply)
        return cls(Outcome(outcome), entry_id)


def trim_args(settings: Settings, *, now: float | None = None) -> tuple[str, str]:
    """``(kind, threshold)`` for XADD on the output and dead-letter streams; ``("", "")`` for none."""
    if settings.trim_strategy == "maxlen":
        return "MAXLEN", str(settings.trim_maxlen)
    if settings.trim_strategy == "minid":
        oldest_ms = int(((now if now is not None else time.time()) - settings.trim_retention_s) * 1000)
        return "MINID", f"{max(oldest_ms, 0)}-0"
    return "", ""


class CommitScripts:
    """The two scripts, registered on one client and queued on its pipelines."""

    def __init__(self, client: Redis, settings: Settings) -> None:
        self.settings = settings
        self._publish = client.register_script(PUBLISH_LUA)
        self._dead_letter = client.register_script(DEAD_LETTER_LUA)

    def dedupe_key(self, event_id: str) -> str:
        """The dedupe record's key for an event."""
        return f"{self.settings.dedupe_prefix}{event_id}"

    async def queue_publish(
        self,
        pipe: Pipeline,
        entry_id: str,
        event_id: str,
        fields: dict[str, str],
    ) -> None:
        """Queue the publish script for one event on ``pipe``."""
        s = self.settings
        flat: list[str] = [item for pair in fields.items() for item in pair]
        await self._publish(
            keys=[s.input_stream, s.output_stream, self.dedupe_key(event_id)],
            args=[s.group, entry_id, s.dedupe_ttl_s, *trim_args(s), *flat],
            client=pipe,
        )

    async def queue_dead_letter(self, pipe: Pipeline, entry_id: str, fields: list[bytes]) -> None:
        """Queue the dead-letter script for one entry on ``pipe``."""
        s = self.settings
        await self._dead_letter(
            keys=[s.input_stream, s.dead_letter_stream],
            args=[s.group, entry_id, *trim_args(s), *fields],
            client=pipe,
        )
