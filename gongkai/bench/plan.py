"""What a bench run measures and how hard: the plan, one measurement, and a measurement whose code is missing."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class BenchPlan:
    scale: int
    quick: bool
    search_repeat: int  # rounds over every query
    search_per_class: int | None  # None: every query of each class
    page_repeat: int  # walks through the biggest payout list
    receipt_repeat: int  # warm receipts after the first
    sync_repeat: int  # applies and baselines, interleaved; the best of each counts
    startup_runs: int  # cold starts; the median counts, the memory is the highest seen


def plan_for(scale: int | None, quick: bool) -> BenchPlan:
    if quick:
        return BenchPlan(scale or 1, True, 2, 4, 5, 5, 1, 1)
    return BenchPlan(scale or 20, False, 5, None, 3, 20, 2, 5)


class Missing(Exception):
    """The module this measurement needs does not exist (yet)."""


def require(*modules: str) -> None:
    for name in modules:
        try:
            found = importlib.util.find_spec(name) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            raise Missing(f"{name.replace('.', '/')}.py 尚不存在")


@dataclass
class Measure:
    name: str  # its key under durations_s / errors in the JSON
    keys: tuple[str, ...]  # the headline keys it fills
    run: Callable[[], dict]
    label: str = ""  # what the progress line calls it
