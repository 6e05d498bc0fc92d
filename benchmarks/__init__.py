"""Throughput and cost benchmarks, run as ``python -m benchmarks.NAME``; results in ``results.md``.

Not shipped in the service wheel. The full throughput run takes minutes of a quiet machine.
"""
