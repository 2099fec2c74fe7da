"""Statutory working days and the deadlines of the OGI Regulation (DOMAIN.md §1.3, §5).

Counting rules, all in one place:

- A working day is Mon-Fri, except the statutory holidays of the State Council notice, plus its
  调休 working weekends. The notice for each year is data (tables calendar_years / calendar_days).
- The start day is never counted (民法典 Art 201 by analogy): "received Tue 02-10, +7 WD" counts
  from Wed 02-11. Because only working days are counted, a deadline never falls on a holiday.
- A year with no imported notice still knows its statutory holidays (kiosk/calendar/statutory.py:
  元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆, computed for any year), but not its 调休; every result
  that touches such a year is marked *provisional*. When the year's notice arrives, open requests are recomputed
  (`kiosk.requests.service.recompute_open_requests`).
- Excluded spans (third-party opinion periods, Arts 32-33¶3): a span (first, last) removes every working day d
  with first <= d <= last from the count. The service passes first = the day after the opinion
  letter went out and last = the day the answer came back, so those working days do not count.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import sqlite_utils

from kiosk.calendar.statutory import statutory_holidays
from kiosk.errors import ValidationError

REPLY_WORKDAYS = 20  # Art 33: reply within 20 working days of receipt
MAX_EXTENSION_WORKDAYS = 20  # Art 33: extension of at most 20 more working days
CORRECTION_NOTICE_WORKDAYS = 7  # Art 30: one-time 补正 notice within 7 working days
DUE_SOON_WORKDAYS = 5  # the worklist highlights requests due within this many working days

Span = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Due:
    """A computed deadline. `provisional` means a year on the way was not covered by the calendar."""

    day: dt.date
    provisional: bool

    def text(self) -> str:
        """`YYYY-MM-DD`, plus ` provisional` when not covered (the `gongkai deadline` output)."""
        return self.day.isoformat() + (" provisional" if self.provisional else "")


@dataclass(frozen=True)
class WorkCalendar:
    """Holidays and 调休 working days for the covered years. Build it with `load_calendar(db)`."""

    exceptions: dict[dt.date, str] = field(default_factory=dict)  # day -> 'holiday' | 'workday'
    covered_years: frozenset[int] = frozenset()

    def covers(self, day: dt.date) -> bool:
        return day.year in self.covered_years

    def is_workday(self, day: dt.date) -> bool:
        if not self.covers(day):
            return day.weekday() < 5 and day not in statutory_holidays(day.year)
        kind = self.exceptions.get(day)
        if kind == "holiday":
            return False
        if kind == "workday":
            return True
        return day.weekday() < 5

    def add_workdays(self, start: dt.date, workdays: int, excluded: Iterable[Span] = ()) -> Due:
        """The day on which `workdays` working days after `start` have elapsed (start not counted).

        `workdays` must be >= 1. Working days inside an excluded span do not count. A count that
        would run past 9999-12-31 is a ValidationError (bad input), never an OverflowError.
        """
        if workdays < 1:
            raise ValueError("workdays must be at least 1")
        spans = list(excluded)
        provisional = False  # the start day itself is not counted, so its year does not matter
        day, counted = start, 0
        while counted < workdays:
            if day >= dt.date.max:
                raise ValidationError(f"日期 {start.isoformat()} 之后 {workdays} 个工作日超出可计算的日期范围")
            day += dt.timedelta(days=1)
            provisional = provisional or not self.covers(day)
            if self.is_workday(day) and not any(a <= day <= b for a, b in spans):
                counted += 1
        return Due(day, provisional)

    def workdays_between(self, after: dt.date, until: dt.date) -> int:
        """Working days d with after < d <= until (negative when `until` is before `after`)."""
        if until < after:
            return -self.workdays_between(until, after)
        count, day = 0, after
        while day < until:
            day += dt.timedelta(days=1)
            count += self.is_workday(day)
        return count

    def days_off_between(self, after: dt.date, until: dt.date) -> list[dt.date]:
        """Weekdays that are not working days (holidays), after < d <= until."""
        days, day = [], after
        while day < until:
            day += dt.timedelta(days=1)
            if day.weekday() < 5 and not self.is_workday(day):
                days.append(day)
        return days

    def extra_workdays_between(self, after: dt.date, until: dt.date) -> list[dt.date]:
        """Weekend days that are working days (调休), after < d <= until."""
        days, day = [], after
        while day < until:
            day += dt.timedelta(days=1)
            if day.weekday() >= 5 and self.is_workday(day):
                days.append(day)
        return days

    def workdays_in_year(self, year: int) -> int:
        return self.workdays_between(dt.date(year - 1, 12, 31), dt.date(year, 12, 31))


@lru_cache(maxsize=1)
def shipped_calendar() -> tuple[dict[dt.date, str], frozenset[int]]:
    """The official calendars shipped in resources/calendar (2026 ...), parsed once."""
    from kiosk.calendar.holidays import parse_calendar
    from kiosk.paths import resources_dir

    exceptions: dict[dt.date, str] = {}
    years = set()
    for path in sorted((resources_dir() / "calendar").glob("*.json")):
        year, _source, days = parse_calendar(json.loads(path.read_text(encoding="utf-8")))
        years.add(year)
        exceptions.update({dt.date.fromisoformat(d): kind for d, kind, _name in days})
    return exceptions, frozenset(years)


def load_calendar(db: sqlite_utils.Database) -> WorkCalendar:
    """The calendar stored in the database, plus any shipped year the database lacks (a fresh
    database still knows 2026). Read once per use case; it is small."""
    from kiosk.store import calendar_repo

    stored_years = frozenset(calendar_repo.covered_years(db))
    shipped, shipped_years = shipped_calendar()
    exceptions = {d: k for d, k in shipped.items() if d.year not in stored_years}
    exceptions.update({dt.date.fromisoformat(d): k for d, k in calendar_repo.exceptional_days(db).items()})
    return WorkCalendar(exceptions, stored_years | shipped_years)


def deadline(db: sqlite_utils.Database, received: dt.date, workdays: int = REPLY_WORKDAYS) -> Due:
    """`gongkai deadline`: the day `workdays` working days after `received`."""
    return load_calendar(db).add_workdays(received, workdays)
