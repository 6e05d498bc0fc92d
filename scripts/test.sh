#!/usr/bin/env bash
# Set up the environment, then run lint, types and the whole test suite.
# Redis for the integration tests: REDIS_URL, else a redis-server from PATH on a free port,
# else testcontainers. With CI set, a missing Redis fails the run instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --all-groups
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest "$@"
