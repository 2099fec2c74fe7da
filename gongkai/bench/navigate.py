"""The screens the memory figure walks through after the first frame.

`plan_tour` (in the parent, with kiosk only) picks real keys from the database: the first
catalogue domain, a village's notice, the biggest payout list, a policy, a search word.
`screen_tour` (in the UI child) drives the QML root's own navigation functions (openTarget,
openSearch, goHome: what the tiles and buttons call) and waits for each screen's frame.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

SEARCH_WORD = "补贴"
SHOTS_ENV = "GONGKAI_BENCH_TOUR_PNG_DIR"  # set to a folder to look at every screen of the tour
FRAME_TIMEOUT_MS = 10_000


def plan_tour(db_path: Path) -> list[dict]:
    """Steps as {"name", "call", "args"}; goHome between the screen families, as a resident would."""
    from kiosk.clock import SystemClock
    from kiosk.content import catalogue, notices, policies
    from kiosk.store import open_store, payouts_repo

    db = open_store(db_path)
    try:
        domain = catalogue.domains(db)[0]["id"]
        village = notices.villages(db)[0]["id"]
        shown = notices.notices_for(db, village, SystemClock()) or notices.notices_for(
            db, village, SystemClock(), archived=True)
        village_p, item, year = payouts_repo.busiest_selection(db)
        policy = policies.published(db)[0]["id"]
    finally:
        db.close()
    home = {"name": "首页", "call": "goHome", "args": []}

    def open_(name: str, target: str, key: str = "") -> dict:
        return {"name": name, "call": "openTarget", "args": [target, key]}

    return [
        open_("标准目录", "catalogue"), open_("目录领域", "catalogue-domain", str(domain)), home,
        open_("村务公开", "notices"), open_("村公开栏", "notice-village", str(village)),
        *([open_("公告正文", "notice", str(shown[0]["id"]))] if shown else []), home,
        open_("补贴查询", "subsidies"), open_("补贴项目", "subsidy-village", str(village_p)),
        open_("补贴年度", "subsidy-item", f"{village_p}|{item}"),
        open_("补贴名单", "payouts", f"{village_p}|{item}|{year}"), home,
        open_("政策解读", "policies"), open_("政策正文", "policy", str(policy)), home,
        {"name": "搜索", "call": "openSearch", "args": []},
        {"name": f"搜索“{SEARCH_WORD}”", "call": "search", "args": [SEARCH_WORD]}, home,
    ]


def screen_tour(app, window, steps: list[dict]) -> list[dict]:
    """Run the steps in the UI; per step the time to its first frame and the peak RSS after it."""
    from PySide6.QtCore import Q_ARG, QMetaObject
    from PySide6.QtQuick import QQuickItem

    from gongkai.bench.timing import vm_hwm_kb

    stack = window.findChild(QQuickItem, "stack")
    shots = os.environ.get(SHOTS_ENV)
    visited = []
    for number, step in enumerate(steps, start=1):
        start = time.perf_counter()
        if step["call"] == "search":
            search = window.property("search")
            search.setProperty("query", step["args"][0])
            QMetaObject.invokeMethod(search, "runNow")
        else:
            args = [Q_ARG("QVariant", a) for a in step["args"]]
            QMetaObject.invokeMethod(window, step["call"], *args)
        framed = _wait_frame(app, window)
        ms = round((time.perf_counter() - start) * 1000, 1)
        _settle(app, window, stack)
        if shots:
            window.grabWindow().save(str(Path(shots) / f"{number:02d}.png"))
        visited.append({
            "screen": step["name"], "first_frame_ms": ms if framed else None, "rss_kb": vm_hwm_kb(),
            # The stack depth shows the step really opened (or left) a page.
            "depth": stack.property("depth") if stack is not None else None,
        })
    return visited


def _wait_frame(app, window, timeout_ms: int = FRAME_TIMEOUT_MS) -> bool:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    got: list[bool] = []

    def framed() -> None:
        got.append(True)
        loop.quit()

    window.frameSwapped.connect(framed)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    window.update()  # a step that changes nothing still gets its frame
    loop.exec()
    timer.stop()
    window.frameSwapped.disconnect(framed)
    return bool(got)


def _settle(app, window, stack) -> None:
    """Let a StackView transition (if the UI ever animates one) finish, frame by frame."""
    for _ in range(120):
        if stack is None or not stack.property("busy"):
            return
        if not _wait_frame(app, window, 2000):
            return
