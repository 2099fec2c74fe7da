"""An elderly resident types her own full name (#24): the pinyin of 姜志兰 offers the whole name."""

from __future__ import annotations

import pytest

from tests.ui.helpers import root_call, tap, visible_item, visible_items, wait_for_frame, wait_until_holds
from tests.ui.keys import candidates, keyboard_rect, keyboard_up, scene_rect, type_keys


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
def test_a_full_name_in_one_tap_on_the_name_field(ui, qtbot, elder):
    ui.theme.elder = elder
    try:
        root_call(ui, "openTarget", "my-payouts", "")
        qtbot.waitUntil(lambda: bool(visible_items(ui, "nameField")), timeout=30_000)
        field = visible_item(ui, "nameField")
        # Ready on arrival: the name field has the focus and the keyboard is up, no tap needed.
        qtbot.waitUntil(lambda: field.hasActiveFocus() and keyboard_up(ui), timeout=30_000)
        type_keys(ui, "jiangzhilan")
        qtbot.waitUntil(lambda: any(c.property("word") == "姜志兰" for c in visible_items(ui, "nameCandidate")),
                        timeout=30_000)

        def row_above_the_keyboard() -> None:  # once the row has made its room (laid out, scrolled)
            row = scene_rect(visible_item(ui, "nameCandidates"))
            assert row.bottom() <= keyboard_rect(ui).top() + 1 and row.height() >= 60, (row, keyboard_rect(ui))
            assert not scene_rect(field).intersects(row)  # the field stays in sight above the names

        wait_until_holds(qtbot, row_above_the_keyboard)
        tap(ui, next(c for c in visible_items(ui, "nameCandidate") if c.property("word") == "姜志兰"))
        qtbot.waitUntil(lambda: field.property("text") == "姜志兰", timeout=30_000)
        # The pinyin is gone with the names.
        qtbot.waitUntil(lambda: not visible_items(ui, "nameCandidate"), timeout=30_000)
    finally:
        ui.theme.elder = False
        root_call(ui, "goHome")


def test_other_fields_get_no_name_row(ui, qtbot):
    ui.search.clear()
    root_call(ui, "openSearch")
    field = visible_item(ui, "searchField")
    qtbot.waitUntil(field.hasActiveFocus, timeout=30_000)
    type_keys(ui, "jiangzhilan")
    # The pinyin has been taken in (the word bar offers its characters), and still no row of names.
    qtbot.waitUntil(lambda: bool(candidates(ui)), timeout=30_000)
    wait_for_frame(ui)
    assert not visible_items(ui, "nameCandidate")
    ui.search.clear()
