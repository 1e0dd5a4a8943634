"""Benchmarks: each module prints one JSON document with values, targets and ratios."""
