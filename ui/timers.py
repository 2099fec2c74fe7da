"""Timers for the UI from one injectable source: the kiosk gets Qt's, tests get virtual time they drive.

The idle controller, the search debounce, the read-aloud poll and the staff area's idle logout all ask the
source they were given for their timers (`source.timer(parent, interval_ms)`), never for a QTimer directly.

- `QT_TIMERS` (the default) hands out real QTimers.
- `ManualTimers` hands out timers that fire only when a test moves virtual time on with `advance(...)`, in due
  order, each at its own moment; a FixedClock given to it moves along, so "now" agrees with the timers.
  Timers shorter than `instant_ms` (a debounce, a poll) fire on the next turn of the event loop instead and take
  no virtual time, so a test can wait for a search result with `waitUntil` without owning every millisecond.

Nothing here reads the wall clock: a test on a busy machine sees the same order of events as on a quiet one.
"""

from __future__ import annotations

import itertools
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import Shiboken


class TimerSource(Protocol):
    def timer(self, parent: QObject, interval_ms: int, *, single_shot: bool = False): ...


class QtTimers:
    """Real time: QTimers."""

    def timer(self, parent: QObject, interval_ms: int, *, single_shot: bool = False) -> QTimer:
        timer = QTimer(parent)
        timer.setInterval(interval_ms)
        timer.setSingleShot(single_shot)
        return timer


QT_TIMERS = QtTimers()


class ManualTimer(QObject):
    """The part of QTimer's interface the UI uses, on a ManualTimers' virtual time."""

    timeout = Signal()

    def __init__(self, source: ManualTimers, interval_ms: int, single_shot: bool, parent: QObject | None):
        super().__init__(parent)
        self._source = source
        self._interval = int(interval_ms)
        self._single_shot = bool(single_shot)
        self._due: int | None = None  # virtual ms at which it fires; None when stopped
        self._order = 0  # tie-break: timers due at the same moment fire in the order they were started
        self._generation = 0  # an instant timer's queued firing is void once it was stopped or restarted

    def setInterval(self, ms: int) -> None:  # noqa: N802 (QTimer API)
        self._interval = int(ms)
        if self._due is not None:  # like QTimer: a running timer restarts with the new interval
            self.start()

    def interval(self) -> int:
        return self._interval

    def setSingleShot(self, single_shot: bool) -> None:  # noqa: N802
        self._single_shot = bool(single_shot)

    def isSingleShot(self) -> bool:  # noqa: N802
        return self._single_shot

    def isActive(self) -> bool:  # noqa: N802
        return self._due is not None

    def remainingTime(self) -> int:  # noqa: N802
        return -1 if self._due is None else max(0, self._due - self._source.now_ms)

    def start(self, ms: int | None = None) -> None:
        if ms is not None:
            self._interval = int(ms)
        self._source._arm(self)

    def stop(self) -> None:
        self._due = None
        self._generation += 1


class ManualTimers:
    """Virtual time for tests: `advance(seconds=90)` fires whatever falls due, in order."""

    def __init__(self, clock=None, *, instant_ms: int = 0):
        """`clock`: a FixedClock to move along with the timers. `instant_ms`: shorter timers fire at once."""
        self.now_ms = 0
        self.clock = clock
        self.instant_ms = instant_ms
        self._timers: list[ManualTimer] = []
        self._order = itertools.count()

    def timer(self, parent: QObject, interval_ms: int, *, single_shot: bool = False) -> ManualTimer:
        timer = ManualTimer(self, interval_ms, single_shot, parent)
        self._timers.append(timer)
        return timer

    def _arm(self, timer: ManualTimer) -> None:
        timer._generation += 1
        timer._order = next(self._order)
        timer._due = self.now_ms + max(timer._interval, 0)
        if timer._interval < self.instant_ms:
            generation = timer._generation
            QTimer.singleShot(0, lambda: self._fire_instant(timer, generation))

    def _fire_instant(self, timer: ManualTimer, generation: int) -> None:
        if not Shiboken.isValid(timer) or timer._generation != generation or timer._due is None:
            return
        self._fire(timer)

    def _fire(self, timer: ManualTimer) -> None:
        if timer._single_shot:
            timer.stop()
        else:
            self._arm(timer)
        timer.timeout.emit()

    def _live(self) -> list[ManualTimer]:
        self._timers = [t for t in self._timers if Shiboken.isValid(t)]
        return self._timers

    def pending(self) -> list[tuple[int, int]]:
        """(interval, ms until due) of every running timer that waits for virtual time: for test messages."""
        return [(t._interval, t._due - self.now_ms) for t in self._live()
                if t._due is not None and t._interval >= self.instant_ms]

    def advance(self, *, ms: int = 0, seconds: float = 0, minutes: float = 0) -> int:
        """Move virtual time on; every timer due meanwhile fires at its moment. Returns how many fired."""
        target = self.now_ms + int(ms + seconds * 1000 + minutes * 60_000)
        fired = 0
        while True:
            due = [t for t in self._live() if t._due is not None and t._interval >= self.instant_ms
                   and t._due <= target]
            if not due:
                break
            timer = min(due, key=lambda t: (t._due, t._order))
            self._move_to(timer._due)
            self._fire(timer)
            fired += 1
            if fired > 1_000_000:
                raise RuntimeError("ManualTimers.advance: a timer keeps firing without time passing")
        self._move_to(target)
        return fired

    def _move_to(self, when_ms: int) -> None:
        step = when_ms - self.now_ms
        if step > 0:
            self.now_ms = when_ms
            if self.clock is not None:
                self.clock.advance(milliseconds=step)
