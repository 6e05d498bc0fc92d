"""``run(settings)``: serve the worker (stream subscriber + HTTP) until SIGTERM/SIGINT; return an exit code.

Exit codes: 0 after a signal-initiated graceful shutdown that committed everything it had read,
1 when startup failed (model, Redis not reachable within ``startup_timeout_s``), 3 after a fatal
condition (group gone, subscriber stopped) so that a supervisor restarts the worker, 4 when the
shutdown grace ran out with entries uncommitted (they stay pending and are reclaimed; the log says
``batch.abandoned``).
"""

import asyncio
import contextlib
import signal
from collections.abc import Iterator

import uvicorn

from service.broker.app import create_app
from service.broker.processor import BatchProcessor
from service.settings import Settings

EXIT_OK = 0
EXIT_STARTUP_FAILED = 1
EXIT_FATAL = 3
EXIT_ABANDONED = 4


class _Server(uvicorn.Server):
    """uvicorn re-raises the captured signal after a graceful stop, killing the process; we return instead."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        handled = (signal.SIGINT, signal.SIGTERM)
        original = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
        try:
            yield
        finally:
            for sig, handler in original.items():
                signal.signal(sig, handler)


def run(settings: Settings, *, processor_class: type[BatchProcessor] = BatchProcessor) -> int:
    """Run the worker until SIGTERM/SIGINT (blocks); returns the process exit code."""
    return asyncio.run(_serve(settings, processor_class))


async def _serve(settings: Settings, processor_class: type[BatchProcessor]) -> int:
    exit_code = EXIT_OK
    server: _Server | None = None

    def on_fatal(reason: str) -> None:
        nonlocal exit_code
        exit_code = EXIT_FATAL
        if server is not None:
            server.should_exit = True

    abandoned = 0

    def on_abandoned(count: int) -> None:
        nonlocal abandoned
        abandoned = count

    app = create_app(settings, on_fatal=on_fatal, processor_class=processor_class, on_abandoned=on_abandoned)
    config = uvicorn.Config(
        app,
        host=settings.http_host,
        port=settings.http_port,
        lifespan="on",
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=1,
    )
    server = _Server(config)
    try:
        await server.serve()
    except SystemExit:  # uvicorn exits this way when the lifespan startup or the port bind fails
        return EXIT_STARTUP_FAILED
    if not server.started:
        return EXIT_STARTUP_FAILED
    if exit_code == EXIT_OK and abandoned:
        return EXIT_ABANDONED
    return exit_code
