"""Choosing the CJK font explicitly.

In the C.UTF-8 locale fontconfig falls back to Noto Sans CJK *JP* for sans-serif, which draws
Chinese with Japanese glyph shapes (shared/TECH.md §1), so the app names its family itself.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

PREFERRED_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback")
# The same fallback as receipts (kiosk/receipts/fonts.py): CJK Extension A, then B-F, for rare name characters.
RARE_FAMILIES = ("HanaMinA", "HanaMinB")


def cjk_family() -> str | None:
    available = set(QFontDatabase.families())
    return next((f for f in PREFERRED_FAMILIES if f in available), None)


def apply_app_font(app) -> str | None:
    family = cjk_family()
    if family:
        font = QFont(family)
        available = set(QFontDatabase.families())
        font.setFamilies([family, *(f for f in RARE_FAMILIES if f in available)])
        font.setPixelSize(22)
        app.setFont(font)
    return family
