"""Scoring the service on labelled text: the dev sets in ``../shared/dev`` and the team's own sets.

``python -m evaluation [geo|ner|quantities|all]`` enriches the dev sets through the public
pipeline and prints the official scorer's tables; ``python -m evaluation own`` scores the
labelled sets in ``tests/data``. Not part of the service wheel.
"""
