"""As-you-type search (kiosk.search): one ranked list, suggestions, a best-answer card, help.

Typing restarts a short debounce timer; the query runs on the main thread (p95 ≤ 10 ms at
scale 20). Suggestions are computed at once on every keystroke (a scan of a few hundred names),
so a resident can tap one before the results arrive.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.content_kinds import kind as _kind
from ui.i18n import CONTENT_CLOSE, CONTENT_OPEN, content, tr, tr_data
from ui.models.rows import RowsModel
from ui.timers import QT_TIMERS, TimerSource


def _search():
    """kiosk.search, imported on first use: the home screen is drawn before the search engine is loaded
    (ui/app.py warms it right after the first frame)."""
    import kiosk.search

    return kiosk.search

log = logging.getLogger(__name__)

# A question about the kiosk's own functions opens that function (kiosk/search/routes.py); content hits open
# their kind's page (kiosk/content_kinds.py).
ROUTE_TARGETS = {"payouts": "my-payouts", "status": "status", "apply": "apply", "eligibility": "eligibility",
                 "office": ""}
BEST_LABELS = ("answer", "materials", "place", "time_limit", "hours", "phone")


def best_label(field: str) -> str:
    return {"answer": tr("Search", "答复"), "materials": tr("Search", "需要带的材料"), "place": tr("Search", "到哪里办"),
            "time_limit": tr("Search", "多久办好"), "hours": tr("Search", "办公时间"),
            "phone": tr("Search", "咨询电话")}[field]


def action_label(kind: str) -> str:
    """The answer card's button: a routed function's own word, or 查看全文 for a page."""
    return {"payouts": tr("Search", "去查询"), "status": tr("Search", "去查询"), "apply": tr("Search", "去申请"),
            "eligibility": tr("Search", "开始"), "office": ""}.get(kind, tr("Search", "查看全文"))


def _target(name: str) -> str:
    return ROUTE_TARGETS[name] if name in ROUTE_TARGETS else _kind(name).page


def kind_label(kind: str) -> str:
    """The kind of a result (kiosk.search.LABELS), in the screens' language."""
    try:
        return tr_data("Search", _kind(kind).label)  # the label is declared once, with its kind
    except KeyError:
        return kind


