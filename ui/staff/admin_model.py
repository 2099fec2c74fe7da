"""Staff accounts for admins: list, add, disable / enable (kiosk.trust.staff checks the role and audits)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.errors import KioskError, ValidationError
from kiosk.trust import staff


class StaffAdminModel(QObject):
    changed = Signal()

    def __init__(self, db, clock, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock = db, clock
        self.actor = None
        self._rows: list[dict] = []
        self._errors: dict[str, str] = {}
        self._message = ""

    @Slot()
    def refresh(self) -> None:
        self._rows = staff.list_staff(self._db)
        self.changed.emit()

    @Slot(str, str, str, str, result=bool)
    def addStaff(self, username: str, display_name: str, role: str, pin: str) -> bool:  # noqa: N802
        try:
            added = staff.add_staff(self._db, self._clock, self.actor, username, display_name, role, pin)
        except ValidationError as exc:
            self._errors = {exc.field or "form": str(exc)}
            self._message = ""
            self.refresh()
            return False
        except KioskError as exc:
            self._errors, self._message = {"form": str(exc)}, ""
            self.refresh()
            return False
        self._errors, self._message = {}, f"已添加：{added['display_name']}（{added['role_label']}）"
        self.refresh()
        return True

    @Slot(str, bool, result=bool)
    def setDisabled(self, username: str, disabled: bool) -> bool:  # noqa: N802
        try:
            row = staff.set_disabled(self._db, self._clock, self.actor, username, disabled)
        except KioskError as exc:
            self._errors, self._message = {"form": str(exc)}, ""
            self.refresh()
            return False
        self._errors = {}
        self._message = f"{row['display_name']} 已{'停用' if disabled else '启用'}"
        self.refresh()
        return True

    @Slot(str, result=bool)
    def unlock(self, username: str) -> bool:
        try:
            done = staff.unlock(self._db, self._clock, self.actor, username)
        except KioskError as exc:
            self._errors, self._message = {"form": str(exc)}, ""
            self.refresh()
            return False
        self._errors = {}
        self._message = f"{username} 已解锁" if done else f"{username} 没有被锁定"
        self.refresh()
        return done

    @Property("QVariantList", notify=changed)
    def staffRows(self) -> list[dict]:  # noqa: N802
        now = self._clock.now()

        def status(row: dict) -> str:
            if row["disabled"]:
                return "已停用"
            if row["locked_until"] and dt.datetime.fromisoformat(row["locked_until"]) > now:
                return "已锁定（PIN 错误过多）"
            return "正常"

        return [{**r, "status": status(r), "locked": status(r).startswith("已锁定")} for r in self._rows]

    @Property("QVariantMap", notify=changed)
    def errors(self) -> dict:
        return dict(self._errors)

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property("QVariantList", constant=True)
    def roles(self) -> list[dict]:
        return [{"code": c, "label": label} for c, label in staff.ROLES.items()]
