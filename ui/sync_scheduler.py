"""The nightly sync inside the app: a random minute in the configured window, run off the UI thread.

Hundreds of kiosks share one county server, so each picks its own random minute inside
`Config.sync_window` (e.g. "01:00-05:00"; a window may cross midnight). A failed sync is retried
with growing pauses while the window lasts, then waits for the next night. Staff can start one
at once with `runNow()`. The job is a plain callable (see `sync.client.sync_job`) that opens its
own database connection, so the UI's connection is never touched from the worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.clock import SHANGHAI, Clock, SystemClock
from kiosk.errors import ConfigError

log = logging.getLogger(__name__)
RETRY_MINUTES = (5, 10, 20, 40, 60)


def parse_window(text: str) -> tuple[dt.time, dt.time]:
    try:
        start, end = (dt.time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError:
        raise ConfigError(f"sync_window 格式应为 01:00-05:00，实际是「{text}」") from None
    if start == end:
        raise ConfigError("sync_window 的开始和结束不能相同")
    return start, end


def window_bounds(now: dt.datetime, window: tuple[dt.time, dt.time]) -> tuple[dt.datetime, dt.datetime]:
    """The next (or current) window that has not ended yet, as aware datetimes."""
    start_t, end_t = window
    local = now.astimezone(SHANGHAI)
    for offset in (-1, 0, 1):
        day = local.date() + dt.timedelta(days=offset)
        start = dt.datetime.combine(day, start_t, SHANGHAI)
        end = dt.datetime.combine(day + dt.timedelta(days=1 if end_t <= start_t else 0), end_t, SHANGHAI)
        if end > local:
            return start, end
    raise AssertionError("unreachable")


def pick_run_time(now: dt.datetime, window: tuple[dt.time, dt.time], rng: random.Random) -> dt.datetime:
    """A random minute in the next window, never in the past."""
    start, end = window_bounds(now, window)
    earliest = max(start, now.astimezone(SHANGHAI))
    minutes = max(0, int((end - earliest).total_seconds() // 60) - 1)
    return earliest + dt.timedelta(minutes=rng.randint(0, minutes))


class SyncScheduler(QObject):
    """Runs `job()` nightly on a worker thread. `job` returns (ok, message)."""

    runningChanged = Signal()
    nextRunChanged = Signal()
    finished = Signal(bool, str)  # ok, message (Chinese), on the UI thread
    _done = Signal(bool, str)  # from the worker thread; queued to the UI thread

    def __init__(self, job: Callable[[], tuple[bool, str]], window: str, *, clock: Clock | None = None,
                 rng: random.Random | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._job = job
        self._window = parse_window(window)
        self._clock = clock or SystemClock()
        self._rng = rng or random.Random()
        self._running = False
        self._failures = 0
        self._next: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.runNow)
        self._done.connect(self._on_done)

    @Property(bool, notify=runningChanged)
    def running(self) -> bool:
        return self._running

    @Property(str, notify=nextRunChanged)
    def nextRun(self) -> str:
        return self._next.isoformat(timespec="minutes") if self._next else ""

    @property
    def next_run(self) -> dt.datetime | None:
        return self._next

    def start(self) -> None:
        self._schedule(pick_run_time(self._clock.now(), self._window, self._rng))

    def stop(self) -> None:
        self._timer.stop()

    def _schedule(self, at: dt.datetime) -> None:
        self._next = at
        delay_ms = max(0, int((at - self._clock.now()).total_seconds() * 1000))
        self._timer.start(delay_ms)
        self.nextRunChanged.emit()

    @Slot()
    def runNow(self) -> None:
        if self._running:
            return
        self._running = True
        self.runningChanged.emit()
        threading.Thread(target=self._work, name="gongkai-sync", daemon=True).start()

    def _work(self) -> None:
        try:
            ok, message = self._job()
        except Exception as exc:  # the worker must always report back, whatever broke
            log.exception("sync failed")
            ok, message = False, f"失败：{exc}"
        self._done.emit(ok, message)

    @Slot(bool, str)
    def _on_done(self, ok: bool, message: str) -> None:
        self._running = False
        self.runningChanged.emit()
        now = self._clock.now()
        self._failures = 0 if ok else self._failures + 1
        retry = None
        if not ok and self._failures <= len(RETRY_MINUTES) and self._in_window(now):
            pause = RETRY_MINUTES[self._failures - 1] * (0.75 + self._rng.random() / 2)
            candidate = now + dt.timedelta(minutes=pause)
            if candidate < window_bounds(now, self._window)[1]:
                retry = candidate
        if retry is None:
            # Done for tonight (or a manual run by day): a fresh random minute in the next window.
            self._failures = 0
            base = window_bounds(now, self._window)[1] if self._in_window(now) else now
            retry = pick_run_time(base + dt.timedelta(minutes=1), self._window, self._rng)
        self._schedule(retry)
        self.finished.emit(ok, message)

    def _in_window(self, now: dt.datetime) -> bool:
        start, end = window_bounds(now, self._window)
        return start <= now < end
