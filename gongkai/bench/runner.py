"""Runs every measurement on one database and gathers the figures into one dict.

A measurement whose module has not been written yet gives null plus a note under "missing";
one that fails gives null plus a note under "errors". Neither stops the others, and no figure
is ever made up.
"""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from gongkai.bench.plan import BenchPlan, Measure, Missing
from gongkai.bench.report import REQUIRED_KEYS, machine_info


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
