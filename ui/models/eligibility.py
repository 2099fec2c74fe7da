"""政策找人: the guided flow's view model (one question at a time, then the results).

The answers live only in this object, in memory, for as long as its page is on the screen: they are
never written to the database, a file or a log. The page going away (返回, 首页, idle reset) drops
the object; `wipe()` clears them earlier still.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.eligibility.evaluate import facts_from_answers, should_ask
from kiosk.eligibility.results import active_rules, find
from ui.models.images import qr_source

PRIVACY_TEXT = "您的回答只用于这次查询：不保存、不上传、不记录；回到首页或无人操作时自动清除。"


def _qr(url: str) -> str:
    return qr_source(url)


class EligibilityViewModel(QObject):
    changed = Signal()

    def __init__(self, db, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._rules = active_rules(db)
        self.wipe()

    privacyText = Property(str, lambda self: PRIVACY_TEXT, constant=True)
    available = Property(bool, lambda self: self._rules is not None, constant=True)

    # -- state
    @Slot()
    def wipe(self) -> None:
        """Forget every answer and result; back to the first question."""
        self._answers: dict[str, object] = {}
        self._picked: set[str] = set()
        self._history: list[int] = []
        self._results: list[dict] = []
        self._done = False
        self._index = self._next_index(-1)
        if self._rules is None:
            self._done = True  # nothing to ask: the result view says the rules have not arrived
        elif self._index is None:
            self._finish()
        self.changed.emit()

    def answers(self) -> dict:
        """A copy, for tests."""
        return dict(self._answers)

    def current_question_id(self) -> str:
        q = self._question()
        return q.id if q else ""

    def _questions(self):
        return self._rules.questions if self._rules else ()

    def _next_index(self, after: int) -> int | None:
        if self._rules is None:
            return None
        facts = facts_from_answers(self._rules, self._answers)
        for i in range(after + 1, len(self._questions())):
            if should_ask(self._questions()[i], facts):
                return i
        return None

    def _question(self):
        return self._questions()[self._index] if self._index is not None and not self._done else None

    def _advance(self) -> None:
        self._history.append(self._index)
        self._picked = set()
        nxt = self._next_index(self._index)
        if nxt is None:
            self._finish()
        else:
            self._index = nxt
        self.changed.emit()

    def _finish(self) -> None:
        self._done = True
        self._results = []
        for r in find(self._db, self._answers, self._rules):
            row = r.to_dict()
            row.update(statusText=r.status_text, matched=r.matched, materialsText="、".join(r.materials),
                       qrUrl=r.qr_url, qrSource=_qr(r.qr_url), speech=r.speech())
            self._results.append(row)

    # -- taps
    @Slot(str)
    def choose(self, option_id: str) -> None:
        """Single choice: one tap answers and moves on."""
        q = self._question()
        if q is None or q.kind != "single" or option_id not in {o.id for o in q.options}:
            return
        self._answers[q.id] = option_id
        self._advance()

    @Slot(str)
    def toggle(self, option_id: str) -> None:
        q = self._question()
        if q is None or q.kind != "multi" or option_id not in {o.id for o in q.options}:
            return
        self._picked ^= {option_id}
        self.changed.emit()

    @Slot()
    def confirm(self) -> None:
        """Multi choice: 选好了 (nothing picked counts as 以上都没有)."""
        q = self._question()
        if q is None or q.kind != "multi":
            return
        self._answers[q.id] = sorted(self._picked)
        self._advance()

    @Slot()
    def chooseNone(self) -> None:  # noqa: N802 (QML API)
        q = self._question()
        if q is None or q.kind != "multi":
            return
        self._answers[q.id] = []
        self._advance()

    @Slot()
    def skip(self) -> None:
        q = self._question()
        if q is None:
            return
        self._answers.pop(q.id, None)
        self._advance()

    @Slot()
    def previous(self) -> None:
        """上一题 (from the results too): that question's answer is asked again."""
        if not self._history:
            return
        self._index = self._history.pop()
        self._answers.pop(self._questions()[self._index].id, None)
        # Answers to later questions may no longer apply (a conditional question): ask them again.
        later = {q.id for q in self._questions()[self._index:]}
        self._answers = {k: v for k, v in self._answers.items() if k not in later}
        self._picked = set()
        self._done = False
        self._results = []
        self.changed.emit()

    @Slot()
    def restart(self) -> None:
        self.wipe()

    # -- what the page shows
    done = Property(bool, lambda self: self._done, notify=changed)
    canGoBack = Property(bool, lambda self: bool(self._history), notify=changed)
    stepNumber = Property(int, lambda self: len(self._history) + 1, notify=changed)
    stepTotal = Property(int, lambda self: len(self._questions()), constant=True)

    @Property(str, notify=changed)
    def questionText(self) -> str:
        q = self._question()
        return q.text if q else ""

    @Property(str, notify=changed)
    def questionHint(self) -> str:
        q = self._question()
        return q.hint if q else ""

    @Property(bool, notify=changed)
    def multi(self) -> bool:
        q = self._question()
        return bool(q and q.kind == "multi")

    @Property(str, notify=changed)
    def noneLabel(self) -> str:
        q = self._question()
        return q.none_label if q else ""

    @Property("QVariantList", notify=changed)
    def options(self) -> list[dict]:
        q = self._question()
        return [{"id": o.id, "label": o.label, "selected": o.id in self._picked} for o in q.options] if q else []

    @Property("QVariantList", notify=changed)
    def results(self) -> list[dict]:
        return self._results

    @Property(int, notify=changed)
    def matchCount(self) -> int:
        return sum(1 for r in self._results if r["matched"])

    @Property(int, notify=changed)
    def maybeCount(self) -> int:
        return sum(1 for r in self._results if not r["matched"])

    @Property(str, notify=changed)
    def summary(self) -> str:
        if self._rules is None:
            return "本机还没有收到县里发布的政策匹配规则，请到窗口咨询。"
        if not self._results:
            return "根据您的回答，没有找到对应的政策。如有疑问，请到窗口咨询。"
        return (f"根据您的回答，找到 {len(self._results)} 项：符合 {self.matchCount} 项，"
                f"可能符合 {self.maybeCount} 项（请到窗口确认）。")

    @Property(str, notify=changed)
    def speechTitle(self) -> str:
        if self._done or self._rules is None:
            return "查询结果"
        return f"第{self.stepNumber}题"

    @Property(str, notify=changed)
    def speechBody(self) -> str:
        """What 朗读 says: the question and its answers, or the summary and every result."""
        q = self._question()
        if q is None:
            return "\n".join([self.summary, *(r["speech"] for r in self._results), PRIVACY_TEXT])
        answers = "、".join(o.label for o in q.options)
        extra = f"没有就点“{q.none_label}”。" if q.kind == "multi" else ""
        return f"{q.text}\n可以选：{answers}。{extra}不想回答可以点“跳过”。"
