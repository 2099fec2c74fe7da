"""The measurements `gongkai bench` runs, each wired to the module it times."""

from __future__ import annotations

from pathlib import Path

from gongkai.bench.runner import BenchPlan, Measure, require


def all_measures(plan: BenchPlan, db: Path, workdir: Path) -> list[Measure]:
    return [
        Measure("search", ("search_p95_ms", "search_like_ratio"), lambda: search(plan, db),
                "搜索（重建索引，与 LIKE 扫描交替计时）"),
        Measure("page_fetch", ("page_fetch_ms",), lambda: page_fetch(plan, db), "补贴名单翻页"),
        Measure("receipt", ("receipt_ms",), lambda: receipt(plan, db, workdir), "回执 PDF"),
        Measure("sync_apply", ("sync_apply_ratio",), lambda: sync_apply(plan, db, workdir),
                "同步应用快照（与 executemany 交替计时）"),
        Measure("startup", ("first_frame_s", "peak_rss_mb"), lambda: startup(plan, db, workdir),
                "冷启动与内存（界面子进程）"),
        Measure("intake", ("intake_taps", "intake_seconds"), lambda: intake(workdir),
                "窗口登记演练（点按屏幕键盘，界面子进程）"),
    ]


def search(plan: BenchPlan, path: Path) -> dict:
    require("kiosk.search")
    from kiosk import search as search_module
    from kiosk.bench.search_bench import measure_search, time_reindex
    from kiosk.store import open_store

    db = open_store(path)
    try:
        reindex_s = time_reindex(db, search_module.reindex)
        figures = measure_search(db, search_module.search, repeat=plan.search_repeat,
                                 per_class=plan.search_per_class)
    finally:
        db.close()
    figures["search"]["reindex_s"] = round(reindex_s, 2)
    return figures


def page_fetch(plan: BenchPlan, path: Path) -> dict:
    require("kiosk.subsidies", "kiosk.store.payouts_repo")
    from kiosk.bench.pages_bench import measure_page_fetch
    from kiosk.store import open_store

    db = open_store(path)
    try:
        return measure_page_fetch(db, repeat=plan.page_repeat)
    finally:
        db.close()


def receipt(plan: BenchPlan, path: Path, workdir: Path) -> dict:
    require("kiosk.receipts", "kiosk.requests.service")
    from kiosk.bench.receipt_bench import measure_receipt
    from kiosk.clock import SystemClock
    from kiosk.store import open_store

    db = open_store(path)
    try:
        return measure_receipt(db, SystemClock(), repeat=plan.receipt_repeat)
    finally:
        db.close()


def sync_apply(plan: BenchPlan, path: Path, workdir: Path) -> dict:
    require("sync.apply", "kiosk.store.content_file_repo")
    from gongkai.bench.sync_apply import measure_sync_apply

    return measure_sync_apply(path, workdir, plan.sync_repeat)


def startup(plan: BenchPlan, path: Path, workdir: Path) -> dict:
    require("ui.app")
    from gongkai.bench.startup import measure_startup

    return measure_startup(path, workdir, plan.startup_runs)


def intake(workdir: Path) -> dict:
    require("ui.app", "ui.staff.intake_model")
    from gongkai.bench.intake_walk import measure_intake

    return measure_intake(workdir / "intake")
