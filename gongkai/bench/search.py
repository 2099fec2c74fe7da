"""Search latency per query class, against the LIKE scan it replaces, timed side by side."""

from __future__ import annotations

import time
from collections.abc import Callable

import sqlite_utils

from gongkai.bench import bench_repo
from gongkai.bench.queries import QUERY_CLASSES, SENTENCE_CLASS, query_classes
from gongkai.bench.timing import summary, time_once_ms

PER_KIND = 20


def time_reindex(db: sqlite_utils.Database, reindex: Callable[[sqlite_utils.Database], object]) -> float:
    start = time.perf_counter()
    reindex(db)
    return time.perf_counter() - start


def measure_search(
    db: sqlite_utils.Database,
    search: Callable[..., list],
    *,
    repeat: int,
    per_class: int | None = None,
    like_columns: dict[str, tuple[str, ...]] | None = None,
) -> dict:
    """Every query once to warm up, then `repeat` rounds in which each query runs through search
    and then through the LIKE scan, so both meet the same noise."""
    classes = query_classes(per_class)
    ours: dict[str, list[float]] = {c: [] for c in classes}
    like: dict[str, list[float]] = {c: [] for c in classes}
    hits: dict[str, dict[str, int]] = {}
    for queries in classes.values():
        for q in queries:
            groups = search(db, q, per_kind=PER_KIND)
            scanned = bench_repo.like_search(db, q, PER_KIND, like_columns)
            hits[q] = {"ours": _count_rows(groups), "like": sum(len(rows) for rows in scanned.values())}
    for _ in range(repeat):
        for cls, queries in classes.items():
            for q in queries:
                ours[cls].append(time_once_ms(lambda q=q: search(db, q, per_kind=PER_KIND))[0])
                like[cls].append(time_once_ms(lambda q=q: bench_repo.like_search(db, q, PER_KIND, like_columns))[0])
    all_ours = [t for c in QUERY_CLASSES for t in ours[c]]
    all_like = [t for c in QUERY_CLASSES for t in like[c]]
    ours_summary = {c: summary(ours[c]) for c in classes} | {"all": summary(all_ours)}
    like_summary = {c: summary(like[c]) for c in classes} | {"all": summary(all_like)}
    p95, like_p95 = ours_summary["all"]["p95_ms"], like_summary["all"]["p95_ms"]
    sentence = ours_summary.get(SENTENCE_CLASS, {}).get("p95_ms")
    return {
        "search_p95_ms": p95,
        "search_resident_p95_ms": sentence,
        "search_p50_ms": ours_summary["all"]["p50_ms"],
        "search_like_p95_ms": like_p95,
        "search_like_ratio": round(like_p95 / p95, 2) if p95 > 0 else None,
        "search": {
            "per_kind": PER_KIND,
            "repeat": repeat,
            "queries": classes,
            "hits": hits,
            "ours": ours_summary,
            "like": like_summary,
        },
    }


def _count_rows(groups: list) -> int:
    """Rows across SearchGroups, whatever the group calls its list (items/results/rows/hits)."""
    total = 0
    for group in groups:
        for attr in ("items", "results", "rows", "hits"):
            rows = getattr(group, attr, None)
            if rows is not None:
                total += len(rows)
                break
    return total
