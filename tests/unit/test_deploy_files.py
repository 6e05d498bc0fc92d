"""The compose file and Kubernetes manifests agree with the service and with each other.

Drift between deploy/ and the code (a renamed setting, another port, a probe path, a grace period
the orchestrator would cut short) fails here instead of in a cluster.
"""

from pathlib import Path
from typing import Any

import pytest
import yaml

from service import constants
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_DIR = ROOT / "deploy" / "compose"
K8S_DIR = ROOT / "deploy" / "k8s"
ENV_PREFIX = "ENRICHER_"
LIVENESS_PATH = "/healthz"
READINESS_PATH = "/readyz"
METRICS_PATH = "/metrics"


def load_yaml(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path} is not one YAML mapping"
    return data


def k8s(name: str) -> dict[str, Any]:
    return load_yaml(K8S_DIR / name)


def compose_service(name: str) -> dict[str, Any]:
    service: dict[str, Any] = load_yaml(COMPOSE_DIR / "compose.yaml")["services"][name]
    return service


def worker_container() -> dict[str, Any]:
    containers = k8s("deployment.yaml")["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    container: dict[str, Any] = containers[0]
    return container


def env_sets() -> dict[str, dict[str, str]]:
    """Every place deploy/ sets worker environment variables, by name."""
    return {
        "compose worker": {k: str(v) for k, v in compose_service("worker")["environment"].items()},
        "k8s configmap": {k: str(v) for k, v in k8s("configmap.yaml")["data"].items()},
    }


def seconds(duration: str) -> float:
    """Compose durations as used here: ``30s``, ``1m30s``."""
    total, number = 0.0, ""
    for char in duration:
        if char.isdigit() or char == ".":
            number += char
            continue
        total += float(number) * {"s": 1, "m": 60, "h": 3600}[char]
        number = ""
    assert not number, f"duration {duration!r} lacks a unit"
    return total


def setting_name(env_name: str) -> str:
    assert env_name.startswith(ENV_PREFIX), env_name
    return env_name.removeprefix(ENV_PREFIX).lower()


@pytest.mark.parametrize("where", ["compose worker", "k8s configmap"])
def test_every_enricher_variable_names_a_settings_field(where: str) -> None:
    """Settings refuses unknown ENRICHER_* variables, so a typo here would stop every replica at start."""
    names = [name for name in env_sets()[where] if name.startswith(ENV_PREFIX)]
    assert names
    unknown = sorted(name for name in names if setting_name(name) not in Settings.model_fields)
    assert unknown == [], f"{where} sets variables that no Settings field reads: {unknown}"


@pytest.mark.parametrize("where", ["compose worker", "k8s configmap"])
def test_settings_accept_the_deployed_values(where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The values as deployed parse (types, ranges, literals) and reach the fields they name."""
    env = env_sets()[where]
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings = Settings()
    for name, value in env.items():
        if name.startswith(ENV_PREFIX):
            parsed = getattr(settings, setting_name(name))
            assert not isinstance(parsed, bool), "compare booleans explicitly"
            assert parsed == type(parsed)(value), name


def test_only_known_variables_are_set() -> None:
    for where, env in env_sets().items():
        stray = sorted(name for name in env if not name.startswith(ENV_PREFIX) and name != "REDIS_URL")
        assert stray == [], f"{where}: {stray}"


def test_streams_and_group_are_the_service_defaults() -> None:
    """Producers and consumers outside this repo use the documented default names."""
    expected = {
        "ENRICHER_INPUT_STREAM": constants.DEFAULT_INPUT_STREAM,
        "ENRICHER_OUTPUT_STREAM": constants.DEFAULT_OUTPUT_STREAM,
        "ENRICHER_DEAD_LETTER_STREAM": constants.DEFAULT_DEAD_LETTER_STREAM,
        "ENRICHER_GROUP": constants.DEFAULT_GROUP,
    }
    for where, env in env_sets().items():
        assert {name: env.get(name) for name in expected} == expected, where


def test_redis_url_reaches_the_worker_in_both_deployments() -> None:
    assert compose_service("worker")["environment"]["REDIS_URL"].startswith("redis://redis:6379")
    secret = k8s("secret.yaml")
    env = {item["name"]: item for item in worker_container()["env"]}
    ref = env["REDIS_URL"]["valueFrom"]["secretKeyRef"]
    assert ref["name"] == secret["metadata"]["name"]
    assert ref["key"] in secret["stringData"]
    assert secret["stringData"][ref["key"]].startswith("redis://")


def test_http_port_is_one_number_everywhere() -> None:
    port = Settings.model_fields["http_port"].default
    assert isinstance(port, int)
    for where, env in env_sets().items():
        assert int(env["ENRICHER_HTTP_PORT"]) == port, where
    (container_port,) = worker_container()["ports"]
    assert container_port["containerPort"] == port
    service_port = k8s("service.yaml")["spec"]["ports"][0]
    assert service_port["port"] == port
    assert service_port["targetPort"] == container_port["name"]
    assert k8s("service.yaml")["metadata"]["annotations"]["prometheus.io/port"] == str(port)
    scrape = load_yaml(COMPOSE_DIR / "prometheus.yml")["scrape_configs"][0]
    assert scrape["dns_sd_configs"][0]["port"] == port


def test_probes_ask_the_service_endpoints() -> None:
    container = worker_container()
    assert container["livenessProbe"]["httpGet"]["path"] == LIVENESS_PATH
    assert container["startupProbe"]["httpGet"]["path"] == LIVENESS_PATH
    assert container["readinessProbe"]["httpGet"]["path"] == READINESS_PATH
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        assert container[probe]["httpGet"]["port"] == container["ports"][0]["name"]
    compose_probe = " ".join(compose_service("worker")["healthcheck"]["test"])
    assert READINESS_PATH in compose_probe
    assert "ENRICHER_HTTP_PORT" in compose_probe


def test_metrics_are_scraped_at_the_metrics_path() -> None:
    scrape = load_yaml(COMPOSE_DIR / "prometheus.yml")["scrape_configs"][0]
    assert scrape["metrics_path"] == METRICS_PATH
    assert scrape["dns_sd_configs"][0]["names"] == ["worker"]
    assert k8s("service.yaml")["metadata"]["annotations"]["prometheus.io/path"] == METRICS_PATH


def test_orchestrators_wait_longer_than_the_graceful_shutdown() -> None:
    """SIGKILL must not arrive while the worker is still finishing its batch."""
    default_grace = Settings.model_fields["shutdown_grace_s"].default
    assert isinstance(default_grace, int | float)
    configmap_grace = float(env_sets()["k8s configmap"]["ENRICHER_SHUTDOWN_GRACE_S"])
    compose_grace = float(env_sets()["compose worker"]["ENRICHER_SHUTDOWN_GRACE_S"])
    assert configmap_grace == compose_grace == default_grace
    pod = k8s("deployment.yaml")["spec"]["template"]["spec"]
    assert pod["terminationGracePeriodSeconds"] >= configmap_grace + 5
    worker = compose_service("worker")
    assert seconds(worker["stop_grace_period"]) >= compose_grace + 5
    assert worker["stop_signal"] == "SIGTERM"


def test_memory_is_requested_and_bounded() -> None:
    resources = worker_container()["resources"]
    units = {"Mi": 1, "Gi": 1024}

    def mebibytes(quantity: str) -> int:
        return int(quantity[:-2]) * units[quantity[-2:]]

    request = mebibytes(resources["requests"]["memory"])
    limit = mebibytes(resources["limits"]["memory"])
    assert 512 <= request < limit


def test_selectors_match_the_pods() -> None:
    deployment = k8s("deployment.yaml")
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    selectors = {
        "deployment": deployment["spec"]["selector"]["matchLabels"],
        "pdb": k8s("poddisruptionbudget.yaml")["spec"]["selector"]["matchLabels"],
        "service": k8s("service.yaml")["spec"]["selector"],
    }
    for where, selector in selectors.items():
        assert selector.items() <= pod_labels.items(), where
    assert (
        deployment["spec"]["template"]["spec"]["containers"][0]["envFrom"][0]["configMapRef"]["name"]
        == (k8s("configmap.yaml")["metadata"]["name"])
    )


def test_keda_scales_this_deployment_on_its_stream_and_group() -> None:
    scaled = k8s("keda-scaledobject.yaml")
    assert scaled["spec"]["scaleTargetRef"]["name"] == k8s("deployment.yaml")["metadata"]["name"]
    assert scaled["spec"]["minReplicaCount"] >= 1, "a live replica reclaims entries of dead ones"
    configmap = env_sets()["k8s configmap"]
    triggers = scaled["spec"]["triggers"]
    assert {trigger["name"] for trigger in triggers} == {"lag", "pending"}
    for trigger in triggers:
        assert trigger["type"] == "redis-streams"
        assert trigger["metadata"]["stream"] == configmap["ENRICHER_INPUT_STREAM"]
        assert trigger["metadata"]["consumerGroup"] == configmap["ENRICHER_GROUP"]
    pending = next(t for t in triggers if t["name"] == "pending")
    assert int(pending["metadata"]["pendingEntriesCount"]) >= int(configmap["ENRICHER_BATCH_SIZE"])


def test_keda_authenticates_with_the_deployed_secret() -> None:
    auth = k8s("keda-triggerauthentication.yaml")
    secret = k8s("secret.yaml")
    for trigger in k8s("keda-scaledobject.yaml")["spec"]["triggers"]:
        assert trigger["authenticationRef"]["name"] == auth["metadata"]["name"]
    for ref in auth["spec"]["secretTargetRef"]:
        assert ref["name"] == secret["metadata"]["name"]
        assert ref["key"] in secret["stringData"]


def test_kustomization_lists_every_manifest() -> None:
    listed = k8s("kustomization.yaml")["resources"]
    present = sorted(path.name for path in K8S_DIR.glob("*.yaml") if path.name != "kustomization.yaml")
    assert sorted(listed) == present
    image = k8s("kustomization.yaml")["images"][0]
    assert worker_container()["image"] == f"{image['name']}:{image['newTag']}"


def test_redis_keeps_an_append_only_file_and_never_evicts() -> None:
    command = compose_service("redis")["command"]
    options = dict(zip(command[1::2], command[2::2], strict=True))
    assert options["--appendonly"] == "yes"
    assert options["--appendfsync"] in {"everysec", "always"}
    assert options["--maxmemory-policy"] == "noeviction"


def test_compose_builds_the_repository_image() -> None:
    worker = compose_service("worker")
    context = (COMPOSE_DIR / worker["build"]["context"]).resolve()
    assert (context / worker["build"]["dockerfile"]).is_file()
    assert context == ROOT
    assert worker["image"] == worker_container()["image"]
