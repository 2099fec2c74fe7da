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


def test_the_row_of_names_shows_whole_names_and_pages_with_buttons(ui, qtbot):
    """A name cut off at the row's edge was the only hint of more, and a swipe the only way there (#24)."""
    from tests.ui.keys import panel

    ui.theme.elder = True
    try:
        root_call(ui, "openTarget", "my-payouts", "")
        qtbot.waitUntil(lambda: bool(visible_items(ui, "nameField")), timeout=10000)
        field = visible_item(ui, "nameField")
        qtbot.waitUntil(lambda: field.hasActiveFocus() and keyboard_up(ui), timeout=10000)
        type_keys(ui, "jiangzhilan")
        qtbot.waitUntil(lambda: len(visible_items(ui, "nameCandidate")) > 3, timeout=10000)
        wait_for_frame(ui)
        board = scene_rect(panel(ui))
        nxt, prev = visible_item(ui, "namesNext"), visible_item(ui, "namesPrevious")
        assert nxt.width() >= 96 and nxt.height() >= 60 and not prev.property("enabled")

        def shown():
            names = scene_rect(visible_item(ui, "nameList"))
            drawn = [c for c in visible_items(ui, "nameCandidate") if c.opacity() > 0.5
                     and scene_rect(c).intersects(names)]
            assert drawn and all(names.left() - 2 <= scene_rect(c).left() and scene_rect(c).right() <= names.right() + 2
                                 and scene_rect(c).bottom() <= board.top() + 1 for c in drawn)
            assert scene_rect(visible_item(ui, "nameList")).right() <= scene_rect(prev).left() + 1
            return [c.property("word") for c in sorted(drawn, key=lambda c: scene_rect(c).left())]

        first = shown()
        tap(ui, nxt)
        wait_for_frame(ui)
        second = shown()
        assert second and not set(first) & set(second) and prev.property("enabled")
        tap(ui, prev)
        wait_for_frame(ui)
        assert shown() == first
        tap(ui, nxt)
        wait_for_frame(ui)
        word = second[0]
        tap(ui, next(c for c in visible_items(ui, "nameCandidate") if c.property("word") == word))
        qtbot.waitUntil(lambda: field.property("text") == word, timeout=10000)
    finally:
        ui.theme.elder = False
        root_call(ui, "goHome")
