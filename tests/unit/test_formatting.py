"""Dates and money read as babel's zh_CN says, including the fast path for money."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from babel.numbers import format_currency

from kiosk.clock import SHANGHAI
from kiosk.formatting import date_time, long_date, money


def test_money_fast_path_matches_babel_everywhere():
    rng = random.Random(7)
    samples = [0, 1, 9, 10, 99, 100, 101, 99999, 100000, -1, -100, -123456] + [
        rng.randrange(-10**12, 10**12) for _ in range(2000)
    ]
    for fen in samples:
        assert money(fen) == format_currency(Decimal(fen) / 100, "CNY", locale="zh_CN"), fen


def test_money_in_another_locale_goes_through_babel():
    assert money(123456, locale="en_US") == "CN¥1,234.56"


def test_dates_read_the_chinese_way_and_naive_times_are_refused():
    assert long_date(dt.date(2026, 11, 22)) == "2026年11月22日星期日"
    assert date_time(dt.datetime(2026, 11, 22, 2, 13, tzinfo=SHANGHAI)) == "2026年11月22日 02:13"
    assert date_time(dt.datetime(2026, 11, 21, 18, 13, tzinfo=dt.UTC)) == "2026年11月22日 02:13"
    with pytest.raises(ValueError):
        date_time(dt.datetime(2026, 11, 22, 2, 13))



def test_chinese_dates_fast_path_matches_babel_every_day_of_two_years():
    """zh_CN's dates skip babel (its import and locale data sat before home's first frame, issue 27)."""
    import datetime as dt

    from babel.dates import format_date, format_datetime

    from kiosk.clock import SHANGHAI
    from kiosk.formatting import date_time, long_date, medium_date

    day = dt.date(2026, 1, 1)
    for _ in range(731):
        assert long_date(day) == format_date(day, format="full", locale="zh_CN")
        assert medium_date(day) == format_date(day, format="long", locale="zh_CN")
        day += dt.timedelta(days=1)
    for moment in (dt.datetime(2026, 11, 22, 2, 13, tzinfo=dt.UTC),
                   dt.datetime(2027, 2, 28, 23, 59, tzinfo=SHANGHAI)):
        local = moment.astimezone(SHANGHAI)
        expected = f"{format_date(local.date(), format='long', locale='zh_CN')} " \
                   f"{format_datetime(local, 'HH:mm', locale='zh_CN')}"
        assert date_time(moment) == expected
    assert long_date(dt.date(2026, 11, 22), "en") == "Sunday, November 22, 2026"
