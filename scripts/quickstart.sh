#!/usr/bin/env bash
# Set up, then run the worker on the bundled example articles against a local Redis and print
# the enriched events. Redis: REDIS_URL, else localhost:6379, else a throwaway redis-server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --no-default-groups --inexact
exec .venv/bin/article-enricher demo --pretty "$@"
