"""政策找人: the guided flow's view model (one question at a time, then the results).

The answers live only in this object, in memory, for as long as its page is on the screen: they are
never written to the database, a file or a log. The page going away (返回, 首页, idle reset) drops
the object; `wipe()` clears them earlier still.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.eligibility.evaluate import _fill, facts_from_answers, should_ask
from kiosk.eligibility.results import active_rules, find
from kiosk.receipts.slip import qr_text, slip_for_result
from kiosk.store import township_repo
from ui.i18n import content, tr, tr_data
from ui.models.images import text_qr_source
from ui.models.slip_printer import SlipPrinter


def privacy_text() -> str:
    return tr("Eligibility", "您的回答只用于这次查询：不保存、不上传、不记录；回到首页或无人操作时自动清除。")


# The 政策找人 texts come from the county's rules file in Chinese; each is translated keyed by its id
# (question:age, option:age:a80, rule:gaoling:title ...), so a changed text is never shown a stale translation.
def q_text(q, part: str) -> str:
    return tr_data("Eligibility", getattr(q, part), f"question:{q.id}:{part}")


def option_label(q, o) -> str:
    return tr_data("Eligibility", o.label, f"option:{q.id}:{o.id}")


def rule_text(rule, part: str) -> str:
    return tr_data("Eligibility", getattr(rule, part), f"rule:{rule.id}:{part}")


def _link(link: dict) -> dict:
    """A result's link to a list, a catalogue item or a policy: the kind translated, the names as published."""
    sub = link.get("subtitle", "")
    title = content(link["title"])
    if sub == "补贴查询" and link["title"].endswith("发放名单"):
        title = tr("Eligibility", "{name}发放名单").format(name=content(link["title"].removesuffix("发放名单")))
        sub = tr("Eligibility", "补贴查询")
    elif sub.startswith("标准目录 · "):
        sub = tr("Eligibility", "标准目录") + " · " + content(sub.removeprefix("标准目录 · "))
    elif sub == "政策文件":
        sub = tr("Eligibility", "政策文件")
    return {**link, "title": title, "subtitle": sub}


