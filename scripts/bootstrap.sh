#!/usr/bin/env bash
# Create or refresh .venv from uv.lock (reproducible: --frozen refuses a stale lock).
# --compile-bytecode writes the .pyc files at install time: where PYTHONDONTWRITEBYTECODE is set
# (this machine, many CI runners) every process would otherwise compile spaCy and its imports from
# source again, about 2 s more for each CLI call, worker start and test subprocess.
# Usage: scripts/bootstrap.sh [extra uv sync args]
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
if ! command -v uv >/dev/null 2>&1 || [ "$(uv --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  python3 -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION" >&2
fi
uv sync --frozen --compile-bytecode "$@" >&2
