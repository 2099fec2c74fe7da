"""The screen uses the same fallback as receipts for rare name characters (issue 25)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QTextLayout

from ui.fonts import apply_app_font


def test_extension_b_and_e_characters_are_drawn_from_the_fallback_font(qapp):
    apply_app_font(QGuiApplication.instance())
    layout = QTextLayout("王\U00020000\U00021484\U0002C317", QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    families = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert families & {"HanaMinA", "HanaMinB"}, families  # Hanazono, as on the receipt
    glyphs = [i for run in layout.glyphRuns() for i in run.glyphIndexes()]
    assert len(glyphs) == 4 and 0 not in glyphs, "no character falls back to an empty box"
