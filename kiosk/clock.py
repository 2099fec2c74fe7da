"""Time in one place: every timestamp is timezone-aware Asia/Shanghai.

Code that needs "now" takes a Clock, so tests pass a FixedClock instead of patching time.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(SHANGHAI)


class FixedClock:
    """A clock that says what it is told; `advance` moves it forward."""

    def __init__(self, at: dt.datetime | str):
        if isinstance(at, str):
            at = dt.datetime.fromisoformat(at)
        if at.tzinfo is None:
            at = at.replace(tzinfo=SHANGHAI)
        self._at = at

    def now(self) -> dt.datetime:
        return self._at

    def advance(self, **delta: float) -> None:
        self._at += dt.timedelta(**delta)


def today(clock: Clock) -> dt.date:
    return clock.now().astimezone(SHANGHAI).date()


def iso_now(clock: Clock) -> str:
    """An ISO 8601 timestamp with its +08:00 offset, seconds precision."""
    return clock.now().astimezone(SHANGHAI).isoformat(timespec="seconds")
