"""Pure tests (a package, so that its conftest and tests/conftest.py are distinct modules for mypy)."""
