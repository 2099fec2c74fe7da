"""Stateful pages with input: 进度查询 (request status) and 查我的补贴 (a resident's own payouts)."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk import request_status, subsidies
from kiosk.errors import KioskError
from kiosk.formatting import money
from ui.models.rows import RowsModel


class StatusViewModel(QObject):
    """Shows status and due date only: the request's personal data never reaches this object."""

    changed = Signal()

    def __init__(self, db, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._reset_state()

    def _reset_state(self) -> None:
        self._number = ""
        self._found = False
        self._status = ""
        self._received = ""
        self._due = ""
        self._message = ""

    page = Property(str, lambda self: "StatusPage", constant=True)

    @Slot(str)
    def lookup(self, raw: str) -> None:
        self._reset_state()
        try:
            result = request_status.lookup(self._db, raw)
        except KioskError as exc:
            self._message = str(exc)
        else:
            self._found = True
            self._number = result.number
            self._status = result.status_text
            self._received = result.received_text
            self._due = result.due_text
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._reset_state()
        self.changed.emit()

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

    page = Property(str, lambda self: "MyPayoutsPage", constant=True)

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
                    "subtitle": f"{r['name']}　{r['village']}{r['group_name']}　第{r['period']}期",
                    "detail": f"发放日期 {r['paid_on']}",
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

    results = Property(QObject, lambda self: self._results, constant=True)
    message = Property(str, lambda self: self._message, notify=changed)
    searched = Property(bool, lambda self: self._searched, notify=changed)
    totalText = Property(str, lambda self: self._total, notify=changed)
