"""A resident comments on the open 村规民约 draft in 长辈模式, portrait, typing through the on-screen
keyboard (issue 26): every tap is counted, every screen is captured and checked by the a11y lint,
the comment is on disk when the screen says 已收到, and the idle reset clears the page."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPointF, QRectF

from tests.ui import staff_kiosk as _fixtures
from tests.ui.helpers import root, tap, visible_item, visible_items, walk
from tests.ui.keys import find_key, keyboard_up, pump, tap_candidate, type_keys
from ui.a11y_lint import check_window
from ui.screenshot import grab_window

kui, staff_kiosk = _fixtures.kui, _fixtures.staff_kiosk   # the fixtures, for this module
TITLE = "东岭村村规民约（修订草案）"


class Taps:
    def __init__(self, ui):
        self.ui, self.count = ui, 0

    def __call__(self, item) -> None:
        self.count += 1
        tap(self.ui, item)
        pump()


def _in_view(ui, item) -> bool:
    """Whole on screen: inside the window and inside every clipping area around it (a page's text area)."""
    def rect(i) -> QRectF:
        top_left = i.mapToScene(QPointF(0, 0))
        return QRectF(top_left.x(), top_left.y(), i.width(), i.height())

    view = QRectF(0, 0, ui.window.width(), ui.window.height())
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            view = view.intersected(rect(parent))
        parent = parent.parentItem()
    return view.contains(rect(item))


def _titled(ui, title: str):
    return next(i for i in walk(ui.window.contentItem(), only_visible=True) if i.property("title") == title)


def test_an_elder_comments_on_the_draft_in_portrait_through_the_keyboard(kui, qtbot, tmp_path):
    ui = kui
    ui.window.resize(1080, 1920)
    qtbot.waitUntil(lambda: root(ui).property("portrait"), timeout=30_000)
    taps, shots, problems = Taps(ui), [], []

    def screen(name: str) -> None:
        shots.append(grab_window(ui.window, tmp_path / f"{len(shots):02d}-{name}.png"))
        report = check_window(ui.window, page=name, mode="elder")
        problems.extend((name, p) for p in report.problems)

    taps(visible_item(ui, "elderToggle"))
    screen("home")
    taps(visible_item(ui, "tile_voice"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "voicePage")), timeout=30_000)
    screen("voice")
    def swiped_to_the_drafts_button() -> bool:  # the page scrolls by a swipe, not a tap
        flick = visible_item(ui, "voiceFlick")
        flick.setProperty("contentY", max(0, flick.property("contentHeight") - flick.height()))
        return _in_view(ui, visible_item(ui, "draftsButton"))

    qtbot.waitUntil(swiped_to_the_drafts_button, timeout=30_000)
    taps(visible_item(ui, "draftsButton"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "choicePage")), timeout=30_000)
    screen("drafts")
    taps(_titled(ui, TITLE))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "readerPage")), timeout=30_000)
    screen("draft")
    for _ in range(30):   # 下一页 until 我要提意见 is on screen (a bound, not a hang, if it never comes)
        if any(_in_view(ui, i) for i in visible_items(ui, "readerLink")):
            break
        taps(visible_item(ui, "pageDownButton"))
    assert any(_in_view(ui, i) for i in visible_items(ui, "readerLink")), "下一页 never reached 我要提意见"
    screen("draft-end")
    taps(next(i for i in visible_items(ui, "readerLink") if _in_view(ui, i)))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "commentPage")) and keyboard_up(ui), timeout=30_000)
    screen("comment")
    before = taps.count
    type_keys(ui, "yanxi")
    taps.count += 5
    tap_candidate(ui, "宴席", qtbot)
    taps.count += 1
    type_keys(ui, "taiduo")
    taps.count += 6
    tap_candidate(ui, "太多", qtbot)
    taps.count += 1
    typing = taps.count - before
    assert visible_item(ui, "commentField").property("text") == "宴席太多"
    screen("comment-typed")
    taps(find_key(ui, "hideKey"))
    qtbot.waitUntil(lambda: not keyboard_up(ui), timeout=30_000)
    taps(visible_item(ui, "submitComment"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "commentDone")), timeout=30_000)
    screen("received")

    path = ui.db.execute("PRAGMA database_list").fetchall()[0][2]
    with sqlite3.connect(path) as other:
        saved = other.execute("SELECT draft_title, text, name, phone FROM draft_comments ORDER BY rowid DESC "
                              "LIMIT 1").fetchall()  # the demo's own comments come first
    assert saved == [(TITLE, "宴席太多", "", "")]
    assert "已收到您的意见" in visible_item(ui, "commentDone").property("text")
    # Counted: 长辈模式 1, tile 1, 意见征集 1, the draft 1, 下一页 as needed, 我要提意见 1, typing 13, 收起 1, 提交 1.
    pages = taps.count - typing - 7
    assert typing == 13 and 0 <= pages <= 8, (taps.count, typing)
    print(f"taps: {taps.count} in all, {typing} typing, {pages} 下一页")
    assert not problems, problems
    assert len(shots) == 8 and all(s.stat().st_size > 20_000 for s in shots)

    ui.idle.sessionReset.emit()  # the next resident finds home, and nothing typed
    qtbot.waitUntil(lambda: bool(visible_items(ui, "homePage")), timeout=30_000)
    assert not visible_items(ui, "commentPage")
