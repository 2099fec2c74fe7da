"""The counter (issue 15): walk-in defaults, drafts that survive logout and SIGKILL, the idle warning,
the on-screen receipt panel, reusing a returning applicant's details, display names."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from kiosk.config import Config
from kiosk.requests import counter
from kiosk.requests.receipt_code import parse_scanned, receipt_check
from kiosk.requests.service import list_requests, request_view
from tests.receipts.helpers import qr_texts
from tests.staff_ui.harness import CLERK_PIN, StaffScreen

BASE = "https://gongkai.example-county.gov.cn"
ROOT = Path(__file__).resolve().parents[2]


def open_intake(screen) -> None:
    screen.tap("nav_intake")
    screen.qtbot.waitUntil(lambda: screen.maybe("field_name") is not None)


def test_walk_in_defaults_and_required_markers(make_screen, clock):
    screen = make_screen(intake_delivery_method="post")  # an office that usually posts replies
    screen.login("lihong", CLERK_PIN)
    open_intake(screen)
    form = screen.model.intake
    assert form.defaults["channel"] == "in_person" and form.defaults["delivery_form"] == "paper"
    assert screen.item("choice_channel_in_person").property("color").name() == "#1864ab"  # picked
    assert screen.item("choice_delivery_form_paper").property("color").name() == "#1864ab"
    assert screen.item("choice_delivery_method_post").property("color").name() == "#1864ab"
    assert screen.text("field_received") == "2026-11-22"  # today, from the injected clock
    for name in ("name", "id_number", "phone", "received", "delivery_form"):
        assert "＊" in screen.text(f"label_{name}"), name
    for name in ("address", "postcode", "email", "doc_ref"):
        assert "＊" not in screen.text(f"label_{name}"), name
    assert "＊" in screen.text("label_description")


def test_error_count_follows_the_fixes_at_once(make_screen):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    open_intake(screen)
    screen.type_into("field_name", "王五")
    screen.tap("saveButton")  # no ID number, phone or description
    assert "有 3 项需要修改" in screen.text("formMessage")
    screen.type_into("field_phone", "13812345678")
    assert not screen.item("error_phone").isVisible()
    assert "还有 2 项需要修改" in screen.text("formMessage")
    screen.type_into("field_id_number", "110101199003074514")
    screen.item("field_description").forceActiveFocus()
    screen.item("field_description").setProperty("text", "请公开2026年春耕补贴名单")
    assert screen.text("formMessage") == ""  # everything fixed: no stale count


def test_logged_out_message_is_not_shown_on_the_next_visit(make_screen):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    screen.tap("logoutButton")
    assert screen.text("loginMessage") == "已退出登录"
    screen.tap("closeStaff")  # back to the residents; a clerk opens the staff area later
    assert screen.model.loginMessage == ""
    screen.login("lihong", CLERK_PIN)
    assert screen.model.loggedIn and screen.model.loginMessage == ""


def test_draft_survives_logout_and_comes_back_after_login(make_screen, seeded_db):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    open_intake(screen)
    screen.type_into("field_name", "王秀英")
    screen.type_into("field_phone", "13907961234")
    screen.tap("choice_delivery_method_post")
    assert counter.load_draft(seeded_db)["data"]["name"] == "王秀英"  # on disk already
    screen.tap("logoutButton")
    screen.login("lihong", CLERK_PIN)
    assert screen.model.page == "intake"  # the half-filled form comes first
    screen.qtbot.waitUntil(lambda: screen.maybe("field_name") is not None)
    assert screen.text("field_name") == "王秀英" and screen.text("field_phone") == "13907961234"
    assert screen.item("choice_delivery_method_post").property("color").name() == "#1864ab"
    assert screen.item("draftNotice").isVisible()
    screen.tap("clearButton")  # 清空 discards it
    assert counter.load_draft(seeded_db) is None and screen.text("field_name") == ""


def test_idle_warning_comes_first_and_continue_keeps_the_session(make_screen, clock, seeded_db):
    screen = make_screen(staff_idle_seconds=300)
    screen.login("lihong", CLERK_PIN)
    open_intake(screen)
    screen.type_into("field_name", "赵六")
    clock.advance(seconds=265)
    screen.model.checkIdle()  # the timer's handler, driven by the injected clock
    assert not screen.item("idleWarning").isVisible()
    clock.advance(seconds=10)  # 25 s left
    screen.model.checkIdle()
    screen.settle()
    assert screen.item("idleWarning").isVisible()
    assert "25 秒后将自动退出登录" in screen.text("idleWarningText")
    screen.tap("keepSessionButton")
    assert not screen.item("idleWarning").isVisible() and screen.model.loggedIn
    clock.advance(seconds=299)
    screen.model.checkIdle()
    assert screen.model.loggedIn and screen.model.idleWarning  # warned again, not yet out
    clock.advance(seconds=1)
    screen.model.checkIdle()
    assert not screen.model.loggedIn and not screen.model.idleWarning
    assert "草稿" in screen.model.loginMessage
    assert counter.load_draft(seeded_db)["data"]["name"] == "赵六"  # nothing typed was lost


def test_receipt_panel_shows_number_due_date_and_qr_when_the_printer_is_missing(make_screen, seeded_db, tmp_path):
    screen = make_screen(public_status_base=BASE)
    screen.model.printer.printer_spec = "escpos:/nonexistent/lp0"  # no printer at all
    screen.login("lihong", CLERK_PIN)
    open_intake(screen)
    screen.type_into("field_name", "王秀英")
    screen.type_into("field_id_number", "11010519491231002X")
    screen.type_into("field_phone", "13907961234")
    screen.item("field_description").setProperty("text", "2026年低保审核名单")
    screen.tap("saveButton")  # walk-in defaults fill the rest
    screen.qtbot.waitUntil(lambda: screen.item("receiptPanel").isVisible())
    screen.qtbot.waitUntil(lambda: screen.model.printer.failedLast, timeout=20000)
    number = screen.text("savedNumber")
    assert number in [r["number"] for r in list_requests(seeded_db)]
    assert screen.item("savedNumber").property("font").pixelSize() >= 48  # large type
    assert screen.text("savedDue").startswith("最迟于") and screen.text("savedDue").endswith("前答复")
    assert "打印失败" in screen.text("printMessage")
    qr = screen.item("receiptQr")
    screen.qtbot.waitUntil(lambda: qr.property("paintedWidth") > 0)  # the QR image has loaded
    shot = screen.shoot(tmp_path / "panel.png")
    code = seeded_db.execute("SELECT status_code FROM requests WHERE number = ?", [number]).fetchone()[0]
    assert qr_texts(shot) == [f"{BASE}/s/{number}?c={code}"]  # a phone opens it, with the request's own code
    assert receipt_check(number) not in qr_texts(shot)[0]
    assert parse_scanned(qr_texts(shot)[0]) == number
    # Reprint: visible progress, then the result again.
    screen.tap("reprintButton")
    assert screen.model.printer.busy or screen.model.printer.failedLast
    screen.qtbot.waitUntil(lambda: not screen.model.printer.busy, timeout=20000)
    assert "打印失败" in screen.text("printMessage") and screen.item("reprintButton").property("enabled")
    assert counter.load_draft(seeded_db) is None  # saved: the draft is gone


def test_returning_applicant_details_are_reused_by_id_number(make_screen, seeded_db):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    open_intake(screen)
    screen.type_into("field_id_number", "362430198001011239")  # 刘桂英's and the others' (harness seed)
    screen.tap("reuseApplicant")
    assert screen.text("field_name") == "赵敏"  # the newest of the seeded requests with that ID
    assert screen.text("field_phone") == "13812345678"
    assert screen.text("field_address") == "清溪县青禾镇东岭村3组"
    assert "请与申请人核对" in screen.text("applicantMessage")
    screen.type_into("field_id_number", "110101199003074514")
    screen.tap("reuseApplicant")
    assert "没有这个证件号码的申请" in screen.text("applicantMessage")


def test_events_and_worklist_show_display_names_audit_keeps_the_login(make_screen, seeded_db, clock):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    number = list_requests(seeded_db)[0]["number"]
    view = request_view(seeded_db, clock, number)
    assert view["events"][0]["actor"] == "lihong" and view["events"][0]["actor_name"] == "李红"
    assert view["clerk_name"] == "李红"
    assert screen.text(f"clerk_{number}") == "受理：李红"
    screen.model.openRequest(number)
    assert screen.model.detail.property("events")[0]["actor"] == "李红"
    actors = {r[0] for r in seeded_db.execute("SELECT actor FROM audit_log WHERE action = 'request.create'")}
    assert actors == {"lihong"}


CHILD = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {root!r})
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication(sys.argv[:1])
    from kiosk.clock import FixedClock
    from kiosk.config import Config
    from kiosk.store import open_store
    from tests.staff_ui.harness import StaffScreen

    class Bot:  # what StaffScreen needs of qtbot
        def waitExposed(self, window):
            pass
        def waitUntil(self, condition, timeout=30_000):
            end = time.monotonic() + timeout / 1000
            while not condition():
                assert time.monotonic() < end
                app.processEvents()

    db = open_store({db!r})
    screen = StaffScreen(Bot(), db, FixedClock("2026-11-22T10:00:00+08:00"), Config(kiosk_id="K01"))
    screen.login("lihong", "{pin}")
    screen.tap("nav_intake")
    screen.type_into("field_name", "孙丽")
    screen.type_into("field_phone", "13907961234")
    screen.tap("choice_delivery_form_electronic")
    print("TYPED", flush=True)
    while True:  # a clerk mid-form when the power goes (or the app is killed)
        app.processEvents()
        time.sleep(0.05)
""")


def test_draft_survives_sigkill_and_comes_back_after_login(qtbot, seeded_db, clock, tmp_path):
    db_path = seeded_db.conn.execute("PRAGMA database_list").fetchone()[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), db=db_path, pin=CLERK_PIN)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        line = ""
        while "TYPED" not in line:
            assert child.poll() is None, child.stderr.read()[-2000:]
            assert time.monotonic() < deadline
            line = child.stdout.readline()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    stored = json.loads(seeded_db.execute("SELECT data FROM intake_drafts").fetchone()[0])
    assert stored["name"] == "孙丽" and stored["delivery_form"] == "electronic"
    # The app starts again (a new model over the same file); the clerk logs in and the form is back.
    screen = StaffScreen(qtbot, seeded_db, clock, Config(kiosk_id="K01", printer=f"escpos-file:{tmp_path / 'p.bin'}"))
    try:
        screen.login("lihong", CLERK_PIN)
        assert screen.model.page == "intake"
        qtbot.waitUntil(lambda: screen.maybe("field_name") is not None)
        assert screen.text("field_name") == "孙丽" and screen.text("field_phone") == "13907961234"
        assert screen.item("choice_delivery_form_electronic").property("color").name() == "#1864ab"
    finally:
        screen.close()
