#!/usr/bin/env bash
# Regenerate docs/asyncapi.yaml (AsyncAPI 3.0) with FastStream from the worker's app
# (service.broker.app.create_app) plus the documentation-only declarations in docs/asyncapi_app.py.
# Default settings only: every ENRICHER_* variable and REDIS_URL are left out, and the consumer
# name, which is <host>-<pid> at run time, is written as that placeholder, so the document does
# not depend on who generates it. tests/unit/test_asyncapi.py fails when the file is stale.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# PYTHONHASHSEED=0: FastStream orders channels by string hashes; a fixed seed keeps diffs small.
env -i PATH="$PATH" HOME="${HOME:-/nonexistent}" PYTHONHASHSEED=0 ENRICHER_CONSUMER='<host>-<pid>' \
  .venv/bin/faststream docs gen --factory --yaml --app-dir docs --out docs/asyncapi.yaml \
  asyncapi_app:documented_app
