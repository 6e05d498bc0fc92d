"""Fixtures for the tests that need no model: the shipped tables, loaded once per session."""

import pytest

from service.enrich.entities.aliases import AliasTable
from service.enrich.entities.words import EntityWords
from service.enrich.regions.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    return Gazetteer.load()


@pytest.fixture(scope="session")
def words() -> EntityWords:
    """The entity step's word lists, loaded once."""
    return EntityWords.load()


@pytest.fixture(scope="session")
def aliases() -> AliasTable:
    """The entity step's alias table, loaded once."""
    return AliasTable.load()
