"""Idle reset: after `idle_ms` without a touch, a countdown with one big 继续 button; then a new session.

Timings and the timer source (ui/timers.py) are injected, so tests drive virtual time. `sessionReset` tells the rest of the UI to go home,
clear inputs, stop speech and wipe the pinyin learning dictionary.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Property, QEvent, QObject, Signal, Slot

from ui.timers import QT_TIMERS, TimerSource

# Events that mean a person is at the screen (a scanner typing counts too).
ACTIVITY_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress, QEvent.Type.Wheel,
})


def pinyin_dictionary_path() -> Path:
    """Where Qt Virtual Keyboard's pinyin plugin keeps what it learned (TECH.md §2)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "qtvirtualkeyboard" / "pinyin" / "usr_dict.dat"


def wipe_pinyin_dictionary() -> bool:
    """Delete the learned-words file so the next resident sees no one else's words. True if one existed."""
    path = pinyin_dictionary_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


class IdleController(QObject):
    changed = Signal()
    countdownStarted = Signal()
    sessionReset = Signal()

    def __init__(self, *, idle_ms: int = 90_000, countdown_seconds: int = 20, tick_ms: int = 1000,
                 timers: TimerSource = QT_TIMERS, parent: QObject | None = None):
        super().__init__(parent)
        self._countdown_seconds = countdown_seconds
        self._seconds_left = 0
        self._counting = False
        self._enabled = True
        self._session_active = False  # set by the UI: someone is past the home screen
        self._idle = timers.timer(self, idle_ms, single_shot=True)
        self._idle.timeout.connect(self._start_countdown)
        self._tick = timers.timer(self, tick_ms)
        self._tick.timeout.connect(self._on_tick)
        self._idle.start()

    def set_timings(self, *, idle_ms: int, tick_ms: int, countdown_seconds: int | None = None) -> None:
        """Tests shrink the minutes to milliseconds."""
        self._idle.setInterval(idle_ms)
        self._tick.setInterval(tick_ms)
        if countdown_seconds is not None:
            self._countdown_seconds = countdown_seconds
        if self._enabled and not self._counting:
            self._idle.start()

    # -- activity
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in ACTIVITY_EVENTS and not self._counting:
            self.poke()
        return False

    @Slot()
    def poke(self) -> None:
        """Someone touched the screen: start the idle time again (not during the countdown)."""
        if self._enabled and not self._counting:
            self._idle.start()

    def _get_enabled(self) -> bool:
        return self._enabled

    def _set_enabled(self, value: bool) -> None:
        """Off while staff use the machine: the staff area logs itself out."""
        if bool(value) == self._enabled:
            return
        self._enabled = bool(value)
        self._tick.stop()
        self._counting = False
        if self._enabled:
            self._idle.start()
        else:
            self._idle.stop()
        self.changed.emit()

    enabled = Property(bool, _get_enabled, _set_enabled, notify=changed)

    def _get_session_active(self) -> bool:
        return self._session_active

    def _set_session_active(self, value: bool) -> None:
        if bool(value) != self._session_active:
            self._session_active = bool(value)
            self.changed.emit()

    # True when there is something to reset (a page open, elder mode on). At home with nothing
    # open, an idle timeout resets silently: no overlay, no voice every 90 s in an empty hall.
    sessionActive = Property(bool, _get_session_active, _set_session_active, notify=changed)

    # -- countdown
    def _start_countdown(self) -> None:
        if not self._enabled:
            return
        if not self._session_active:
            self.resetNow()
            return
        self._counting = True
        self._seconds_left = self._countdown_seconds
        self._tick.start()
        self.changed.emit()
        self.countdownStarted.emit()

    def _on_tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.resetNow()
        else:
            self.changed.emit()

    @Slot()
    def continueSession(self) -> None:
        """The big 继续 button."""
        self._tick.stop()
        self._counting = False
        self._idle.start()
        self.changed.emit()

    @Slot()
    def resetNow(self) -> None:
        self._tick.stop()
        self._counting = False
        self._seconds_left = 0
        self.changed.emit()
        self.sessionReset.emit()
        if self._enabled:
            self._idle.start()

    countingDown = Property(bool, lambda self: self._counting, notify=changed)
    secondsLeft = Property(int, lambda self: self._seconds_left, notify=changed)
