"""Tests that run the spaCy model (a package, so that its conftest is a module of its own for mypy)."""
