"""The database every measurement runs on: the demo township at scale N, built or reused."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.demo.generator import PAYOUTS_PER_SCALE


def prepare(scale: int, db: Path | None, workdir: Path, progress: Callable[[str], None]) -> tuple[Path, dict]:
    """Reuse `db` when it exists, else build the demo there (or in workdir). Returns (path, info)."""
    from gongkai.bench import bench_repo
    from kiosk.clock import SystemClock, today
    from kiosk.demo import DemoSpec, build_demo
    from kiosk.errors import StoreError, ValidationError
    from kiosk.store import open_store, stats_repo

    path = db if db is not None else workdir / f"bench-scale{scale}.db"
    built_s = None
    if path.exists() and not bench_repo.payout_count_readonly(path):
        raise ValidationError(f"{path} 不是含补贴发放记录的一体机数据库，不能用来测试；请换一个文件或不加 --db")
    if not path.exists():
        progress(f"正在生成规模 {scale} 的演示数据库：{path} …")
        start = time.perf_counter()
        store = open_store(path)
        clock = SystemClock()
        build_demo(store, DemoSpec(scale=scale, as_of=today(clock)), clock)
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        built_s = round(time.perf_counter() - start, 2)
    try:
        store = open_store(path)
    except sqlite3.Error as exc:  # e.g. made by an older build whose migrations have changed since
        raise StoreError(f"{path} 无法打开或升级（{exc}）；请删除它，或不加 --db 重新生成") from exc
    try:
        counts = stats_repo.counts(store)
    finally:
        store.close()
    actual_scale = max(1, round(counts["payouts"] / PAYOUTS_PER_SCALE))
    return path, {
        "path": str(path),
        "reused": built_s is None,
        "build_s": built_s,
        "scale": actual_scale,
        "size_mb": round(path.stat().st_size / 2**20, 1),
        **counts,
    }
