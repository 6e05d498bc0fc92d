"""``python -m service.broker``: run the worker with settings from the environment."""

import sys

from pydantic import ValidationError

from service.broker.worker import EXIT_STARTUP_FAILED, run
from service.logs import configure_logging
from service.redaction import guard_process_output
from service.settings import Settings


def main() -> int:
    """Configure logging, run the worker, return its exit code."""
    guard_process_output()
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"article-enricher worker: invalid settings: {exc}", file=sys.stderr)
        return EXIT_STARTUP_FAILED
    configure_logging(settings.log_level, settings.log_format)
    return run(settings)


if __name__ == "__main__":
    sys.exit(main())
