"""Kiosk lockdown: no keyboard shortcut closes or leaves the window (Alt+F4, Esc, Ctrl+Q, Ctrl+W ...).

The window also refuses close events (Main.qml onClosing) unless it runs --windowed for debugging.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

_BLOCKED_KEYS = {Qt.Key.Key_F4, Qt.Key.Key_Escape, Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_Tab,
                 Qt.Key.Key_F11, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Meta}


def is_escape_shortcut(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    mods = Qt.KeyboardModifier(modifiers)
    alt_or_ctrl = bool(mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
                               | Qt.KeyboardModifier.MetaModifier))
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Meta):
        return True
    return alt_or_ctrl and key in _BLOCKED_KEYS


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
