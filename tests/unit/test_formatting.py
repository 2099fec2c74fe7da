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
