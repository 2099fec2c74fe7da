"""The statutory holidays (全国年节及纪念日放假办法, as amended in 2024) of any year, before the State
Council's notice for that year is published (DOMAIN.md §8).

The law fixes the days: 元旦 (1 Jan), 春节 (lunar New Year's Eve to the 3rd day), 清明 (the solar
term), 劳动节 (1-2 May), 端午 (5th of the 5th lunar month), 中秋 (15th of the 8th), 国庆 (1-3 Oct).
Only the 调休 (weekend swaps) wait for the yearly notice, so a year without one still knows these
13 days, and deadlines counted through them are marked provisional (kiosk/calendar/workdays.py).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from lunardate import LunarDate

# The years lunardate's tables cover (it raises outside them); beyond, only the fixed dates are known.
LUNAR_YEARS = range(1900, 2100)


def qingming(year: int) -> dt.date:
    """清明: the solar term at the sun's longitude 15°, April 4, 5 or 6. The 寿星 formula
    day = floor(Y * 0.2422 + C) - floor(Y / 4), with Y the year within its century and C = 4.81
    (2000-2099) or 5.59 (1900-1999), agrees with the astronomical tables for 1900-2099."""
    y = year % 100
    c = 4.81 if year >= 2000 else 5.59
    return dt.date(year, 4, int(y * 0.2422 + c) - y // 4)


def _lunar(year: int, month: int, day: int) -> dt.date:
    return LunarDate(year, month, day).to_solar_date()


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> dict[dt.date, str]:
    """Every statutory holiday of `year` (Gregorian), day -> name."""
    days: dict[dt.date, str] = {dt.date(year, 1, 1): "元旦"}
    days.update({dt.date(year, 5, d): "劳动节" for d in (1, 2)})
    days.update({dt.date(year, 10, d): "国庆节" for d in (1, 2, 3)})
    days[qingming(year)] = "清明节"
    for lunar_year in (year - 1, year, year + 1):  # 春节 of one lunar year can start in the Gregorian year before
        if lunar_year not in LUNAR_YEARS or lunar_year + 1 not in LUNAR_YEARS:
            continue
        new_year = _lunar(lunar_year, 1, 1)
        for offset in range(-1, 3):  # 除夕, 初一, 初二, 初三
            day = new_year + dt.timedelta(days=offset)
            if day.year == year:
                days[day] = "春节"
        for month, day_of_month, name in ((5, 5, "端午节"), (8, 15, "中秋节")):
            day = _lunar(lunar_year, month, day_of_month)
            if day.year == year:
                days.setdefault(day, name)  # 中秋 on 10-03 (2028) stays counted once, as 国庆节
    return days
