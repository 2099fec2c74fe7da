"""As-you-type search (kiosk.search): one ranked list, suggestions, a best-answer card, help.

Typing restarts a short debounce timer; the query runs on the main thread (p95 ≤ 10 ms at
scale 20). Suggestions are computed at once on every keystroke (a scan of a few hundred names),
so a resident can tap one before the results arrive.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.content_kinds import kind
from kiosk.search import counter_help, find, popular_topics, suggestions
from ui.models.rows import RowsModel
from ui.timers import QT_TIMERS, TimerSource

log = logging.getLogger(__name__)

BEST_LABELS = {"answer": "答复", "materials": "需要带的材料", "place": "到哪里办", "time_limit": "多久办好",
               "phone": "咨询电话"}


class SearchViewModel(QObject):
    changed = Signal()

    def __init__(self, db, *, debounce_ms: int = 150, limit: int = 20, timers: TimerSource = QT_TIMERS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._limit = limit
        self._query = ""
        self._message = ""
        self._suggestions: list[str] = []
        self._best: dict = {}
        self._did_you_mean: list[str] = []
        self._popular: list[str] | None = None
        self._no_result = False
        self._results = RowsModel(title="搜索", parent=self)
        self._timer = timers.timer(self, debounce_ms, single_shot=True)
        self._timer.timeout.connect(self.runNow)

    results = Property(QObject, lambda self: self._results, constant=True)
    message = Property(str, lambda self: self._message, notify=changed)
    suggestions = Property("QVariantList", lambda self: list(self._suggestions), notify=changed)
    hasBest = Property(bool, lambda self: bool(self._best), notify=changed)
    best = Property("QVariantMap", lambda self: dict(self._best), notify=changed)
    noResult = Property(bool, lambda self: self._no_result, notify=changed)
    didYouMean = Property("QVariantList", lambda self: list(self._did_you_mean), notify=changed)

    def _get_popular(self) -> list[str]:
        if self._popular is None:
            try:
                self._popular = popular_topics(self._db)
            except Exception:
                log.exception("popular topics failed")
                self._popular = []
        return list(self._popular)

    popular = Property("QVariantList", _get_popular, notify=changed)

    def _get_counter(self) -> str:
        try:
            office = counter_help(self._db)
        except Exception:
            log.exception("counter help failed")
            return "请到政务公开窗口咨询工作人员。"
        first = f"请到{office['office_name'] or '政务公开窗口'}咨询工作人员"
        if office["office_phone"]:
            first += f"，电话：{office['office_phone']}"
        parts = [first]
        if office["office_address"]:
            parts.append(f"地址：{office['office_address']}")
        if office["office_hours"]:
            parts.append(f"办公时间：{office['office_hours']}")
        return "\n".join(parts)

    counterHelp = Property(str, _get_counter, notify=changed)

    def _get_query(self) -> str:
        return self._query

    def _set_query(self, text: str) -> None:
        if text == self._query:
            return
        self._query = text
        try:
            self._suggestions = suggestions(self._db, text.strip()) if text.strip() else []
        except Exception:
            log.exception("suggestions failed for %r", text)
            self._suggestions = []
        self.changed.emit()
        self._timer.start()

    query = Property(str, _get_query, _set_query, notify=changed)

    @Slot(str)
    def choose(self, text: str) -> None:
        """A tapped suggestion, did-you-mean or popular topic: search it now."""
        self._set_query(text)
        self._suggestions = []
        self.runNow()

    @Slot()
    def runNow(self) -> None:
        self._timer.stop()
        text = self._query.strip()
        self._best, self._did_you_mean, self._no_result = {}, [], False
        if not text:
            self._results.set_rows([])
            self._set_message("")
            return
        try:
            result = find(self._db, text, limit=self._limit)
        except Exception:  # a broken index must not take the kiosk down: say so and carry on
            log.exception("search failed for %r", text)
            self._results.set_rows([])
            self._set_message("搜索功能暂不可用，请从首页逐级查找")
            return
        self._results.set_rows([{
            "title": hit.title, "subtitle": hit.snippet, "badge": hit.label,
            "target": kind(hit.kind).page, "key": str(hit.ref_id),
        } for hit in result.hits])
        if result.best is not None:
            card = result.best
            self._best = {
                "title": card.title, "target": kind(card.kind).page, "key": str(card.ref_id),
                "lines": [f"{label}：{getattr(card, field)}" for field, label in BEST_LABELS.items()
                          if getattr(card, field)],
            }
        self._no_result = not result.hits
        self._did_you_mean = [w for w in result.did_you_mean if w != text]
        self._set_message(f"没有找到与“{text}”有关的内容" if self._no_result else "", force=True)

    def _set_message(self, message: str, force: bool = False) -> None:
        if force or message != self._message:
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
                           describe=lambda r: f"{r['badge']}：{r['title']}" if r.get("badge") else r["title"])

    @Slot()
    def clear(self) -> None:
        self._timer.stop()
        self._query = ""
        self._message = ""
        self._suggestions, self._best, self._did_you_mean, self._no_result = [], {}, [], False
        self._results.set_rows([])
        self.changed.emit()
