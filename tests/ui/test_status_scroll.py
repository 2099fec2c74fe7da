"""进度查询 with everything a long-running request shows (a 补正, an extension, how the date was counted, the
office): in 长辈模式 the answer is taller than the room under the number field, and the resident scrolls to
its last line instead of losing it below the screen's edge."""

from __future__ import annotations

import shutil

import pytest

from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.requests import service
from kiosk.store import open_store, township_repo
from kiosk.trust.staff import Actor
from tests.requests.conftest import person
from tests.ui.helpers import root, tap, type_text, visible_item, visible_items
from tests.ui.keys import keyboard_rect, keyboard_up, scene_rect

MISSING = "请补充提供申请公开的低保名单所属年份、村组名称，以及申请人与所需信息之间关系的书面说明，并附身份证复印件"
NUMBER: list[str] = []  # the request's number, as the clerk's receipt shows it
WHY = "所申请信息涉及三个村、五年的低保审批档案，需要逐件核对并对个人隐私信息作去标识化处理，工作量较大"


@pytest.fixture(scope="module")
def module_db_path(demo_db_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("status") / "demo.db"
    shutil.copy(demo_db_template, path)
    db = open_store(path)
    clock, clerk = FixedClock("2026-11-22T09:00:00+08:00"), Actor("clerk1", "clerk", "王小明")
    config = Config(township=township_repo.get_township(db)["code"], kiosk_id="K01")
    number = service.create_request(db, clock, config, clerk, person(received="2026-11-20"))["number"]
    service.add_event(db, clock, clerk, number, "correction_sent", "2026-11-20", what=MISSING, by="2026-12-04")
    service.add_event(db, clock, clerk, number, "corrected", "2026-11-21")
    service.add_event(db, clock, clerk, number, "extended", "2026-11-22", official="李镇长", workdays=20, reason=WHY)
    db.close()
    NUMBER.append(number)
    return path


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_last_line_of_a_long_answer_can_be_scrolled_into_view(ui, qtbot, size):
    ui.window.resize(*size)
    qtbot.waitUntil(lambda: root(ui).property("portrait") == (size[1] > size[0]), timeout=10000)
    tap(ui, visible_item(ui, "elderToggle"))
    tap(ui, visible_item(ui, "tile_status"))
    qtbot.waitUntil(lambda: bool(visible_items(ui, "statusPage")), timeout=10000)
    type_text(ui, NUMBER[0], enter=True)
    qtbot.waitUntil(lambda: visible_item(ui, "statusCard").isVisible(), timeout=10000)
    details = [visible_item(ui, f"statusDetail{i}") for i in range(20) if visible_items(ui, f"statusDetail{i}")]
    shown = " ".join(d.property("text") for d in details)
    assert MISSING in shown and WHY in shown  # the 补正 and the extension's reason, in full
    flick = visible_item(ui, "statusFlick")
    # Where the resident can see: the list's own box, above the keyboard when it is up.
    bottom = scene_rect(flick).bottom()
    if keyboard_up(ui):
        bottom = min(bottom, keyboard_rect(ui).top())
    last = details[-1]
    # Once laid out, the answer is longer than the room here: its last line starts out of sight.
    qtbot.waitUntil(lambda: scene_rect(last).bottom() > bottom, timeout=10000)
    assert visible_item(ui, "scrollMark").isVisible()  # the page says there is more below
    flick.setProperty("contentY", flick.property("contentHeight") - flick.height())
    qtbot.waitUntil(lambda: scene_rect(last).bottom() <= bottom + 1, timeout=10000)
    assert scene_rect(last).top() >= scene_rect(flick).top()
