"""A password given in the Redis URL never reaches stdout, stderr or the logs, on any path.

Each case runs the real command as a subprocess with a URL whose password is unique to the test,
and makes it fail (or succeed) the way an operator would meet it: Redis unreachable, a wrong
password, a malformed URL. The output must show the masked form and never the password.
"""

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import RedisServer, free_port
from harness import REPO

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]


def _password() -> str:
    return f"Pw-{uuid.uuid4().hex[:16]}"


def _run(args: list[str], env: dict[str, str], timeout: float = 90) -> subprocess.CompletedProcess[str]:
    base = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "ENRICHER_LOG_FORMAT": "json"}
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _assert_masked(result: subprocess.CompletedProcess[str], password: str, *, shown: bool = True) -> None:
    output = result.stdout + result.stderr
    assert password not in output, output[-2000:]
    if shown:
        assert "***" in output, output[-2000:]


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text("Harbour reopens\nThe harbour in Gdansk reopened on Tuesday, port officials said.\n")
    return path


def test_publish_to_an_unreachable_redis_masks_the_password(article_file: Path) -> None:
    password = _password()
    url = f"redis://enricher:{password}@127.0.0.1:{free_port()}/0"
    result = _run(["-m", "service.cli", "publish", str(article_file)], {"REDIS_URL": url})
    assert result.returncode == 3
    assert "cannot use Redis at redis://enricher:***@127.0.0.1" in result.stderr
    _assert_masked(result, password)


def test_demo_with_an_unreachable_redis_masks_the_password() -> None:
    password = _password()
    url = f"redis://:{password}@127.0.0.1:{free_port()}/0"
    result = _run(["-m", "service.cli", "demo", "--timeout", "5"], {"REDIS_URL": url})
    assert result.returncode == 3
    _assert_masked(result, password)


def test_a_malformed_url_is_reported_masked(article_file: Path) -> None:
    password = _password()
    url = f"redis+sentinel://enricher:{password}@127.0.0.1:notaport/main"
    result = _run(["-m", "service.cli", "publish", str(article_file)], {"REDIS_URL": url})
    assert result.returncode == 2
    _assert_masked(result, password)


def test_enrich_never_prints_the_password(article_file: Path) -> None:
    password = _password()
    result = _run(
        ["-m", "service.cli", "enrich", str(article_file)], {"REDIS_URL": f"redis://:{password}@h/0"}
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert '"article"' in result.stdout
    _assert_masked(result, password, shown=False)


@pytest.mark.slow
def test_worker_startup_failures_mask_the_password(tmp_path: Path) -> None:
    """Unreachable Redis, a wrong password (with a traceback) and a malformed URL: all masked."""
    server = RedisServer(tmp_path, extra_args=["--requirepass", _password()])
    server.start()
    try:
        cases = {
            "unreachable": f"redis://u:{{pw}}@127.0.0.1:{free_port()}/0",
            "wrong password": f"redis://:{{pw}}@127.0.0.1:{server.port}/0",
            "malformed": "redis+sentinel://u:{pw}@127.0.0.1/",
        }
        for case, template in cases.items():
            password = _password()
            env = {
                "REDIS_URL": template.format(pw=password),
                "ENRICHER_STARTUP_TIMEOUT_S": "1",
                "ENRICHER_HTTP_PORT": str(free_port()),
            }
            result = _run(["-m", "service.broker"], env)
            assert result.returncode != 0, case
            assert password not in result.stdout + result.stderr, f"{case}:\n{result.stderr[-2000:]}"
    finally:
        server.stop()
