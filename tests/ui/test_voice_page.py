"""留言评价 on the kiosk (issue 26), by taps: a resident rates the zone once per session and leaves a
question with a topic, agreeing to leave a phone for a call back; what was saved is on disk when the
screen says so, the phone is never shown, and the idle reset leaves nothing for the next resident."""

from __future__ import annotations

import sqlite3

from tests.ui.helpers import root_call, tap, type_text, visible_item, visible_items, visible_texts


def _open_voice(ui, qtbot) -> None:
    root_call(ui, "goHome")
    tap(ui, visible_item(ui, "tile_voice"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "voicePage")), timeout=30_000)


def _touch(ui, name: str) -> None:
    """Swipe the page until the item is in view with the keyboard closed (its hide key), then tap it."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QGuiApplication

    from tests.ui.helpers import wait_until_settled

    QGuiApplication.inputMethod().hide()
    wait_until_settled(ui)  # the page grows back where the keyboard was, and settles, before the swipe
    item, flick = visible_item(ui, name), visible_item(ui, "voiceFlick")
    top = item.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
    view = flick.height()
    if not flick.property("contentY") <= top <= flick.property("contentY") + view - item.height():
        most = max(0.0, flick.property("contentHeight") - view)
        flick.setProperty("contentY", min(most, max(0.0, top - view / 3)))
    tap(ui, item)


def _on_disk(ui, sql: str) -> list[tuple]:
    path = ui.db.execute("PRAGMA database_list").fetchall()[0][2]
    with sqlite3.connect(path) as other:  # another connection: what a crash would leave behind
        return other.execute(sql).fetchall()


def test_a_resident_rates_the_zone_once_per_session(ui, qtbot):
    before = _on_disk(ui, "SELECT count(*) FROM ratings WHERE channel = 'kiosk'")[0][0]
    _open_voice(ui, qtbot)
    tap(ui, visible_item(ui, "rate_1"))
    assert "请点一项原因" in visible_item(ui, "ratingPrompt").property("text")
    tap(ui, visible_item(ui, "reason_4"))
    assert visible_item(ui, "ratingPrompt").property("text") == "本次已评价：已收到您的评价，谢谢！"
    rows = _on_disk(ui, "SELECT score, reason, service, channel, request_number FROM ratings "
                        "WHERE channel = 'kiosk' ORDER BY rowid DESC LIMIT 1")
    assert rows == [(1, "设备不好用", "zone", "kiosk", "")]
    _open_voice(ui, qtbot)  # the same session: no second rating
    assert not visible_items(ui, "rate_5") and "本次已评价" in visible_item(ui, "ratingPrompt").property("text")

    ui.idle.sessionReset.emit()  # the idle reset: the next resident may rate again
    _open_voice(ui, qtbot)
    assert visible_items(ui, "rate_5") and "点一下您的评价" in visible_item(ui, "ratingPrompt").property("text")
    assert _on_disk(ui, "SELECT count(*) FROM ratings WHERE channel = 'kiosk'")[0][0] == before + 1


def test_a_question_with_a_call_back_phone_is_saved_and_never_shown(ui, qtbot):
    _open_voice(ui, qtbot)
    _touch(ui, "askButton")  # nothing chosen yet: a clear message, nothing saved
    assert visible_item(ui, "askMessage").property("text") == "请选择问题类别"
    _touch(ui, "topic_1")
    _touch(ui, "questionField")
    type_text(ui, "今年的耕地补贴什么时候到账？")
    assert not visible_items(ui, "phoneField"), "the phone is asked for only after consent"
    _touch(ui, "consentButton")
    _touch(ui, "phoneField")
    type_text(ui, "13907961234")
    _touch(ui, "askButton")
    qtbot.waitUntil(lambda: bool(visible_items(ui, "askDone")), timeout=30_000)
    assert "已收到您的留言" in visible_item(ui, "askDone").property("text")
    saved = _on_disk(ui, "SELECT channel, topic, text, phone FROM questions ORDER BY rowid DESC LIMIT 1")
    assert saved == [("kiosk", "惠农补贴", "今年的耕地补贴什么时候到账？", "13907961234")]
    assert not any("13907961234" in t for t in visible_texts(ui))
    assert not any("耕地补贴什么时候到账" in t for t in visible_texts(ui))  # the form was emptied

    ui.idle.sessionReset.emit()
    _open_voice(ui, qtbot)
    assert visible_items(ui, "questionField") and not visible_items(ui, "askDone")
    assert visible_item(ui, "questionField").property("text") == ""


def test_the_faq_list_is_one_tap_away_and_opens_an_answer(ui, qtbot):
    _open_voice(ui, qtbot)
    _touch(ui, "faqsButton")
    qtbot.waitUntil(lambda: any("耕地地力保护补贴什么时候发？" in t for t in visible_texts(ui)), timeout=30_000)


def test_a_bad_rating_may_give_its_own_reason_in_words(ui, qtbot):
    ui.idle.sessionReset.emit()
    _open_voice(ui, qtbot)
    tap(ui, visible_item(ui, "rate_2"))
    _touch(ui, "otherReasonButton")  # nothing written: a clear message, nothing saved
    assert visible_item(ui, "ratingError").property("text") == "请选择或填写不满意的原因"
    _touch(ui, "otherReason")
    type_text(ui, "打印机没纸了")
    _touch(ui, "otherReasonButton")
    assert "本次已评价" in visible_item(ui, "ratingPrompt").property("text")
    last = _on_disk(ui, "SELECT score, reason FROM ratings WHERE channel = 'kiosk' ORDER BY rowid DESC LIMIT 1")
    assert last == [(2, "打印机没纸了")]


def test_a_question_the_county_answered_shows_its_answer_as_the_best_card_and_opens_it(ui, qtbot):
    from tests.ui.test_search_page import open_search

    open_search(ui, qtbot)
    type_text(ui, "新生儿怎么上户口")
    qtbot.waitUntil(lambda: bool(visible_items(ui, "searchBestAnswer")), timeout=30_000)
    assert any(t.startswith("答复：带出生医学证明") for t in visible_texts(ui))
    tap(ui, visible_item(ui, "searchBestOpen"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "readerPage")), timeout=30_000)
    assert ui.nav.last_opened().property("title") == "新生儿怎么上户口？"


def test_a_long_question_wraps_in_a_growing_box_that_keeps_the_cursor_in_view_and_stops_at_the_limit(ui, qtbot):
    """A one-line field showed some twenty of up to 300 characters: nobody could read back what they wrote."""
    from PySide6.QtCore import QPointF

    from tests.ui.helpers import wait_until_settled

    _open_voice(ui, qtbot)
    _touch(ui, "questionField")
    box = visible_item(ui, "questionField")
    one_line = box.height()
    sentence = "我家老人今年八十三岁，一个人住在东岭村，听说有高龄津贴，想问问怎么申请，要带哪些材料，到哪里去办。"
    type_text(ui, sentence * 2)
    wait_until_settled(ui)
    area = visible_item(ui, "questionFieldInput")
    assert area.property("lineCount") >= 2 and box.height() > one_line * 1.5, "the box grows with the words"
    assert visible_item(ui, "questionFieldCount").property("text") == f"{len(sentence) * 2} / 300 字"
    type_text(ui, sentence * 8)  # far past the limit
    wait_until_settled(ui)
    assert box.property("text") == (sentence * 10)[:300]
    assert visible_item(ui, "questionFieldCount").property("text") == "300 / 300 字"
    # Five lines at the most, then it scrolls: the line with the cursor is inside the box.
    assert box.height() < one_line * 6
    cursor = area.property("cursorRectangle")
    bottom = area.mapToItem(box, QPointF(0, cursor.y() + cursor.height())).y()
    assert 0 < bottom <= box.height()
