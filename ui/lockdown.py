"""Kiosk lockdown: no keyboard shortcut closes or leaves the window (Alt+F4, Esc, Ctrl+Q, Ctrl+W ...).

The window also refuses close events (Main.qml onClosing) unless it runs --windowed for debugging.
"""

from __future__ import annotations

from functools import cache

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject


@cache
def _keys() -> tuple[frozenset, frozenset]:
    """(keys blocked with Alt/Ctrl/Meta, keys blocked alone). Built on the first key press, not at import:
    reading Qt's namespace from Python builds all its enums at once (~15 ms of the start)."""
    key = QtCore.Qt.Key
    with_modifier = frozenset({key.Key_F4, key.Key_Escape, key.Key_Q, key.Key_W, key.Key_Tab, key.Key_F11,
                               key.Key_Super_L, key.Key_Super_R, key.Key_Meta})
    alone = frozenset({key.Key_Escape, key.Key_F11, key.Key_Super_L, key.Key_Super_R, key.Key_Meta})
    return with_modifier, alone


def is_escape_shortcut(key: int, modifiers) -> bool:
    qt = QtCore.Qt
    mods = qt.KeyboardModifier(modifiers)
    alt_or_ctrl = bool(mods & (qt.KeyboardModifier.AltModifier | qt.KeyboardModifier.ControlModifier
                               | qt.KeyboardModifier.MetaModifier))
    with_modifier, alone = _keys()
    if key in alone:
        return True
    return alt_or_ctrl and key in with_modifier


class ShortcutGuard(QObject):
    """An application event filter that swallows the shortcuts a window manager or Qt would act on."""

    def __init__(self, *, windowed: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._windowed = windowed
        self.swallowed = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._windowed:
            return False
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease) and \
                is_escape_shortcut(event.key(), event.modifiers()):
            if event.type() == QEvent.Type.KeyPress:
                self.swallowed += 1
            return True
        return False
