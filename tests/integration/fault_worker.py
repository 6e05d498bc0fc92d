"""Test-only worker entry point: the production worker with faults injected through a processor subclass.

Run as ``python -m tests.integration.fault_worker`` from the repository root, with the usual
``ENRICHER_*`` settings plus (these never reach the production ``Settings``):

- ``FAULT_DELAY_MS``: pause before each commit, so that a kill or a signal hits a batch in flight;
- ``FAULT_EXIT_AFTER_PUBLISH=1``: write the first batch's events and dedupe records without
  acknowledging the entries, then exit with :data:`FAULT_EXIT_CODE` (a crash between output and
  ack, as a lost script reply followed by a crash would leave it);
- ``FAULT_KILL_ON=<text>``: SIGKILL the process before committing a batch in which an enriched
  entry's ``body`` contains the text (an article that crashes the worker whenever it is enriched).
"""

import asyncio
import os
import signal
import sys

import structlog

from service.broker.codec import event_fields
from service.broker.processor import BatchProcessor, Planned
from service.broker.scripts import Committed
from service.broker.worker import run
from service.logs import configure_logging
from service.schema.events import EnrichedEvent
from service.settings import Settings

FAULT_EXIT_CODE = 86
log = structlog.get_logger("tests.fault_worker")


class FaultyProcessor(BatchProcessor):
    """The production processor with the faults the environment asks for."""

    delay_s = int(os.environ.get("FAULT_DELAY_MS", "0")) / 1000
    exit_after_publish = os.environ.get("FAULT_EXIT_AFTER_PUBLISH") == "1"
    kill_on = os.environ.get("FAULT_KILL_ON", "").encode()

    async def commit(self, plans: list[Planned]) -> list[Committed | Exception]:
        """Pause, or publish without the ack and exit, as configured; else commit normally."""
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.kill_on and any(self._kills(plan) for plan in plans):
            log.warning("fault.kill_on", entries=[plan.entry.entry_id for plan in plans])
            sys.stderr.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        if self.exit_after_publish:
            await self._publish_without_ack(plans)
            log.warning("fault.exit_after_publish", entries=len(plans))
            sys.stderr.flush()
            os._exit(FAULT_EXIT_CODE)
        return await super().commit(plans)

    def _kills(self, plan: Planned) -> bool:
        """The entry was enriched (not dead-lettered unread) and carries the kill marker."""
        enriched = isinstance(plan.result, EnrichedEvent)
        return enriched and self.kill_on in plan.entry.fields.get(b"body", b"")

    async def _publish_without_ack(self, plans: list[Planned]) -> None:
        s = self.settings
        async with self.client.pipeline(transaction=True) as pipe:
            for plan in plans:
                if isinstance(plan.result, EnrichedEvent):
                    pipe.xadd(s.output_stream, event_fields(plan.result))  # type: ignore[arg-type]
                    key = self.scripts.dedupe_key(plan.result.event_id)
                    pipe.set(key, "written-by-fault-hook", ex=s.dedupe_ttl_s)
            await pipe.execute()


def main() -> int:
    """Run the worker with :class:`FaultyProcessor`."""
    settings = Settings()
    configure_logging(settings.log_level, settings.log_format)
    return run(settings, processor_class=FaultyProcessor)


if __name__ == "__main__":
    sys.exit(main())
