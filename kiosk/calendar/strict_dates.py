"""Dates typed or sent by people: exactly YYYY-MM-DD with ASCII digits, and a real day.

Python 3.11's date.fromisoformat also takes 20261122 and 2026-W47-1; those are refused here.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_day(text: object) -> dt.date:
    """The date, or ValueError for anything but a real YYYY-MM-DD."""
    if not isinstance(text, str) or not _ISO_DAY.fullmatch(text.strip()):
        raise ValueError(f"not a YYYY-MM-DD date: {text!r}")
    return dt.date.fromisoformat(text.strip())
