"""What a resident writes in 留言, 意见 and a 差评's reason is refused, clearly and with nothing saved,
when the counter would refuse it too: NUL and other control characters, a lone surrogate (a broken
character), zero-width and bidi characters, or nothing visible at all. Seen: NUL made the database's
CHECK fail and a surrogate an encoding error, both as unhandled exceptions behind a form that said nothing."""

from __future__ import annotations

import pytest

from kiosk.clock import FixedClock
from kiosk.errors import ValidationError
from kiosk.feedback import questions, ratings

AT = FixedClock("2026-11-22T10:00:00+08:00")
DIRTY = {
    "\x00\x00": "请填写问题",
    "\ud800低保": "问题含有无效的字符",
    "\u200b\u200b": "请填写问题",
    "低\u200b保怎么办": "问题不能含有不可见的格式字符（如零宽字符）",
    "\x1b[2J清屏": "问题不能含有控制字符",
    "\u202e保低": "问题不能含有文字方向控制字符",
    "好\x00": "问题不能含有控制字符",
}


def _count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize(("text", "message"), DIRTY.items())
def test_a_dirty_question_is_refused_in_words_and_nothing_is_saved(db, text, message):
    before = _count(db, "questions")
    with pytest.raises(ValidationError) as refused:
        questions.ask(db, AT, "民政救助", text)
    assert str(refused.value) == message
    assert _count(db, "questions") == before


def test_a_question_on_several_lines_is_kept_as_written(db):
    ref = questions.ask(db, AT, "民政救助", "高龄津贴怎么领？\n要带什么？")
    assert db.execute("SELECT text FROM questions WHERE uuid = ?", [ref]).fetchone()[0] == "高龄津贴怎么领？\n要带什么？"


def test_an_invisible_reason_does_not_count_as_the_reason_a_bad_rating_needs(db):
    before = _count(db, "ratings")
    with pytest.raises(ValidationError, match="原因不能含有不可见的格式字符"):
        ratings.rate(db, AT, 1, "\u200b", service="zone", channel="kiosk")
    assert _count(db, "ratings") == before


def test_the_kiosk_form_says_so_under_the_question_instead_of_failing_silently(db, qapp):
    from ui.models.voice import QuestionModel

    form = QuestionModel(db, AT)
    form.pickTopic("民政救助")
    assert form.submit("\x00\x00", "") is False
    assert form.property("message") == "请填写问题" and form.property("stage") == "ask"
    assert form.submit("\ud800?", "") is False
    assert form.property("message") == "问题含有无效的字符"


@pytest.mark.parametrize("text", ["我叫王秀英，电话一三九零七九六一二三四", "电话139.0796.1234", "打幺三九 零七九六 一二三四",
                                  "座机0796·6123456", "号码１３９０７９６１２３４"])
def test_a_phone_number_written_out_spaced_dotted_or_in_chinese_numerals_is_kept_off_a_question(db, text):
    """A 留言 is anonymous and may be published as a 简明问答: a phone in it must be refused however written."""
    with pytest.raises(ValidationError, match="不能有身份证号码或电话号码"):
        questions.ask(db, AT, "民政救助", text)


@pytest.mark.parametrize("text", ["2026.11.22到账了吗", "二〇二六年的补贴什么时候发", "每月100元够不够", "我家3组12号漏雨",
                                  "2026-11-22申请的", "两个老人能领几份"])
def test_dates_amounts_and_house_numbers_are_not_mistaken_for_a_phone(db, text):
    assert questions.ask(db, AT, "民政救助", text)
