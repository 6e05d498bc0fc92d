"""Fixtures for the tests that need no model: the shipped tables, loaded once per session."""

import pytest

from service.enrich.regions.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    return Gazetteer.load()
