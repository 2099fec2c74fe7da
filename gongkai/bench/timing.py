"""Timing loops and the summary statistics every figure is reported with."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100) by the nearest-rank method: always a value that was measured."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(values_ms: Sequence[float]) -> dict:
    """p50/p95/min/max/mean in milliseconds, rounded for the report, and how many samples."""
    return {
        "n": len(values_ms),
        "p50_ms": round(percentile(values_ms, 50), 3),
        "p95_ms": round(percentile(values_ms, 95), 3),
        "min_ms": round(min(values_ms), 3),
        "max_ms": round(max(values_ms), 3),
        "mean_ms": round(sum(values_ms) / len(values_ms), 3),
    }


def time_once_ms(fn: Callable[[], object]) -> tuple[float, object]:
    """Run fn once. The garbage collector stays on: its pauses are part of what a resident waits for."""
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def time_calls_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    return [time_once_ms(fn)[0] for _ in range(repeat)]


def vm_hwm_kb() -> int:
    """Peak resident set size of this process so far, from the kernel."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("VmHWM missing from /proc/self/status")
