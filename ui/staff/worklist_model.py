"""The worklist: open requests, soonest due first, due-soon (≤ 5 working days) and overdue flagged.

Rows come from kiosk.requests.service.worklist (which sorts); this model only adds display text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QModelIndex, QObject, Qt, Signal, Slot

from kiosk.errors import KioskError
from kiosk.formatting import medium_date
from kiosk.requests import service

ROLES = ("number", "name", "applicantType", "summary", "received", "due", "dueText", "urgencyText",
         "statusLabel", "overdue", "dueSoon", "provisional", "clerkName")


def _date(text: str | None) -> str:
    return medium_date(dt.date.fromisoformat(text)) if text else ""


def display_row(item: dict) -> dict:
    left = item.get("workdays_left")
    if item["due"] is None and item.get("status") in ("replied", "abandoned", "closed"):
        urgency = "已办结"  # an answered request has no running clock, but it is not paused either
    elif item["due"] is None:
        urgency = "期限暂停（待补正或征求第三方意见中）"
    elif item["overdue"]:
        urgency = f"已逾期 {-left} 个工作日" if left is not None and left < 0 else "已逾期"
    elif left == 0:
        urgency = "今天到期"
    elif left is not None:
        urgency = f"剩 {left} 个工作日"
    else:
        urgency = ""
    due = _date(item["due"]) + ("（暂定）" if item["due"] and item["provisional"] else "")
    return {
        "number": item["number"], "name": item["name"], "applicantType": item["applicant_type_label"],
        "summary": " ".join(item["description"].split()), "received": _date(item["received"]),
        "due": item["due"] or "", "dueText": due or "—", "urgencyText": urgency,
        "statusLabel": item["status_label"], "overdue": bool(item["overdue"]),
        "dueSoon": bool(item["due_soon"]) and not item["overdue"], "provisional": bool(item["provisional"]),
        "clerkName": item.get("clerk_name") or "",
    }


class WorklistModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(self, db, clock, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock = db, clock
        self._rows: list[dict] = []
        self._role_ids = {Qt.ItemDataRole.UserRole + 1 + i: name for i, name in enumerate(ROLES)}
        self._error = ""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row["number"]
        name = self._role_ids.get(role)
        return row.get(name) if name else None

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        return {int(k): QByteArray(v.encode()) for k, v in self._role_ids.items()}

    @Slot()
    def refresh(self) -> None:
        try:
            rows = [display_row(item) for item in service.worklist(self._db, self._clock)]
            self._error = ""
        except KioskError as exc:
            rows, self._error = [], f"待办列表无法读取：{exc}"
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()

    def rows(self) -> list[dict]:
        return list(self._rows)

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    @Property(int, notify=countChanged)
    def overdueCount(self) -> int:  # noqa: N802
        return sum(1 for r in self._rows if r["overdue"])

    @Property(int, notify=countChanged)
    def dueSoonCount(self) -> int:  # noqa: N802
        return sum(1 for r in self._rows if r["dueSoon"])

    @Property(str, notify=countChanged)
    def error(self) -> str:
        return self._error