class SearchViewModel(QObject):
    changed = Signal()

    def __init__(self, db, *, debounce_ms: int = 150, limit: int = 20, timers: TimerSource = QT_TIMERS,
                 clock=None, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock  # the kiosk's today: which notices' 公示 has ended
        self._limit = limit
        self._query = ""
        self._message = ""
        self._suggestions: list[str] = []
        self._best: dict = {}
        self._did_you_mean: list[str] = []
        self._popular: list[str] | None = None
        self._no_result = False
        self._results = RowsModel(title="", parent=self)
        self._timer = timers.timer(self, debounce_ms, single_shot=True)
        self._timer.timeout.connect(self.runNow)

    results = Property(QObject, lambda self: self._results, constant=True)
    message = Property(str, lambda self: self._message, notify=changed)
    suggestions = Property("QVariantList", lambda self: [content(w) for w in self._suggestions], notify=changed)
    hasBest = Property(bool, lambda self: bool(self._best), notify=changed)
    best = Property("QVariantMap", lambda self: dict(self._best), notify=changed)
    noResult = Property(bool, lambda self: self._no_result, notify=changed)
    didYouMean = Property("QVariantList", lambda self: [content(w) for w in self._did_you_mean], notify=changed)

    @Slot()
    def warm_up(self) -> None:
        """Load the search engine and its synonym table and counts before the first keystroke needs them."""
        try:
            _search().warm(self._db)  # the synonym table, suggestion names, the segmenter and jieba
            self._get_popular()
        except Exception:  # a failure shows on the first real search, with its message
            log.exception("search warm-up failed")

    def _get_popular(self) -> list[str]:
        if self._popular is None:
            try:
                self._popular = _search().popular_topics(self._db)
            except Exception:
                log.exception("popular topics failed")
                self._popular = []
        return list(self._popular)

    popular = Property("QVariantList", lambda self: [content(w) for w in self._get_popular()], notify=changed)

    def _get_counter(self) -> str:
        try:
            office = _search().counter_help(self._db)
        except Exception:
            log.exception("counter help failed")
            return tr("Search", "请到政务公开窗口咨询工作人员。")
        first = tr("Search", "请到{office}咨询工作人员").format(
            office=content(office["office_name"]) or tr("Search", "政务公开窗口"))
        if office["office_phone"]:
            first += tr("Search", "，电话：{phone}").format(phone=office["office_phone"])
        parts = [first]
        if office["office_address"]:
            parts.append(tr("Search", "地址：{address}").format(address=content(office["office_address"])))
        if office["office_hours"]:
            parts.append(tr("Search", "办公时间：{hours}").format(hours=content(office["office_hours"])))
        parts.append(tr("Search", "也可以把问题告诉窗口工作人员或写下来留下，工作人员会答复您；"
                              "要正式取得政府信息，可以申请政府信息公开。"))
        return "\n".join(parts)

    counterHelp = Property(str, _get_counter, notify=changed)

    def _get_query(self) -> str:
        return self._query

    def _set_query(self, text: str) -> None:
        if text == self._query:
            return
        self._query = text
        try:
            self._suggestions = _search().suggestions(self._db, text.strip()) if text.strip() else []
        except Exception:
            log.exception("suggestions failed for %r", text)
            self._suggestions = []
        self.changed.emit()
        self._timer.start()

    query = Property(str, _get_query, _set_query, notify=changed)

    @Slot(str)
    def choose(self, text: str) -> None:
        """A tapped suggestion, did-you-mean or popular topic: search it now."""
        self._set_query(text.strip(CONTENT_OPEN + CONTENT_CLOSE))
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
            from kiosk.clock import today

            day = today(self._clock) if self._clock is not None else None
            result = _search().find(self._db, text, limit=self._limit, day=day)
        except Exception:  # a broken index must not take the kiosk down: say so and carry on
            log.exception("search failed for %r", text)
            self._results.set_rows([])
            self._set_message(tr("Search", "搜索功能暂不可用，请从首页逐级查找"))
            return
        self._results.set_rows([{
            "title": content(hit.title), "badge": kind_label(hit.kind),
            "subtitle": (tr("Search", "【已过公示期】") if hit.ended else "") + content(hit.snippet),
            "target": _target(hit.kind), "key": str(hit.ref_id),
        } for hit in result.hits])
        if result.best is not None:
            card = result.best
            self._best = {
                "title": content(card.title), "target": _target(card.kind), "key": str(card.ref_id),
                "kind": card.kind, "action": action_label(card.kind),
                "lines": ([content(card.note)] if card.note else [])
                + [tr("Search", "{label}：{value}").format(label=best_label(field), value=content(getattr(card, field)))
                   for field in BEST_LABELS if getattr(card, field)],
            }
        self._no_result = result.no_answer
        # Words that sound or look like the question's (the popular topics follow on the screen).
        self._did_you_mean = [w for w in result.did_you_mean if w != text] if result.no_answer else []
        self._set_message(tr("Search", "没有找到与“{text}”有关的内容").format(text=text) if self._no_result else "",
                          force=True)

    def _set_message(self, message: str, force: bool = False) -> None:
        if force or message != self._message:
            self._message = message
            self.changed.emit()

    @Slot(int, int, result=str)
    def speechText(self, first: int = 0, last: int = -1) -> str:  # noqa: N802 (QML API)
        from ui.models.speech_text import lines, list_speech

        text = self._query.strip()
        if not text:
            return lines(tr("Search", "搜索"),
                         tr("Search", "请在输入框里输入想找的内容，汉字或拼音首字母都可以，结果会显示在下面。"))
        rows = self._results.rows()
        if not rows:
            return lines(tr("Search", "搜索"), self._message or tr("Search", "正在搜索“{text}”").format(text=text))
        return list_speech(tr("Search", "搜索"), tr("Search", "搜索“{text}”的结果。").format(text=text), rows, first, last,
                           unit="条",
                           describe=lambda r: f"{r['badge']}：{r['title']}" if r.get("badge") else r["title"])

    @Slot()
    def clear(self) -> None:
        self._timer.stop()
        self._query = ""
        self._message = ""
        self._suggestions, self._best, self._did_you_mean, self._no_result = [], {}, [], False
        self._results.set_rows([])
        self.changed.emit()
