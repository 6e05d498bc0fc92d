"""The project's KEDA schema accepts the shipped resources and rejects the usual mistakes.

kubernetes-validate has no schema for KEDA's kinds and passes them with a warning, so
deploy/schemas/keda-v1alpha1.schema.json is their only check; these tests keep it from being
vacuous.
"""

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "deploy" / "schemas" / "keda-v1alpha1.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


def resource(name: str) -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "deploy" / "k8s" / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def errors(document: dict[str, Any]) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(document)]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("name", ["keda-scaledobject.yaml", "keda-triggerauthentication.yaml"])
def test_shipped_keda_resources_validate(name: str) -> None:
    assert errors(resource(name)) == []


def scaled_object_with(change: str) -> dict[str, Any]:
    document = copy.deepcopy(resource("keda-scaledobject.yaml"))
    spec = document["spec"]
    trigger = spec["triggers"][0]["metadata"]
    if change == "misspelt spec field":
        spec["minReplicas"] = spec.pop("minReplicaCount")
    elif change == "misspelt trigger parameter":
        trigger["consumergroup"] = trigger.pop("consumerGroup")
    elif change == "no stream":
        del trigger["stream"]
    elif change == "two scaling modes":
        trigger["pendingEntriesCount"] = "10"
    elif change == "count not a string":
        trigger["lagCount"] = 200
    elif change == "lag without a group":
        del trigger["consumerGroup"]
    elif change == "no redis address":
        del trigger["address"]
    elif change == "no triggers":
        spec["triggers"] = []
    elif change == "wrong api version":
        document["apiVersion"] = "keda.sh/v1"
    return document


@pytest.mark.parametrize(
    "change",
    [
        "misspelt spec field",
        "misspelt trigger parameter",
        "no stream",
        "two scaling modes",
        "count not a string",
        "lag without a group",
        "no redis address",
        "no triggers",
        "wrong api version",
    ],
)
def test_schema_rejects(change: str) -> None:
    assert errors(scaled_object_with(change)) != []


def test_schema_rejects_a_trigger_authentication_without_its_key() -> None:
    document = copy.deepcopy(resource("keda-triggerauthentication.yaml"))
    del document["spec"]["secretTargetRef"][0]["key"]
    assert errors(document) != []
