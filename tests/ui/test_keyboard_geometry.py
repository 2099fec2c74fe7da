"""Nothing the keyboard serves is covered: on every page with a text field, in landscape and portrait, normal
and 长辈模式, the focused field and its message sit above the keyboard and inside their scroll area."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from tests.staff_ui.harness import ADMIN_PIN, application
from tests.ui import staff_kiosk as _fixtures
from tests.ui.conftest import REQUEST_NUMBER
from tests.ui.helpers import (
    all_items,
    root_call,
    tap,
    visible_item,
    visible_items,
    wait_for_frame,
    wait_until_holds,
)
from tests.ui.keys import keyboard_rect, keyboard_up, scene_rect

kui, staff_kiosk = _fixtures.kui, _fixtures.staff_kiosk   # the fixtures, for this module

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}
INTAKE_FIELDS = ("name", "id_number", "phone", "address", "postcode", "email", "description", "doc_ref")


def a_request(ui) -> str:
    from kiosk.config import Config
    from kiosk.requests.service import create_request
    from kiosk.trust import staff

    clerk = staff.Actor("lihong", "clerk", "李红")
    return create_request(ui.db, ui.clock, Config(kiosk_id="K01"), clerk, application())["number"]


def check_field(ui, qtbot, field_name: str, error_name: str | None, where: str) -> None:
    field = visible_item(ui, field_name)
    field.forceActiveFocus()
    QGuiApplication.inputMethod().show()
    qtbot.waitUntil(lambda: keyboard_up(ui), timeout=30_000)

    def clear_of_the_keyboard() -> None:
        board = keyboard_rect(ui)
        window_height = ui.window.height()
        shown = [field] + ([e for e in visible_items(ui, error_name) if e.property("text")] if error_name else [])
        for item in shown:
            rect = scene_rect(item)
            label = f"{where}: {item.objectName()} {rect} vs keyboard {board}"
            assert rect.height() > 0 and rect.top() >= 0 and rect.bottom() <= window_height, label
            assert not rect.intersects(board), label
            parent = item.parentItem()
            while parent is not None:   # not scrolled out of its Flickable either
                if parent.property("contentY") is not None and parent.property("flicking") is not None:
                    area = scene_rect(parent)
                    assert area.top() - 1 <= rect.top() and rect.bottom() <= area.bottom() + 1, f"{label} outside {area}"
                parent = parent.parentItem()

    # The keyboard-avoidance scroll runs after the layout settles (and animates): wait for it, however long
    # a loaded machine takes, instead of assuming it is done after a fixed time.
    wait_until_holds(qtbot, clear_of_the_keyboard)


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_focused_field_and_its_message_stay_above_the_keyboard(kui, qtbot, orientation, elder):
    ui = kui
    ui.window.resize(*SIZES[orientation])
    ui.theme.elder = elder
    where = f"{orientation}/{'elder' if elder else 'normal'}"
    wait_for_frame(ui)

    root_call(ui, "openSearch")
    ui.search.query = "zzzz没有的词"
    check_field(ui, qtbot, "searchField", "searchMessage", where + "/search")
    ui.search.clear()

    root_call(ui, "goHome")
    root_call(ui, "openTarget", "status", "")
    visible_item(ui, "statusPage").property("vm").lookup("QH-NOPE-1")
    check_field(ui, qtbot, "numberField", "statusMessage", where + "/status")
    visible_item(ui, "statusPage").property("vm").lookup(REQUEST_NUMBER)
    check_field(ui, qtbot, "numberField", None, where + "/status found")

    root_call(ui, "goHome")
    root_call(ui, "openTarget", "my-payouts", "")
    visible_item(ui, "myPayoutsPage").property("vm").find("", "")
    for name in ("nameField", "last4Field"):
        check_field(ui, qtbot, name, "myPayoutsMessage", where + "/my-payouts")
    root_call(ui, "goHome")
    ui.theme.elder = elder   # home resets nothing, but keep the mode explicit for the staff part

    root_call(ui, "openStaff")
    ui.staff.login("lihong", "000000")   # a wrong PIN: the message shows under the form
    check_field(ui, qtbot, "loginUser", "loginMessage", where + "/login")
    assert ui.staff.login("lihong", "246810")
    tap(ui, visible_item(ui, "nav_intake"))
    tap(ui, visible_item(ui, "saveButton"))   # an empty form: a message under every required field
    for name in INTAKE_FIELDS:
        check_field(ui, qtbot, f"field_{name}", f"error_{name}", where + "/intake")

    number = a_request(ui)
    ui.staff.openRequest(number)
    qtbot.waitUntil(lambda: bool(visible_items(ui, "step_extended")), timeout=30_000)
    tap(ui, visible_item(ui, "step_extended"))
    for name in ("official", "workdays", "note"):
        check_field(ui, qtbot, f"field_{name}", f"error_{name}", where + "/detail")
    ui.staff.logout()

    ui.staff.login("wangqiang", ADMIN_PIN)
    tap(ui, visible_item(ui, "nav_admin"))
    tap(ui, visible_item(ui, "addStaffButton"))   # nothing filled in: messages
    for name in ("username", "display_name", "pin"):
        check_field(ui, qtbot, f"field_{name}", f"error_{name}", where + "/admin")
    ui.staff.logout()
    root_call(ui, "closeStaff")
    assert not all_items(ui, "field_name") or not visible_items(ui, "field_name")
