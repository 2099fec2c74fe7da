"""Whole-name candidates for the keyboard (kiosk.names), as a QML context object `kioskNames`.

kiosk.names (with the search engine's pinyin it uses) is imported on the first name typed, not at start.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot


class NameCandidates(QObject):
    @Slot(str, result="QVariantList")
    def candidates(self, typed: str) -> list[str]:
        from kiosk.names import name_candidates

        return name_candidates(typed)