class EligibilityViewModel(QObject):
    changed = Signal()

    def __init__(self, db, parent: QObject | None = None, *, printer: SlipPrinter | None = None):
        super().__init__(parent)
        self._db = db
        self._rules = active_rules(db)
        self._printer = printer or SlipPrinter(parent=self)
        self._slips: list = []
        self.wipe()

    printer = Property(QObject, lambda self: self._printer, constant=True)

    privacyText = Property(str, lambda self: privacy_text(), constant=True)
    available = Property(bool, lambda self: self._rules is not None, constant=True)

    # -- state
    @Slot()
    def wipe(self) -> None:
        """Forget every answer and result; back to the first question.

        Silent: it is called as the page goes away (its destruction, the idle reset), and a `changed` then made
        the dying page read question 1 aloud over the home screen. 重新回答 (restart) announces the change.
        """
        self._clear()

    def _clear(self) -> None:
        self._answers: dict[str, object] = {}
        self._picked: set[str] = set()
        self._history: list[int] = []
        self._results: list[dict] = []
        self._slips = []
        if getattr(self, "_printer", None) is not None:
            self._printer.clear()
        self._done = False
        self._index = self._next_index(-1)
        if self._rules is None:
            self._done = True  # nothing to ask: the result view says the rules have not arrived
        elif self._index is None:
            self._finish()

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
        self._results, self._slips = [], []
        township = township_repo.get_township(self._db)
        facts = facts_from_answers(self._rules, self._answers)
        rules = {rule.id: rule for rule in self._rules.rules}
        for r in find(self._db, self._answers, self._rules):
            rule = rules[r.id]
            row = r.to_dict()
            reason = _fill(rule_text(rule, "reason" if r.matched else "reason_unsure"), facts)
            # The take-away QR carries the result itself (why, what to bring, where, phone): a phone
            # shows it without the internet; the county's page is added only where one is configured.
            slip = slip_for_result(r, township)
            self._slips.append(slip)
            row.update(title=rule_text(rule, "title"), reason=reason, standard=content(r.standard),
                       where=content(r.where), phone=content(r.phone), hours=content(r.hours),
                       statusText=tr_data("Eligibility", r.status_text), matched=r.matched,
                       materialsText=content("、".join(r.materials)), links=[_link(x) for x in r.links],
                       qrUrl="", qrSource=text_qr_source(qr_text(slip)))
            row["speech"] = self._result_speech(row)
            self._results.append(row)

    @staticmethod
    def _result_speech(row: dict) -> str:
        lines = [tr("Eligibility", "{title}，{status}。").format(title=row["title"], status=row["statusText"]),
                 row["reason"]]
        if row["standard"]:
            lines.append(tr("Eligibility", "标准：{text}。").format(text=row["standard"]))
        if row["materialsText"]:
            lines.append(tr("Eligibility", "请带上：{text}。").format(text=row["materialsText"]))
        lines.append(tr("Eligibility", "办理地点：{text}。").format(text=row["where"]))
        if row["phone"]:
            lines.append(tr("Eligibility", "咨询电话：{text}。").format(text=row["phone"]))
        return "\n".join(lines)

    # -- taps
    @Slot(int)
    def printSlip(self, index: int) -> None:  # noqa: N802 (QML API)
        """打印带走: result `index` on the receipt printer (title, why, what to bring, where, hours, phone, QR)."""
        if 0 <= index < len(self._slips):
            self._printer.print_slip(self._slips[index])

    @Slot()
    def printAll(self) -> None:  # noqa: N802 (QML API)
        """全部打印带走: every result, one slip each."""
        self._printer.print_slips(list(self._slips))

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
        self._clear()
        self.changed.emit()

    # -- what the page shows
    done = Property(bool, lambda self: self._done, notify=changed)
    canGoBack = Property(bool, lambda self: bool(self._history), notify=changed)
    stepNumber = Property(int, lambda self: len(self._history) + 1, notify=changed)
    stepTotal = Property(int, lambda self: len(self._questions()), constant=True)

    @Property(str, notify=changed)
    def questionText(self) -> str:
        q = self._question()
        return q_text(q, "text") if q else ""

    @Property(str, notify=changed)
    def questionHint(self) -> str:
        q = self._question()
        return q_text(q, "hint") if q else ""

    @Property(bool, notify=changed)
    def multi(self) -> bool:
        q = self._question()
        return bool(q and q.kind == "multi")

    @Property(str, notify=changed)
    def noneLabel(self) -> str:
        q = self._question()
        return q_text(q, "none_label") if q else ""

    @Property("QVariantList", notify=changed)
    def options(self) -> list[dict]:
        q = self._question()
        return [{"id": o.id, "label": option_label(q, o), "selected": o.id in self._picked}
                for o in q.options] if q else []

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
            return tr("Eligibility", "本机还没有收到县里发布的政策匹配规则，请到窗口咨询。")
        if not self._results:
            return tr("Eligibility", "根据您的回答，没有找到对应的政策。如有疑问，请到窗口咨询。")
        return tr("Eligibility", "根据您的回答，找到 {n} 项：符合 {match} 项，可能符合 {maybe} 项（请到窗口确认）。").format(
            n=len(self._results), match=self.matchCount, maybe=self.maybeCount)

    @Property(str, notify=changed)
    def speechTitle(self) -> str:
        if self._done or self._rules is None:
            return tr("Eligibility", "查询结果")
        return tr("Eligibility", "第{n}题").format(n=self.stepNumber)

    @Property(str, notify=changed)
    def speechBody(self) -> str:
        """What 朗读 says: the question and its answers, or the summary and every result."""
        q = self._question()
        if q is None:
            return "\n".join([self.summary, *(r["speech"] for r in self._results), privacy_text()])
        answers = tr("Eligibility", "、").join(option_label(q, o) for o in q.options)
        extra = tr("Eligibility", "没有就点“{label}”。").format(label=q_text(q, "none_label")) if q.kind == "multi" else ""
        return tr("Eligibility", "{question}\n可以选：{answers}。{extra}不想回答可以点“跳过”。").format(
            question=q_text(q, "text"), answers=answers, extra=extra)
