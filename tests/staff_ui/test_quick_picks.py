"""The intake form's quick picks: villager-group chips, year and description suggestions, auto-advance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from kiosk.store import township_repo
from tests.staff_ui.harness import CLERK_PIN

PERSONAL = ("刘桂英", "陈建国", "赵敏", "张三", "362430198001011239", "13812345678", "清溪县青禾镇东岭村3组")


def _type(screen, text: str) -> None:
    """Keys into the focused field, without clearing it first."""
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(screen.view, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def _open(make_screen, seeded_db):
    township_repo.add_village(seeded_db, "362430101201", "东岭村", "village", 1)
    township_repo.add_village(seeded_db, "362430101202", "龙泉社区", "community", 2)
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    screen.tap("nav_intake")
    screen.qtbot.waitUntil(lambda: screen.maybe("field_name") is not None)
    return screen


def test_the_form_starts_at_the_name_and_a_valid_id_number_or_mobile_moves_on_by_itself(make_screen, seeded_db):
    screen = _open(make_screen, seeded_db)
    screen.qtbot.waitUntil(screen.item("field_name").hasActiveFocus)  # a new form starts at the name
    screen.type_into("field_id_number", "362430198001011238")  # 18 characters, wrong check digit: stays
    assert screen.item("field_id_number").hasActiveFocus()
    screen.type_into("field_id_number", "362430198001011239")
    assert screen.item("field_phone").hasActiveFocus()
    screen.type_into("field_phone", "0796-612345")  # a landline is not complete at 11 characters
    assert screen.item("field_phone").hasActiveFocus()
    screen.type_into("field_phone", "13812345678")
    assert screen.item("field_address").hasActiveFocus()


def test_group_chips_follow_a_village_and_fill_the_address(make_screen, seeded_db):
    screen = _open(make_screen, seeded_db)
    screen.tap("field_address")
    assert not screen.item("groupChips").isVisible()
    screen.tap("village_龙泉社区")
    screen.settle()
    assert not screen.item("groupChips").isVisible()  # a community has no villager groups
    screen.tap("village_东岭村")
    flick_bottom = sum(screen.scene_rect("intakeFlick")[1::2])
    # The groups come up under the villages, scrolled into view.
    screen.qtbot.waitUntil(lambda: screen.item("groupChips").isVisible()
                           and sum(screen.scene_rect("groupChips")[1::2]) <= flick_bottom)
    screen.tap("group_3组")
    assert screen.text("field_address") == "东岭村3组" and screen.item("field_address").hasActiveFocus()
    _type(screen, "12号")
    screen.tap("group_5组")  # another group replaces the first, what follows stays
    assert screen.text("field_address") == "东岭村5组12号"


def test_year_chip_and_description_suggestions_fill_the_field_without_personal_data(make_screen, seeded_db):
    screen = _open(make_screen, seeded_db)
    screen.tap("field_description")
    screen.settle()
    assert screen.maybe("year_2025年") is not None
    screen.tap("year_2026年")
    assert screen.text("field_description") == "2026年"
    assert screen.maybe("year_2026年") is None or not screen.item("year_2026年").isVisible()  # one year is enough
    _type(screen, "危房")
    screen.settle()
    shown = [i.property("label") for i in _chips(screen, "suggestion_")]
    # The harness's recent request 东岭村2025年危房改造补助对象名单及补助标准 (its own year, so none added).
    assert shown == ["东岭村2025年危房改造补助对象名单及补助标准"]
    screen.tap("suggestion_东岭村2025年危房改造补助对象名单及补助标准")
    assert screen.text("field_description") == "东岭村2025年危房改造补助对象名单及补助标准"
    screen.item("field_description").setProperty("text", "")
    for text in ("低保", "改造", "名单", "招标"):
        screen.item("field_description").setProperty("text", text)
        screen.settle()
        for chip in _chips(screen, "suggestion_"):
            assert not any(p in chip.property("label") for p in PERSONAL), chip.property("label")


def _chips(screen, prefix: str) -> list:
    pending, found = [screen.view.rootObject()], []
    while pending:
        item = pending.pop()
        if item.objectName().startswith(prefix) and item.isVisible():
            found.append(item)
        pending.extend(item.childItems())
    return found
