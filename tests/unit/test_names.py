"""Whole names from pinyin (kiosk/names.py): common surname first, then common given-name characters."""

from __future__ import annotations

import pytest

from kiosk.names import name_candidates


@pytest.mark.parametrize("typed, name", [("jiangzhilan", "姜志兰"), ("wangxiuying", "王秀英"),
                                         ("zhangguiying", "张桂英"), ("liming", "李明"), ("zengguoqing", "曾国庆")])
def test_the_full_name_is_among_the_first_candidates(typed, name):
    found = name_candidates(typed)
    assert name in found[:8], found


def test_the_most_common_surname_and_characters_come_first():
    assert name_candidates("wangxiuying")[0] == "王秀英"
    assert all(len(n) == 3 for n in name_candidates("jiangzhilan"))


def test_the_last_syllable_may_still_be_typed():
    assert "姜志兰" in name_candidates("jiangzhil")


@pytest.mark.parametrize("typed", ["", "a", "jiang", "abc", "jiangzhilanxiuying", "12", "姜志兰"])
def test_not_a_name_gives_nothing(typed):
    assert name_candidates(typed) == []
