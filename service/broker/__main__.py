"""``python -m service.broker``: run the worker with settings from the environment."""

import sys

from service.broker.worker import run
from service.logs import configure_logging
from service.redaction import guard_process_output
from service.settings import Settings


def main() -> int:
    """Configure logging, run the worker, return its exit code."""
    guard_process_output()
    settings = Settings()
    configure_logging(settings.log_level, settings.log_format)
    return run(settings)


if __name__ == "__main__":
    sys.exit(main())
