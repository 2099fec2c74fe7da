"""Whole-name candidates for the keyboard (kiosk.names), as a QML context object `kioskNames`."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from kiosk.names import name_candidates


class NameCandidates(QObject):
    @Slot(str, result="QVariantList")
    def candidates(self, typed: str) -> list[str]:
        return name_candidates(typed)
