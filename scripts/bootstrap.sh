#!/usr/bin/env bash
# Create or refresh .venv from uv.lock (reproducible: --frozen refuses a stale lock).
# Usage: scripts/bootstrap.sh [extra uv sync args]
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
if ! command -v uv >/dev/null 2>&1 || [ "$(uv --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  python3 -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION" >&2
fi
uv sync --frozen "$@" >&2
