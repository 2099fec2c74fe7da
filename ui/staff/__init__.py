"""Staff side of the UI (login, intake, worklist). PLACEHOLDER until issue 4 lands: replace wholesale."""

from __future__ import annotations

from PySide6.QtCore import QObject


def build(db, config, clock) -> QObject:
    """The object handed to QML as `staff`: StaffArea.qml's only input."""
    return QObject()
