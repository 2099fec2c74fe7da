"""Stateful pages with input: 进度查询 (request status) and 查我的补贴 (a resident's own payouts)."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.content import subsidies
from kiosk.errors import KioskError
from kiosk.formatting import money
from kiosk.requests import status as request_status
from ui.models.rows import RowsModel


class StatusViewModel(QObject):
    """Shows status and due date only: the request's personal data never reaches this object."""

    changed = Signal()

    def __init__(self, db, parent: QObject | None = None, clock=None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._reset_state()

    def _reset_state(self) -> None:
        self._number = ""
        self._found = False
        self._status = ""
        self._received = ""
        self._due = ""
        self._tone = "calm"
        self._message = ""


    @Slot(str)
    def lookup(self, raw: str) -> None:
        self._reset_state()
        try:
            from kiosk.clock import today

            result = request_status.lookup(self._db, raw, today(self._clock) if self._clock else None)
        except KioskError as exc:
            self._message = str(exc)
        else:
            self._found = True
            self._number = result.number
            self._status = result.status_text
            self._received = result.received_text
            self._due = result.due_text
            self._tone = result.tone
            if result.overdue:
                self._status += "（已超过法定答复期限）"
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._reset_state()
        self.changed.emit()

    @Slot(int, int, result=str)
    def speechText(self, _first: int = 0, _last: int = -1) -> str:  # noqa: N802 (QML API)
        from ui.models.speech_text import lines

        if self._found:
            return lines("进度查询", f"申请编号：{self._number}", f"办理状态：{self._status}",
                         f"受理日期：{self._received}", f"法定答复期限：{self._due}")
        return lines("进度查询", self._message,
                     "请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码，然后点「查询」。")

    @Property(str, constant=True)
    def numberPrefix(self) -> str:  # noqa: N802
        """What every request number of this township starts with ("362430101-"): one key on the pad."""
        from kiosk.store import township_repo

        code = (township_repo.get_township(self._db) or {}).get("code") or ""
        return f"{code}-" if code else ""

    found = Property(bool, lambda self: self._found, notify=changed)
    number = Property(str, lambda self: self._number, notify=changed)
    statusText = Property(str, lambda self: self._status, notify=changed)
    receivedText = Property(str, lambda self: self._received, notify=changed)
    dueText = Property(str, lambda self: self._due, notify=changed)
    # calm (in progress) | done | alert (overdue or refused): only alert is drawn in red
    statusTone = Property(str, lambda self: self._tone, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)


class MyPayoutsViewModel(QObject):
    """Find one's own payouts by name + last 4 ID characters; results are masked like everything else."""

    changed = Signal()

    def __init__(self, db, masking: str, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._masking = masking
        self._message = ""
        self._searched = False
        self._total = ""
        self._results = RowsModel(
            roles=("title", "subtitle", "detail", "badge", "name", "amountText"), parent=self
        )


    @Slot(str, str)
    def find(self, name: str, last4: str) -> None:
        try:
            rows = subsidies.find_my_payouts(self._db, name, last4, self._masking)
        except KioskError as exc:
            self._message = str(exc)
            self._searched = False
            self._results.set_rows([])
        else:
            self._searched = True
            self._total = money(sum(r["amount_fen"] for r in rows))
            self._results.set_rows([
                {
                    "title": f"{r['year']}年 {r['item']}",
                    "subtitle": f"{r['name']}　{r['village']}{r['group_name']}　{r['period_text']}",
                    "detail": f"发放日期 {r['paid_text']}",
                    "badge": r["amount_text"],
                    "name": r["name"],
                    "amountText": r["amount_text"],
                }
                for r in rows
            ])
            self._message = "" if rows else "没有查到记录。请核对姓名和身份证号码后4位，或到村委会咨询。"
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._message = ""
        self._searched = False
        self._total = ""
        self._results.set_rows([])
        self.changed.emit()

    @Slot(int, int, result=str)
    def speechText(self, first: int = 0, last: int = -1) -> str:  # noqa: N802 (QML API)
        """The total, then the rows on screen; names are masked like on the screen."""
        from ui.models.speech_text import lines, list_speech

        if not self._searched:
            return lines("查我的补贴", self._message,
                         "请输入完整姓名和身份证号码的最后4位，然后点「查询」。本机不保存您输入的内容。")
        rows = self._results.rows()
        if not rows:
            return lines("查我的补贴", self._message)
        return list_speech("查我的补贴", f"合计 {self._total}。", rows, first, last, unit="笔",
                           describe=lambda r: "，".join((r["title"], r["subtitle"], r["badge"], r["detail"])))

    results = Property(QObject, lambda self: self._results, constant=True)
    message = Property(str, lambda self: self._message, notify=changed)
    searched = Property(bool, lambda self: self._searched, notify=changed)
    totalText = Property(str, lambda self: self._total, notify=changed)
