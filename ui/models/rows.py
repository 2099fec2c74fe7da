"""A thin list model over a list of dicts, with a fixed set of roles.

Every list page in the kiosk uses the same role names (title, subtitle, detail, target, key, ...),
so one QML page can show any of them and tap through to the next.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QModelIndex, QObject, Signal, Slot

# Qt.ItemDataRole's DisplayRole and UserRole. Reading Qt's namespace from Python builds all its enums at once
# (~15 ms), so the list models that home needs before its first frame use the values.
DISPLAY_ROLE = 0
USER_ROLE = 0x0100

STANDARD_ROLES = ("title", "subtitle", "detail", "badge", "section", "target", "key")


class RowsModel(QAbstractListModel):
    """Rows are dicts; missing roles read as empty strings. Replaced wholesale with `set_rows`."""

    countChanged = Signal()
    headerChanged = Signal()

    def __init__(self, rows: list[dict] | None = None, *, roles: tuple[str, ...] = STANDARD_ROLES,
                 title: str = "", header: str = "", grid: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._roles = tuple(roles)
        self._role_ids = {USER_ROLE + 1 + i: name.encode() for i, name in enumerate(self._roles)}
        self._by_name = {name: USER_ROLE + 1 + i for i, name in enumerate(self._roles)}
        self._rows: list[dict] = list(rows or [])
        self._title = title
        self._header = header
        self._grid = grid
        self._action_label = ""
        self._action_target = ""

    # -- Qt model API
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return str(row.get("title", ""))
        name = self._role_ids.get(role)
        if name is None:
            return None
        value = row.get(name.decode(), "")
        return "" if value is None else value

    def roleNames(self) -> dict[int, QByteArray]:
        names = {int(k): QByteArray(v) for k, v in self._role_ids.items()}
        names[DISPLAY_ROLE] = QByteArray(b"display")
        return names

    # -- Python API
    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.countChanged.emit()

    def set_action(self, label: str, target: str) -> None:
        """An extra big button above the list (e.g. 查我的补贴)."""
        self._action_label, self._action_target = label, target

    def rows(self) -> list[dict]:
        return list(self._rows)

    def set_header(self, header: str) -> None:
        if header != self._header:
            self._header = header
            self.headerChanged.emit()

    # -- QML API
    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    @Property(str, constant=True)
    def title(self) -> str:
        return self._title

    @Property(str, notify=headerChanged)
    def header(self) -> str:
        return self._header

    @Property(bool, constant=True)
    def grid(self) -> bool:
        return self._grid

    @Property(str, constant=True)
    def actionLabel(self) -> str:
        return self._action_label

    @Property(str, constant=True)
    def actionTarget(self) -> str:
        return self._action_target

    @Slot(int, int, result=str)
    def speechText(self, first: int = 0, last: int = -1) -> str:  # noqa: N802 (QML API)
        """朗读: the list's title, what it is, how many entries, and the entries on screen."""
        from ui.i18n import tr
        from ui.models.speech_text import list_speech

        header = self._header
        if self._action_label:
            also = tr("Rows", "也可以点「{label}」。").format(label=self._action_label)
            header = f"{header}\n{also}" if header else also
        return list_speech(self._title, header, self._rows, first, last)

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict:
        if 0 <= row < len(self._rows):
            return {k: ("" if self._rows[row].get(k) is None else self._rows[row].get(k)) for k in self._roles}
        return {}
