"""Applying a full snapshot of the payouts, against raw executemany of the same rows.

The snapshot is a content file (what a bundle carries) holding the bench database's villages,
subsidy items and every payout. Each round applies it with sync.apply.apply_snapshot to a fresh,
empty kiosk database, and executemany's the same payout tuples (already in memory) into the
empty payouts table of another fresh database. Both run in one transaction under the same bulk
durability setting, so only the mechanism differs. Rounds alternate; the best of each counts.
"""

from __future__ import annotations

import time
from pathlib import Path

PARENTS = ("villages", "subsidy_items")


def build_snapshot(source: Path, out: Path) -> tuple[tuple[str, ...], list[tuple], dict[str, list[tuple]]]:
    """Write the content file; returns (payout columns, payout rows, parent rows per table)."""
    from gongkai.bench import bench_repo
    from kiosk.store import open_store
    from kiosk.store.content_file_repo import ContentFile

    db = open_store(source)
    try:
        parents = {t: bench_repo.read_rows(db, t, bench_repo.table_columns(db, t)) for t in PARENTS}
        parent_columns = {t: bench_repo.table_columns(db, t) for t in PARENTS}
        columns = bench_repo.table_columns(db, "payouts")
        rows = bench_repo.read_rows(db, "payouts", columns)
    finally:
        db.close()
    with ContentFile(out) as content:
        for table in PARENTS:
            content.insert(table, parent_columns[table], parents[table])
        content.insert("payouts", columns, rows)
    return columns, rows, {t: (parent_columns[t], parents[t]) for t in PARENTS}


def _fresh(path: Path):
    from kiosk.store import open_store

    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return open_store(path)


def _drop(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def time_apply(snapshot: Path, target: Path, expected_rows: int) -> float:
    from sync.apply import apply_snapshot

    db = _fresh(target)
    try:
        start = time.perf_counter()
        counts = apply_snapshot(db, snapshot)
        elapsed = time.perf_counter() - start
        stored = db.execute("SELECT count(*) FROM payouts").fetchone()[0]
    finally:
        db.close()
        _drop(target)
    if counts.get("payouts") != expected_rows or stored != expected_rows:
        raise ValueError(f"apply_snapshot stored {stored} payouts, expected {expected_rows}")
    return elapsed


def time_executemany(target: Path, columns: tuple[str, ...], rows: list[tuple], parents: dict) -> float:
    from gongkai.bench import bench_repo
    from kiosk.store.db import bulk_load, insert_rows

    db = _fresh(target)
    try:
        with db.atomic():  # the parents the payouts refer to; not timed
            for table, (cols, parent_rows) in parents.items():
                insert_rows(db, table, cols, parent_rows)
        with bulk_load(db):
            start = time.perf_counter()
            bench_repo.executemany_in_transaction(db, "payouts", columns, rows)
            elapsed = time.perf_counter() - start
        stored = db.execute("SELECT count(*) FROM payouts").fetchone()[0]
    finally:
        db.close()
        _drop(target)
    if stored != len(rows):
        raise ValueError(f"executemany stored {stored} payouts, expected {len(rows)}")
    return elapsed


def measure_sync_apply(source: Path, workdir: Path, repeat: int) -> dict:
    snapshot = workdir / "snapshot-content.db"
    start = time.perf_counter()
    columns, rows, parents = build_snapshot(source, snapshot)
    build_s = time.perf_counter() - start
    snapshot_mb = round(snapshot.stat().st_size / 2**20, 1)
    applies, baselines = [], []
    try:
        for _ in range(repeat):
            baselines.append(time_executemany(workdir / "sync-baseline.db", columns, rows, parents))
            applies.append(time_apply(snapshot, workdir / "sync-target.db", len(rows)))
    finally:
        snapshot.unlink(missing_ok=True)
    best_apply, best_baseline = min(applies), min(baselines)
    return {
        "sync_apply_ratio": round(best_apply / best_baseline, 2),
        "sync": {
            "rows": len(rows),
            "apply_s": round(best_apply, 3),
            "executemany_s": round(best_baseline, 3),
            "apply_s_each": [round(t, 3) for t in applies],
            "executemany_s_each": [round(t, 3) for t in baselines],
            "snapshot_build_s": round(build_s, 2),
            "snapshot_mb": snapshot_mb,
        },
    }
