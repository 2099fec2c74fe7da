"""How dates and money read on screen and on paper (babel; zh_CN unless the screens' locale is passed).

zh_CN's dates and money take fast paths equal to babel's output (tests/unit/test_formatting.py): babel
and its locale data cost ~15 ms and 5 MB before the home screen's first frame, which shows a date.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from kiosk.clock import SHANGHAI

LOCALE = "zh_CN"
_WEEKDAYS_ZH = "一二三四五六日"


def long_date(day: dt.date, locale: str = LOCALE) -> str:
    """2026年11月22日星期日"""
    if locale == LOCALE:
        return f"{day.year}年{day.month}月{day.day}日星期{_WEEKDAYS_ZH[day.weekday()]}"
    from babel.dates import format_date

    return format_date(day, format="full", locale=locale)


def medium_date(day: dt.date, locale: str = LOCALE) -> str:
    """2026年11月22日"""
    if locale == LOCALE:
        return f"{day.year}年{day.month}月{day.day}日"
    from babel.dates import format_date

    return format_date(day, format="long", locale=locale)


def day_text(iso: str | None, locale: str = LOCALE) -> str:
    """An ISO date (or a timestamp starting with one) as the resident reads it: 2026年1月15日.

    The one date style of the resident screens; text that is not a date comes back unchanged.
    """
    if not iso:
        return ""
    try:
        return medium_date(dt.date.fromisoformat(str(iso)[:10]), locale)
    except ValueError:
        return str(iso)


_PERIOD = re.compile(r"^\s*第?\s*(\d{4})\s*(?:年|-|/|\.)?\s*(\d{1,2})\s*月?\s*期?\s*$")
_YEAR_PERIOD = re.compile(r"^\s*第?\s*(\d{4})\s*年?度?\s*期?\s*$")


def period_text(period: str | None, locale: str = LOCALE) -> str:
    """A payout period (补贴期号) as one style: 2026-11, 202611, 2026年01月, 第2026年11月期 -> 2026年11月.

    A yearly period reads 2026年度; anything else (第3期, 第一季度) is kept as written.
    """
    text = (period or "").strip()
    match = _PERIOD.match(text)
    if match and 1 <= int(match.group(2)) <= 12:
        year, month = int(match.group(1)), int(match.group(2))
        if not locale.startswith("zh"):  # CLDR's own year-and-month pattern (English, Uyghur, Tibetan...)
            from babel.dates import format_skeleton

            return format_skeleton("yMMMM", dt.date(year, month, 1), locale=locale)
        return f"{year}年{month}月"
    match = _YEAR_PERIOD.match(text)
    if match:
        return f"{match.group(1)}年度" if locale.startswith("zh") else match.group(1)
    return text


def date_time(moment: dt.datetime, locale: str = LOCALE) -> str:
    """2026年11月22日 02:13 — always in Asia/Shanghai; naive datetimes are refused."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one")
    local = moment.astimezone(SHANGHAI)
    if locale == LOCALE:
        return f"{medium_date(local.date())} {local:%H:%M}"
    from babel.dates import format_date, format_datetime

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
    from babel.numbers import format_currency

    return format_currency(Decimal(fen) / 100, "CNY", locale=locale)
