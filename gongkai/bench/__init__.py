"""`gongkai bench`: each figure measured against a baseline taken in the same run, as JSON (README: Benchmarks)."""
