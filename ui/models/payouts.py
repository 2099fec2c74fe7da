"""The payout list: fetched from the database a page at a time (canFetchMore/fetchMore).

A village's 10,000 rows are never loaded at once: the view asks for more as it scrolls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QModelIndex, QObject, Signal, Slot

from ui.models.rows import DISPLAY_ROLE, USER_ROLE

ROLES = ("name", "groupName", "period", "amountText", "paidOn", "periodText", "paidText")
_KEYS = ("name", "group_name", "period", "amount_text", "paid_on", "period_text", "paid_text")

# fetch(after_id, limit) -> rows (dicts with an "id" and the public fields), ordered by id.
Fetch = Callable[[int, int], list[dict]]


class PayoutListModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(self, fetch: Fetch, *, total: int, title: str = "", header: str = "",
                 page_size: int = 100, parent: QObject | None = None):
        super().__init__(parent)
        self._fetch = fetch
        self._total = total
        self._page_size = page_size
        self._rows: list[dict] = []
        self._exhausted = total == 0
        self._title = title
        self._header = header
        self.fetch_calls = 0  # how many pages were read: tests check the list pages lazily

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return f"{row['name']} {row['amount_text']}"
        offset = role - USER_ROLE - 1
        if 0 <= offset < len(_KEYS):
            return row.get(_KEYS[offset], "")
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = {USER_ROLE + 1 + i: QByteArray(n.encode()) for i, n in enumerate(ROLES)}
        names[DISPLAY_ROLE] = QByteArray(b"display")
        return names

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1]["id"] if self._rows else 0
        page = self._fetch(after, self._page_size)
        self.fetch_calls += 1
        if len(page) < self._page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
            self.countChanged.emit()

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    @Property(int, constant=True)
    def total(self) -> int:
        return self._total

    @Property(str, constant=True)
    def title(self) -> str:
        return self._title

    @Property(str, constant=True)
    def header(self) -> str:
        return self._header

    @Slot(int, int, result=str)
    def speechText(self, first: int = 0, last: int = -1) -> str:  # noqa: N802 (QML API)
        """The totals, then the rows on screen, masked names only (the rows never hold a full name)."""
        from ui.i18n import tr
        from ui.models.speech_text import list_speech

        def describe(r: dict) -> str:
            paid = tr("Payouts", "{day}发放").format(day=r.get("paid_text", r["paid_on"]))
            return "，".join(x for x in (r["name"], r.get("group_name", ""), r.get("period_text", r["period"]),
                                         r["amount_text"], paid) if x)

        header = self._header.replace("｜", "。") + "\n" + tr("Payouts", "为保护个人隐私，姓名已隐去部分文字。")
        return list_speech(self._title, header, self._rows, first, last, unit="条", describe=describe,
                           empty=tr("Payouts", "本年度没有发放记录"), total=self._total)
