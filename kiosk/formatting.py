"""How dates and money read on screen and on paper (babel, zh_CN)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency

from kiosk.clock import SHANGHAI

LOCALE = "zh_CN"


def long_date(day: dt.date, locale: str = LOCALE) -> str:
    """2026年11月22日星期日"""
    return format_date(day, format="full", locale=locale)


def medium_date(day: dt.date, locale: str = LOCALE) -> str:
    """2026年11月22日"""
    return format_date(day, format="long", locale=locale)


def date_time(moment: dt.datetime, locale: str = LOCALE) -> str:
    """2026年11月22日 02:13 — always in Asia/Shanghai; naive datetimes are refused."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one")
    local = moment.astimezone(SHANGHAI)
    return f"{format_date(local.date(), format='long', locale=locale)} {format_datetime(local, 'HH:mm', locale=locale)}"


def money(fen: int, locale: str = LOCALE) -> str:
    """Integer 分 to ¥1,234.50.

    zh_CN takes a fast path: babel costs ~100 µs a call, which was most of the time a 100-row payout
    page took to show (gongkai bench). tests/unit/test_formatting.py holds it equal to babel's output.
    """
    if locale == LOCALE:
        sign = "-" if fen < 0 else ""
        yuan, cents = divmod(abs(fen), 100)
        return f"{sign}¥{yuan:,}.{cents:02d}"
    return format_currency(Decimal(fen) / 100, "CNY", locale=locale)
