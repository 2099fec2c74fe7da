"""The measurements `gongkai bench` runs, each wired to the module it times."""

from __future__ import annotations

from pathlib import Path

from gongkai.bench.plan import BenchPlan, Measure, Missing, require

# The index build time the search measure took, per database: the quality measure compares it
# with the old index's instead of rebuilding once more.
_REINDEX_S: dict[str, float] = {}


def all_measures(plan: BenchPlan, db: Path, workdir: Path) -> list[Measure]:
    return [
        Measure("search", ("search_p95_ms", "search_like_ratio", "search_resident_p95_ms"), lambda: search(plan, db),
                "搜索（重建索引，与 LIKE 扫描交替计时）"),
        Measure("search_quality", QUALITY_KEYS, lambda: search_quality(path=db),
                "搜索质量（群众问法评测集；与旧搜索对比；索引重建时间与大小）"),
        Measure("search_jieba", JIEBA_KEYS, lambda: search_jieba(path=db), "搜索基线：jieba 分词 + BM25"),
        Measure("page_fetch", ("page_fetch_ms",), lambda: page_fetch(plan, db), "补贴名单翻页"),
        Measure("receipt", ("receipt_ms",), lambda: receipt(plan, db, workdir), "回执 PDF"),
        Measure("sync_apply", ("sync_apply_ratio",), lambda: sync_apply(plan, db, workdir),
                "同步应用快照（与 executemany 交替计时）"),
        Measure("startup", ("first_frame_s", "first_frame_ratio", "first_frame_cpu_ratio",
                                      "first_frame_one_core_ratio", "rss_at_first_frame_mb", "peak_rss_mb"), lambda: startup(plan, db, workdir),
                "冷启动与内存（界面子进程）"),
        Measure("intake", ("intake_taps", "intake_seconds"), lambda: intake(workdir),
                "窗口登记演练（点按屏幕键盘，界面子进程）"),
    ]


def search(plan: BenchPlan, path: Path) -> dict:
    require("kiosk.search")
    from gongkai.bench.search import measure_search, time_reindex
    from kiosk import search as search_module
    from kiosk.store import open_store

    db = open_store(path)
    try:
        reindex_s = time_reindex(db, search_module.reindex)
        # The resident's one ranked list, 20 hits, as the search page asks for it.
        figures = measure_search(db, lambda d, q, per_kind: [search_module.find(d, q, limit=per_kind)],
                                 repeat=plan.search_repeat,
                                 per_class=plan.search_per_class)
    finally:
        db.close()
    figures["search"]["reindex_s"] = round(reindex_s, 2)
    _REINDEX_S[str(path)] = reindex_s
    return figures


QUALITY_KEYS = ("search_success_at_3", "search_mrr", "search_card_precision", "search_no_answer_share",
                "search_legacy_success_at_3", "search_legacy_mrr", "search_build_ratio", "search_size_ratio")
JIEBA_KEYS = ("search_jieba_success_at_3", "search_jieba_mrr", "search_jieba_ratio")


def search_quality(path: Path) -> dict:
    """The judged resident queries through the kiosk's search, the old one and jieba + BM25, on
    the same database; and the index's build time and size against the old index's, built in
    the same run (the old tables are dropped again afterwards)."""
    require("kiosk.search", "gongkai.bench.search_quality")
    from gongkai.bench import search_quality as quality
    from gongkai.bench.search import time_reindex
    from kiosk.search import reindex
    from kiosk.store import open_store, search_repo

    db = open_store(path)
    try:
        judged = quality.load_judged(db)
        build_s = _REINDEX_S.get(str(path)) or time_reindex(db, reindex)
        size = search_repo.index_size(db)
        ours = quality.score(judged, quality.kiosk_ranker(db))
        # The whole answer as the search page shows it (routed functions, cards, no-answer screens).
        whole = quality.resident_figures(db, quality.load_cases(db))
        legacy_info = quality.build_legacy(db)
        legacy = quality.score(judged, quality.legacy_ranker(db))
        quality.drop_legacy(db)
        figures = {
            "search_success_at_3": whole["success_at_3"], "search_mrr": whole["mrr"],
            "search_card_precision": whole["card_precision"], "search_no_answer_share": whole["no_answer_share"],
            "search_legacy_success_at_3": legacy["success_at_3"], "search_legacy_mrr": legacy["mrr"],
            "search_build_ratio": round(build_s / legacy_info["build_s"], 2) if legacy_info["build_s"] else None,
            "search_size_ratio": round(size / legacy_info["size_bytes"], 2)
            if size and legacy_info["size_bytes"] else None,
        }
        detail = {"queries": whole["queries"], "page_judged": ours["queries"],
                  "page_success_at_3": ours["success_at_3"], "page_mrr": ours["mrr"],
                  "cards": whole["cards"], "wrong_cards": whole["wrong_cards"],
                  "no_answer_questions": whole["no_answer_questions"], "no_answer_shown": whole["no_answer_shown"],
                  "build_s": round(build_s, 2), "size_mb": round((size or 0) / 2**20, 1),
                  "legacy_build_s": legacy_info["build_s"],
                  "legacy_size_mb": round((legacy_info["size_bytes"] or 0) / 2**20, 1),
                  "misses": whole["misses"], "legacy_misses": legacy["misses"]}
    finally:
        db.close()
    figures["search_quality"] = detail
    return figures


def search_jieba(path: Path) -> dict:
    """The jieba + BM25 baseline (the `bench` extra) on the same judged queries and database."""
    import importlib.util

    if importlib.util.find_spec("jieba") is None or importlib.util.find_spec("rank_bm25") is None:
        raise Missing("未安装 jieba 或 rank-bm25（pip install '.[bench]'）")
    from gongkai.bench import search_quality as quality
    from kiosk.store import open_store

    db = open_store(path)
    try:
        judged = quality.load_judged(db)
        ours = quality.score(judged, quality.kiosk_ranker(db))
        rank, build_s = quality.jieba_ranker(db)
        jieba = quality.score(judged, rank)
    finally:
        db.close()
    return {
        "search_jieba_success_at_3": jieba["success_at_3"], "search_jieba_mrr": jieba["mrr"],
        "search_jieba_ratio": round(ours["success_at_3"] / jieba["success_at_3"], 2) if jieba["success_at_3"] else None,
        "search_jieba": {"build_s": round(build_s, 2), "misses": jieba["misses"]},
    }


def page_fetch(plan: BenchPlan, path: Path) -> dict:
    require("kiosk.content.subsidies", "kiosk.store.payouts_repo")
    from gongkai.bench.pages import measure_page_fetch
    from kiosk.store import open_store

    db = open_store(path)
    try:
        return measure_page_fetch(db, repeat=plan.page_repeat)
    finally:
        db.close()


def receipt(plan: BenchPlan, path: Path, workdir: Path) -> dict:
    require("kiosk.receipts.document", "kiosk.requests.service")
    from gongkai.bench.receipt import measure_receipt
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
