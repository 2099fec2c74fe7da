"""As-you-type search over everything (kiosk.search), grouped by kind for a sectioned list.

Typing restarts a short debounce timer; the query runs on the main thread (target p95 ≤ 30 ms).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.search import COUNT_LIMIT, search
from ui.models.rows import RowsModel

log = logging.getLogger(__name__)

TARGETS = {"catalogue": "catalogue-item", "document": "document", "notice": "notice", "policy": "policy"}


class SearchViewModel(QObject):
    changed = Signal()

    def __init__(self, db, *, debounce_ms: int = 150, per_kind: int = 20, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._per_kind = per_kind
        self._query = ""
        self._message = ""
        self._results = RowsModel(title="搜索", page="SearchPage", parent=self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
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

    @Slot(int, int, result=str)
    def speechText(self, first: int = 0, last: int = -1) -> str:  # noqa: N802 (QML API)
        from ui.models.speech_text import lines, list_speech

        text = self._query.strip()
        if not text:
            return lines("搜索", "请在输入框里输入想找的内容，汉字或拼音首字母都可以，结果会显示在下面。")
        rows = self._results.rows()
        if not rows:
            return lines("搜索", self._message or f"正在搜索“{text}”")
        return list_speech("搜索", f"搜索“{text}”的结果。", rows, first, last, unit="条",
                           describe=lambda r: f"{r['section'].split('（')[0]}：{r['title']}")

    @Slot()
    def clear(self) -> None:
        self._timer.stop()
        self._query = ""
        self._message = ""
        self._results.set_rows([])
        self.changed.emit()
