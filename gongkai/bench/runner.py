"""Runs every measurement on one database and gathers the figures into one dict.

A measurement whose module has not been written yet gives null plus a note under "missing";
one that fails gives null plus a note under "errors". Neither stops the others, and no figure
is ever made up.
"""

from __future__ import annotations

import importlib.util
import os
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gongkai.bench.report import REQUIRED_KEYS, machine_info


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


def run_measures(measures: list[Measure], result: dict, progress: Callable[[str], None]) -> None:
    for measure in measures:
        progress(f"正在测量：{measure.label or measure.name} …")
        start = time.perf_counter()
        try:
            figures = measure.run()
        except Missing as exc:
            for key in measure.keys:
                result[key] = None
                result["missing"][key] = str(exc)
        except Exception as exc:  # one broken measurement must not hide the others
            for key in measure.keys:
                result[key] = None
                result["missing"][key] = f"测量出错：{type(exc).__name__}: {exc}"
            result["errors"][measure.name] = traceback.format_exc(limit=6)
        else:
            result.update(figures)
        result["durations_s"][measure.name] = round(time.perf_counter() - start, 2)


def run_bench(plan: BenchPlan, db: Path | None, workdir: Path, progress: Callable[[str], None]) -> dict:
    from gongkai.bench import database, measures

    started = time.perf_counter()
    result: dict = {
        "scale": plan.scale,
        "quick": plan.quick,
        "plan": plan.__dict__,
        "machine": machine_info(),
        "missing": {},
        "errors": {},
        "durations_s": {},
    }
    path, info = database.prepare(plan.scale, db, workdir, progress)
    result["database"] = info
    result["scale"] = info["scale"]
    run_measures(measures.all_measures(plan, path, workdir), result, progress)
    for key in REQUIRED_KEYS:
        result.setdefault(key, None)
    result["machine"]["load_avg_end"] = [round(x, 2) for x in os.getloadavg()]
    result["total_s"] = round(time.perf_counter() - started, 1)
    return result
