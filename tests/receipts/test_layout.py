"""Line breaking for Chinese receipts: per character, punctuation kept off line starts, codes whole."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.receipts.fonts import FONT_NAME, register_cjk_font
from kiosk.receipts.layout import NO_LINE_START, truncate_lines, wrap


def setup_module():
    register_cjk_font()


def test_lines_fit_and_nothing_is_lost():
    text = "请求公开青禾镇2025年度耕地地力保护补贴的发放名单、发放标准、资金来源及面积核定依据。" * 3
    lines = wrap(text, 10, 120)
    assert "".join(lines) == text
    assert all(stringWidth(line, FONT_NAME, 10) <= 120 for line in lines)
    assert not any(line[0] in NO_LINE_START for line in lines[1:])


def test_latin_runs_stay_whole_and_overlong_ones_are_cut():
    masked = "913***********XX0X"
    width = stringWidth(masked, FONT_NAME, 10) + 15  # room for the code and one more character
    lines = wrap(f"统一社会信用代码 {masked}", 10, width)
    assert masked in lines  # moved to its own line whole, not split after 913
    long_code = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" * 2
    lines = wrap(f"编号{long_code}完", 10, 60)
    assert "".join(lines) == f"编号{long_code}完"
    assert all(stringWidth(line, FONT_NAME, 10) <= 60 for line in lines)


def test_truncation_ends_with_an_ellipsis_that_fits():
    lines = wrap("很长的说明" * 40, 10, 100)
    cut = truncate_lines(lines, 3, 10, 100)
    assert len(cut) == 3 and cut[-1].endswith("……")
    assert stringWidth(cut[-1], FONT_NAME, 10) <= 100
