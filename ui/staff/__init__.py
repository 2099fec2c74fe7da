"""Staff side of the UI: PIN login, intake with receipt printing, worklist, request detail, admin.

`build(db, config, clock)` is what the composition root calls; the object it returns is handed to
QML as `staff` (ui/qml/staff/StaffArea.qml).
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def build(db, config, clock, *, check_ms: int = 1000, timers=None) -> QObject:
    """The object handed to QML as `staff`: StaffArea.qml's only input."""
    from ui.staff.area import StaffAreaModel
    from ui.timers import QT_TIMERS

    return StaffAreaModel(db, config, clock, check_ms=check_ms, timers=timers or QT_TIMERS)
