"""The README's settings table is the one ``tools/settings_table.py`` generates from ``Settings``."""

import pytest

from service.settings import Settings
from tools.settings_table import README, START, render, with_table


def test_readme_settings_table_matches_settings() -> None:
    readme = README.read_text(encoding="utf-8")
    assert with_table(readme) == readme, "README settings table is stale: run python -m tools.settings_table"


def test_table_has_one_row_per_setting_with_its_variable() -> None:
    rows = render().splitlines()[2:]
    assert len(rows) == len(Settings.model_fields)
    for row, name in zip(rows, Settings.model_fields, strict=True):
        assert f"ENRICHER_{name.upper()}" in row


def test_a_readme_without_markers_is_an_error() -> None:
    with pytest.raises(ValueError, match="settings-table"):
        with_table("# no table here\n")
    assert START in with_table(f"x\n{START}\nold\n<!-- settings-table:end -->\ny\n")


def test_a_secret_default_is_shown_in_clear() -> None:
    assert "`redis://localhost:6379/0`" in render()
    assert "*****" not in render()
