"""Scorers of the project's own labelled sets in ``tests/data`` (entities, facts, regions)."""
