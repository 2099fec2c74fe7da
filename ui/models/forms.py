"""Stateful pages with input: 进度查询 (request status) and 查我的补贴 (a resident's own payouts)."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import today
from kiosk.content import subsidies
from kiosk.errors import KioskError
from kiosk.requests import status as request_status
from ui.i18n import babel_locale, content, day, localized, money, period, tr, tr_data
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
        self._details: list[list[str]] = []  # [label, text]: outcome, reply date, collect, 补正, 延期, how counted


    @Slot(str)
    def lookup(self, raw: str) -> None:
        self._reset_state()
        try:

            result = request_status.lookup(self._db, raw, today(self._clock) if self._clock else None,
                                           locale=babel_locale())
        except KioskError as exc:
            self._message = tr_data("Errors", str(exc))
        else:
            self._found = True
            self._number = result.number
            self._status = tr_data("Status", result.status_text)
            self._received = localized(result.received_text)
            self._due = due_text(result.due_text)
            self._tone = result.tone
            # Labels are interface words; the values are this request's record and the office's own data,
            # composed in Chinese by the core (kiosk/requests/progress.py): shown as recorded, like content.
            self._details = [*([tr_data("Status", k), content(v)] for k, v in result.details),
                             *([tr_data("Meta", k), content(v)] for k, v in result.office)]
            if result.overdue:
                self._status += tr("Status", "（已超过法定答复期限）")
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._reset_state()
        self.changed.emit()

    @Slot(int, int, result=str)
    def speechText(self, _first: int = 0, _last: int = -1) -> str:  # noqa: N802 (QML API)
        from ui.models.speech_text import lines

        if self._found:
            return lines(tr("Status", "进度查询"), tr("Status", "申请编号：{value}").format(value=self._number),
                         tr("Status", "办理状态：{value}").format(value=self._status),
                         tr("Status", "受理日期：{value}").format(value=self._received),
                         tr("Status", "法定答复期限：{value}").format(value=self._due),
                         *(f"{k}：{v}" for k, v in self._details))
        return lines(tr("Status", "进度查询"), self._message,
                     tr("Status", "请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码，然后点「查询」。"))

    @Property(str, constant=True)
    def numberPrefix(self) -> str:  # noqa: N802
        """What every request number of this township starts with ("362430101-"): one key on the pad."""
        from kiosk.store import township_repo

        code = (township_repo.get_township(self._db) or {}).get("code") or ""
        return f"{code}-" if code else ""

    found = Property(bool, lambda self: self._found, notify=changed)
    number = Property(str, lambda self: content(self._number), notify=changed)
    statusText = Property(str, lambda self: self._status, notify=changed)
    receivedText = Property(str, lambda self: self._received, notify=changed)
    dueText = Property(str, lambda self: self._due, notify=changed)
    # calm (in progress) | done | alert (overdue or refused): only alert is drawn in red
    statusTone = Property(str, lambda self: self._tone, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
    details = Property("QVariantList", lambda self: self._details, notify=changed)


def due_text(text: str) -> str:
    """The statutory due date as the core words it (a date, perhaps provisional, or no date yet), translated."""
    if text == request_status.NO_DUE:
        return tr_data("Status", text)
    if text.endswith(request_status.PROVISIONAL):
        return localized(text.removesuffix(request_status.PROVISIONAL)) + tr_data("Status", request_status.PROVISIONAL)
    return localized(text)


class MyPayoutsViewModel(QObject):
    """Find one's own payouts by name + last 4 ID characters; results are masked like everything else."""

    changed = Signal()

    def __init__(self, db, masking: str, parent: QObject | None = None, *, clock=None):
        super().__init__(parent)
        self._db = db
        self._masking = masking
        self._clock = clock  # "this month": 12月尚未发放
        self._month: list[str] = []
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
            self._message = tr_data("Errors", str(exc))
            self._searched = False
            self._results.set_rows([])
        else:
            self._searched = True
            self._total = money(sum(r["amount_fen"] for r in rows))
            self._results.set_rows([
                {
                    "title": tr("MyPayouts", "{year}年 {item}").format(year=r["year"], item=content(r["item"])),
                    "subtitle": content(f"{r['name']}　{r['village']}{r['group_name']}") + f"　{period(r['period'])}",
                    "detail": tr("MyPayouts", "发放日期 {day}").format(day=day(r["paid_on"])),
                    "badge": money(r["amount_fen"]),
                    "name": content(r["name"]),
                    "amountText": money(r["amount_fen"]),
                }
                for r in rows
            ])
            self._message = "" if rows else tr("MyPayouts", "没有查到记录。请核对姓名和身份证号码后4位，或到村委会咨询。")
            self._month = subsidies.this_month(rows, today(self._clock)) if self._clock is not None and rows else []
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._message = ""
        self._searched = False
        self._total = ""
        self._month = []
        self._results.set_rows([])
        self.changed.emit()

    @Slot(int, int, result=str)
    def speechText(self, first: int = 0, last: int = -1) -> str:  # noqa: N802 (QML API)
        """The total, then the rows on screen; names are masked like on the screen."""
        from ui.models.speech_text import lines, list_speech

        if not self._searched:
            return lines(tr("MyPayouts", "查我的补贴"), self._message,
                         tr("MyPayouts", "请输入完整姓名和身份证号码的最后4位，然后点「查询」。本机不保存您输入的内容。"))
        rows = self._results.rows()
        if not rows:
            return lines(tr("MyPayouts", "查我的补贴"), self._message)
        month = "".join(f"{tr_data('MyPayouts', line)}。" for line in self._month)
        return list_speech(tr("MyPayouts", "查我的补贴"),
                           month + tr("MyPayouts", "合计 {total}。").format(total=self._total),
                           rows, first, last, unit="笔",
                           describe=lambda r: "，".join((r["title"], r["subtitle"], r["badge"], r["detail"])))

    results = Property(QObject, lambda self: self._results, constant=True)
    message = Property(str, lambda self: self._message, notify=changed)
    details = Property("QVariantList", lambda self: self._details, notify=changed)
    searched = Property(bool, lambda self: self._searched, notify=changed)
    totalText = Property(str, lambda self: self._total, notify=changed)
    monthText = Property(str, lambda self: "\n".join(self._month), notify=changed)
