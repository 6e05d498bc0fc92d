"""Builders of generated files, each run as ``python -m tools.NAME``; not shipped in the wheel.

The gazetteer and place tables in ``service/data``, the entity gold set in
``tests/data/entities`` and the settings table in the README.
"""
