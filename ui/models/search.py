"""As-you-type search over everything (kiosk.search), grouped by kind for a sectioned list.

Typing restarts a short debounce timer; the query runs on the main thread (target p95 ≤ 30 ms).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.search import COUNT_LIMIT, search
from ui.models.rows import RowsModel
from ui.timers import QT_TIMERS, TimerSource

log = logging.getLogger(__name__)

TARGETS = {"catalogue": "catalogue-item", "document": "document", "notice": "notice", "policy": "policy"}


class SearchViewModel(QObject):
    changed = Signal()

    def __init__(self, db, *, debounce_ms: int = 150, per_kind: int = 20, timers: TimerSource = QT_TIMERS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._per_kind = per_kind
        self._query = ""
        self._message = ""
        self._results = RowsModel(title="搜索", page="SearchPage", parent=self)
        self._timer = timers.timer(self, debounce_ms, single_shot=True)
        self._timer.timeout.connect(self.runNow)

    page = Property(str, lambda self: "SearchPage", constant=True)
    results = Property(QObject, lambda self: self._results, constant=True)
    message = Property(str, lambda self: self._message, notify=changed)

    def _get_query(self) -> str:
        return self._query

    def _set_query(self, text: str) -> None:
        if text == self._query:
            return
        self._query = text
        self.changed.emit()
        self._timer.start()

    query = Property(str, _get_query, _set_query, notify=changed)

    @Slot()
    def runNow(self) -> None:
        self._timer.stop()
        text = self._query.strip()
        if not text:
            self._results.set_rows([])
            self._set_message("")
            return
        try:
            groups = search(self._db, text, per_kind=self._per_kind)
        except Exception:  # a broken index must not take the kiosk down: say so and carry on
            log.exception("search failed for %r", text)
            self._results.set_rows([])
            self._set_message("搜索功能暂不可用，请从首页逐级查找")
            return
        rows = []
        for group in groups:
            total = f"{group.total}+" if group.total >= COUNT_LIMIT else str(group.total)
            more = f"（共 {total} 条，显示前 {len(group.hits)} 条）" if group.total > len(group.hits) else ""
            for hit in group.hits:
                rows.append({
                    "title": hit.title, "subtitle": hit.snippet, "section": f"{group.label}{more}",
                    "target": TARGETS.get(hit.kind, hit.kind), "key": str(hit.ref_id),
                })
        self._results.set_rows(rows)
        self._set_message("" if rows else f"没有找到与“{text}”有关的内容，换个词试试")

    def _set_message(self, message: str) -> None:
        if message != self._message:
            self._message = message
            self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._timer.stop()
        self._query = ""
        self._message = ""
        self._results.set_rows([])
        self.changed.emit()
