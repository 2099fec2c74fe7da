"""Dates typed or sent by people: exactly YYYY-MM-DD with ASCII digits, and a real day.

Python 3.11's date.fromisoformat also takes 20261122 and 2026-W47-1; those are refused here.
"""

from __future__ import annotations

import datetime as dt
import re

from kiosk.errors import ValidationError

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class NoSuchDay(ValueError):
    """Written right, but the calendar has no such day (2026-02-30, 2027-13-01): a person is told that,
    not that the format is wrong."""


def parse_day(text: object) -> dt.date:
    """The date, or ValueError for anything but a real YYYY-MM-DD (NoSuchDay when only the day is wrong)."""
    if not isinstance(text, str) or not _ISO_DAY.fullmatch(text.strip()):
        raise ValueError(f"not a YYYY-MM-DD date: {text!r}")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise NoSuchDay(f"no such day: {text!r}") from None


def read_day(text: object, field: str | None = None) -> dt.date:
    """The day a person typed; ValidationError (for `field`) saying what is wrong: the format, or that
    the day does not exist."""
    try:
        return parse_day(text)
    except NoSuchDay:
        raise ValidationError(f"没有这一天：{str(text).strip()}（请核对月份和日子）", field) from None
    except ValueError:
        raise ValidationError("日期格式应为 YYYY-MM-DD，例如 2026-11-22", field) from None
