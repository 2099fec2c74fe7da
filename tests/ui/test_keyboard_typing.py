"""Typing through the on-screen keyboard itself: every character below is a tap on a key of the panel."""

from __future__ import annotations

from kiosk.requests.service import list_requests
from tests.ui import staff_kiosk as _fixtures
from tests.ui.conftest import REQUEST_NUMBER
from tests.ui.helpers import root_call, tap, visible_item, visible_items
from tests.ui.keys import find_key, keyboard_up, press, tap_candidate, type_keys
from tests.ui.staff_kiosk import login_by_keyboard

kui, staff_kiosk = _fixtures.kui, _fixtures.staff_kiosk   # the fixtures, for this module


def test_request_number_on_the_numeric_pad_then_enter_looks_it_up(kui, qtbot):
    root_call(kui, "openTarget", "status", "")
    field = visible_item(kui, "numberField")
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    # The pad opens on digits: no letter key until 字母.
    assert find_key(kui, "5") and not [k for k in ("Q", "q") if _has_key(kui, k)]
    press(kui, "lettersKey")
    type_keys(kui, "QH")
    press(kui, "digitsKey")
    type_keys(kui, "-K01-260001-7")   # "-" and K sit on the digit page
    assert field.property("text") == REQUEST_NUMBER
    press(kui, "enterKey")
    qtbot.waitUntil(lambda: not keyboard_up(kui), timeout=30_000)   # Enter puts the keyboard away
    qtbot.waitUntil(lambda: visible_item(kui, "statusCard").isVisible(), timeout=30_000)
    assert visible_item(kui, "statusValue0").property("text") == REQUEST_NUMBER


def test_the_township_prefix_is_one_key_on_the_request_pad(kui, qtbot):
    from tests.ui.conftest import add_request

    number = "362430101-K01-2026-00017-N"
    add_request(kui.db, number)
    root_call(kui, "openTarget", "status", "")
    field = visible_item(kui, "numberField")
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    taps = ["prefixKey", *"K01-2026-00017-", "lettersKey", "N", "enterKey"]
    for label in taps:
        press(kui, label)
        if label == "prefixKey":
            assert field.property("text") == "362430101-"
            assert not find_key(kui, "prefixKey").property("enabled")   # only at the start
    assert field.property("text") == number
    qtbot.waitUntil(lambda: visible_item(kui, "statusCard").isVisible(), timeout=30_000)
    assert len(taps) == 19   # a 26-character number; the receipt's QR is one scan


def test_a_scanner_types_into_the_request_field_whatever_the_pad(kui, qtbot):
    from tests.ui.helpers import type_text

    root_call(kui, "openTarget", "status", "")
    field = visible_item(kui, "numberField")
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    type_text(kui, "https://gk.example.gov.cn/s/QH-K01-260001-7?c=1a2b3c4d")
    assert field.property("text") == "https://gk.example.gov.cn/s/QH-K01-260001-7?c=1a2b3c4d"


def assert_visible(ui, item):
    """A person can only tap what is on screen: inside the window, inside its scroll area, not under the keyboard."""
    from tests.ui.keys import keyboard_rect, scene_rect

    rect = scene_rect(item)
    assert rect.top() >= 0 and rect.bottom() <= ui.window.height(), rect
    if keyboard_up(ui):
        assert not rect.intersects(keyboard_rect(ui)), (rect, keyboard_rect(ui))
    parent = item.parentItem()
    while parent is not None:
        if parent.property("contentY") is not None and parent.property("flicking") is not None:
            assert scene_rect(parent).contains(rect.center()), "scrolled out of its area"
        parent = parent.parentItem()


def _has_key(ui, label):
    from tests.ui.keys import keys

    return any(k.property("text") == label for k in keys(ui))


def test_last_four_of_an_id_ending_in_x_and_the_keyboard_goes_at_the_fourth(kui, qtbot):
    root_call(kui, "openTarget", "my-payouts", "")
    field = visible_item(kui, "last4Field")
    tap(kui, field)
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    type_keys(kui, "002X")
    assert field.property("text") == "002X"
    qtbot.waitUntil(lambda: not keyboard_up(kui), timeout=30_000)


def test_clerk_types_a_whole_application_with_an_x_id_a_dash_phone_and_a_touch_date(kui, qtbot):
    login_by_keyboard(kui, qtbot)
    tap(kui, visible_item(kui, "nav_intake"))
    qtbot.waitUntil(lambda: bool(visible_items(kui, "field_name")), timeout=30_000)

    name = visible_item(kui, "field_name")
    tap(kui, name)
    qtbot.waitUntil(lambda: keyboard_up(kui), timeout=30_000)
    type_keys(kui, "zhangwei")                    # pinyin, then the candidate
    tap_candidate(kui, "张伟", qtbot)
    assert name.property("text") == "张伟"

    id_number = visible_item(kui, "field_id_number")
    press(kui, "enterKey")                        # 下一项: on to the ID number, the keyboard follows
    qtbot.waitUntil(id_number.hasActiveFocus, timeout=30_000)
    qtbot.waitUntil(lambda: _has_key(kui, "X"), timeout=30_000)   # the ID pad: digits and X
    assert not _has_key(kui, "a") and not _has_key(kui, "Q")
    type_keys(kui, "11010519491231002X")
    assert id_number.property("text") == "11010519491231002X"
    phone = visible_item(kui, "field_phone")
    # 18 characters with a good check digit: on to the phone by itself, the keyboard follows (dial pad).
    qtbot.waitUntil(lambda: phone.hasActiveFocus() and keyboard_up(kui), timeout=30_000)
    assert_visible(kui, phone)
    qtbot.waitUntil(lambda: _has_key(kui, "-") and not _has_key(kui, "X"), timeout=30_000)
    type_keys(kui, "0796-6123456")
    assert phone.property("text") == "0796-6123456"

    press(kui, "hideKey")
    qtbot.waitUntil(lambda: not keyboard_up(kui), timeout=30_000)
    description = visible_item(kui, "field_description")
    assert_visible(kui, description)
    tap(kui, description)
    qtbot.waitUntil(lambda: _has_key(kui, "q"), timeout=30_000)
    type_keys(kui, "butie")
    tap_candidate(kui, "补贴", qtbot)
    type_keys(kui, "mingdan")
    tap_candidate(kui, "名单", qtbot)
    assert description.property("text") == "补贴名单"
    press(kui, "hideKey")

    for choice in ("choice_delivery_form_paper", "choice_delivery_method_pickup"):
        assert_visible(kui, visible_item(kui, choice))
        tap(kui, visible_item(kui, choice))

    tap(kui, visible_item(kui, "dateOpen_received"))               # the date, by touch
    qtbot.waitUntil(lambda: not keyboard_up(kui), timeout=30_000)    # no keys for a calendar
    qtbot.waitUntil(lambda: bool(visible_items(kui, "day_2026-11-20")), timeout=30_000)
    assert visible_item(kui, "dateMonthTitle").property("text") == "2026年11月"
    tap(kui, visible_item(kui, "day_2026-11-20"))
    assert visible_item(kui, "field_received").property("text") == "2026-11-20"

    tap(kui, visible_item(kui, "saveButton"))
    qtbot.waitUntil(lambda: kui.staff.intake.savedNumber != "", timeout=30_000)
    saved = [r for r in list_requests(kui.db) if r["number"] == kui.staff.intake.savedNumber]
    assert saved and saved[0]["name"] == "张伟"
    assert saved[0]["id_number"] == "11010519491231002X"
    assert saved[0]["phone"] == "0796-6123456"
    assert saved[0]["received_on"] == "2026-11-20"
