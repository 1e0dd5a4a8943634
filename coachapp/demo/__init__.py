"""Clearly fake but realistic demo data, for `make run`, screenshots and benchmarks."""
