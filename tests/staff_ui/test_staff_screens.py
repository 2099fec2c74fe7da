"""The staff screens as a clerk uses them: PIN pad, intake form, receipt, worklist, detail, idle logout."""

from __future__ import annotations

import pytest

from kiosk.requests.receipt_code import parse_receipt_payload
from kiosk.requests.service import list_requests
from tests.receipts.escpos_decode import printed_image
from tests.receipts.helpers import qr_texts
from tests.staff_ui.harness import ADMIN_PIN, CLERK_PIN


def fill_intake(screen, *, id_number: str = "110101199003074514", name: str = "王五") -> None:
    screen.tap("nav_intake")
    screen.qtbot.waitUntil(lambda: screen.maybe("field_name") is not None)
    screen.type_into("field_name", name)
    screen.type_into("field_id_number", id_number)
    screen.type_into("field_phone", "0796-6123456")
    screen.item("field_description").setProperty("text", "请公开青禾镇2026年春耕生产补贴的发放标准和名单")
    screen.tap("choice_delivery_form_paper")
    screen.tap("choice_delivery_method_pickup")


def test_wrong_pin_then_lockout_then_login(make_screen, clock):
    screen = make_screen()
    screen.login("lihong", "000000")
    # One message for every failure (no attempts count, no lock notice): usernames cannot be enumerated.
    assert screen.text("loginMessage") == "用户名或 PIN 不正确"
    assert screen.item("loginMessage").isVisible()
    assert screen.text("pinDots") == "请输入 PIN"  # the wrong PIN is not left on the pad
    for _ in range(4):
        screen.login("lihong", "000000")
    assert screen.text("loginMessage") == "用户名或 PIN 不正确"
    screen.login("lihong", CLERK_PIN)  # even the right PIN is refused while locked
    assert "已锁定" in screen.text("loginMessage")
    assert not screen.model.loggedIn
    clock.advance(minutes=6)
    screen.login("lihong", CLERK_PIN)
    assert screen.model.loggedIn and screen.model.page == "worklist"
    assert "李红" in screen.text("userName")


def test_bad_id_number_is_shown_next_to_its_field_and_nothing_is_saved(make_screen, seeded_db, tmp_path):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    before = len(list_requests(seeded_db))
    fill_intake(screen, id_number="110101199003074515")  # last digit wrong
    screen.tap("saveButton")
    error = screen.item("error_id_number")
    assert error.isVisible()
    assert "校验码不正确" in screen.text("error_id_number")

    def right_under_its_field() -> bool:
        fx, fy, _fw, fh = screen.scene_rect("field_id_number")
        ex, ey, _ew, _eh = screen.scene_rect("error_id_number")
        return abs(ex - fx) < 2 and fy + fh <= ey <= fy + fh + 30

    screen.qtbot.waitUntil(right_under_its_field)  # once the layout has placed the new message
    for other in ("name", "phone", "description"):
        assert not screen.item(f"error_{other}").isVisible()
    assert "1 项需要修改" in screen.text("formMessage")
    assert len(list_requests(seeded_db)) == before
    assert not screen.item("savedPanel").isVisible()
    assert not (tmp_path / "printer.bin").exists()  # and nothing was printed


def test_good_intake_saves_prints_and_lands_in_the_worklist(make_screen, seeded_db, tmp_path):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    fill_intake(screen)
    screen.tap("choice_channel_oral")
    assert screen.text("field_transcribed_by") == "李红"  # an oral application records its clerk
    screen.tap("saveButton")
    screen.qtbot.waitUntil(lambda: screen.item("savedPanel").isVisible())
    number = screen.text("savedNumber")
    saved = [r for r in list_requests(seeded_db) if r["number"] == number]
    assert saved and saved[0]["name"] == "王五" and saved[0]["transcribed_by"] == "李红"
    screen.qtbot.waitUntil(lambda: not screen.model.printer.busy, timeout=20000)
    assert "回执已打印" in screen.text("printMessage")
    texts = qr_texts(printed_image((tmp_path / "printer.bin").read_bytes()))
    assert [parse_receipt_payload(t) for t in texts] == [number]
    screen.shoot(tmp_path / "saved.png")
    screen.tap("nav_worklist")
    screen.qtbot.waitUntil(lambda: screen.maybe(f"worklistRow_{number}") is not None)


def test_print_failure_keeps_the_request_and_reprint_is_one_tap(make_screen, seeded_db, tmp_path):
    screen = make_screen(receipt_format="roll80")
    screen.model.printer.printer_spec = f"escpos:{tmp_path}/no-printer-lp0"
    screen.login("lihong", CLERK_PIN)
    fill_intake(screen)
    screen.tap("saveButton")
    screen.qtbot.waitUntil(lambda: screen.model.printer.failedLast, timeout=20000)
    message = screen.text("printMessage")
    assert "打印失败" in message and "找不到热敏打印机" in message and "申请已保存" in message
    number = screen.text("savedNumber")
    assert any(r["number"] == number for r in list_requests(seeded_db))
    screen.model.printer.printer_spec = f"escpos-file:{tmp_path}/fixed.bin"  # the clerk plugs it in
    screen.tap("reprintButton")
    screen.qtbot.waitUntil(lambda: screen.model.printer.ok, timeout=20000)
    assert "回执已打印" in screen.text("printMessage")
    texts = qr_texts(printed_image((tmp_path / "fixed.bin").read_bytes()))
    assert [parse_receipt_payload(t) for t in texts] == [number]


def test_worklist_is_sorted_by_due_date_and_highlights(make_screen):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    rows = screen.model.worklist.rows()
    assert [r["due"] for r in rows] == sorted(r["due"] for r in rows)
    overdue, soon, later = rows
    assert overdue["overdue"] and not overdue["dueSoon"]
    assert soon["dueSoon"] and not soon["overdue"]
    assert not later["overdue"] and not later["dueSoon"]
    assert screen.item(f"worklistRow_{overdue['number']}").property("color").name() == "#fde8ea"
    assert screen.item(f"worklistRow_{soon['number']}").property("color").name() == "#fff3bf"
    assert screen.item(f"worklistRow_{later['number']}").property("color").name() == "#ffffff"
    assert screen.text(f"urgency_{overdue['number']}").startswith("已逾期")
    assert screen.text(f"urgency_{soon['number']}") == "剩 3 个工作日"
    assert "已逾期 1 件" in screen.text("worklistSummary")


def test_detail_steps_extension_reply_close(make_screen, seeded_db, clock):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    number = screen.model.worklist.rows()[-1]["number"]  # the one not yet due
    screen.tap(f"worklistRow_{number}")
    screen.qtbot.waitUntil(lambda: screen.model.page == "detail")
    assert screen.text("detailNumber") == number
    screen.tap("step_extended")
    screen.tap("recordStep")  # no approving official yet
    assert "批准延期的负责人" in screen.text("error_official")
    screen.type_into("field_official", "张主任")
    screen.tap("recordStep")
    assert screen.text("actionNotice") == "已登记：延长答复期限"
    assert screen.model.detail.request["extension"] == "延长 20 个工作日（张主任批准）"
    assert screen.maybe("step_extended") is None  # only once
    assert screen.model.detail.addStep("replied", {"outcome": "36-2"})
    screen.tap("step_closed")
    screen.tap("recordStep")
    assert screen.model.detail.request["status"] == "已归档", screen.model.detail.actionError
    labels = [e["label"] for e in screen.model.detail.events]
    assert labels == ["收到申请", "延长答复期限", "已答复", "已归档"]
    assert number not in [r["number"] for r in screen.model.worklist.rows()]


def test_idle_logout_returns_to_the_residents(make_screen, clock):
    screen = make_screen(staff_idle_seconds=300)
    screen.login("lihong", CLERK_PIN)
    clock.advance(seconds=200)
    screen.tap("nav_intake")  # activity restarts the idle time
    clock.advance(seconds=200)
    screen.model.checkIdle()
    assert screen.model.loggedIn
    screen.timers.advance(seconds=99)  # the check timer fires every second: still 1 s to go
    assert screen.model.loggedIn
    screen.timers.advance(seconds=2)
    assert not screen.model.loggedIn
    assert screen.model.page == "login"
    assert screen.model.loginMessage == "长时间未操作，已自动退出登录"
    assert screen.closed == 1  # StaffArea emitted closed(): back to the resident screen
    clock.advance(seconds=1)
    screen.model.checkIdle()  # the next tick must not close the staff area a second time
    assert screen.closed == 1


def test_a_locked_clerk_is_told_until_when_and_an_admin_unlocks_from_the_staff_screen(make_screen, clock):
    screen = make_screen()
    for _ in range(5):
        screen.login("lihong", "000000")
    screen.login("lihong", CLERK_PIN)
    message = screen.text("loginMessage")
    assert "已锁定至 10:05" in message and "管理员" in message and "解锁" in message, message
    assert not screen.model.loggedIn
    screen.login("wangqiang", ADMIN_PIN)
    screen.tap("nav_admin")
    screen.qtbot.waitUntil(lambda: screen.maybe("unlock_lihong") is not None, timeout=30_000)
    screen.settle()
    assert screen.item("unlock_lihong").isVisible()
    assert not screen.item("unlock_wangqiang").isVisible(), "only a locked account offers 解锁"
    screen.tap("unlock_lihong")
    assert screen.text("adminMessage") == "lihong 已解锁"
    screen.tap("logoutButton")
    screen.login("lihong", CLERK_PIN)  # before the five minutes are up
    assert screen.model.loggedIn


def test_admin_adds_and_disables_a_clerk(make_screen):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    assert screen.maybe("nav_admin") is None  # clerks have no admin page
    screen.tap("logoutButton")
    screen.login("wangqiang", ADMIN_PIN)
    screen.tap("nav_admin")
    screen.qtbot.waitUntil(lambda: screen.maybe("addStaffButton") is not None)
    screen.type_into("field_username", "zhaoli")
    screen.type_into("field_display_name", "赵丽")
    screen.type_into("field_pin", "123")
    screen.tap("addStaffButton")
    assert "6至12位" in screen.text("error_pin")
    screen.type_into("field_pin", "864200")
    screen.tap("addStaffButton")
    assert screen.text("adminMessage") == "已添加：赵丽（办事员）"
    screen.tap("toggle_zhaoli")
    assert screen.text("adminMessage") == "赵丽 已停用"
    screen.tap("logoutButton")
    screen.login("zhaoli", "864200")
    assert screen.text("loginMessage") == "该账户已停用，请联系管理员"


def test_worklist_model_passes_the_model_tester(qtmodeltester, make_screen):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    qtmodeltester.check(screen.model.worklist)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
@pytest.mark.parametrize("page", ["login", "worklist", "intake", "consult", "detail", "admin"])
def test_every_page_renders_and_fits(make_screen, tmp_path, page, size):
    screen = make_screen()
    screen.view.resize(*size)
    if page != "login":
        screen.login("wangqiang", ADMIN_PIN)
        if page == "detail":
            screen.model.openRequest(screen.model.worklist.rows()[0]["number"])
        else:
            screen.model.go(page)
    shot = screen.shoot(tmp_path / f"{page}.png")
    from PIL import Image

    image = Image.open(shot)
    assert image.size == size
    assert len(image.convert("L").resize((64, 36)).getcolors(4096)) > 8  # not a blank screen
    buttons = ["closeStaff"] + ([] if page == "login" else ["logoutButton", "nav_worklist", "nav_intake", "nav_consult",
                                                                 "nav_admin"])
    buttons += {"intake": ["saveButton"], "login": ["loginButton"], "admin": ["addStaffButton"],
                "consult": ["consultTopic_0", "consultSave"]}.get(page, [])
    for name in buttons:  # every button a clerk needs is on screen, at touch size
        x, y, w, h = screen.scene_rect(name)
        assert x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1], f"{name} is off screen"
        assert h >= 60 and w >= 60, f"{name} is too small to touch"


def test_worklist_shows_whether_the_printer_can_print(make_screen, tmp_path):
    screen = make_screen()
    screen.model.printer.printer_spec = f"escpos:{tmp_path}/unplugged-lp0"
    screen.login("lihong", CLERK_PIN)
    screen.qtbot.waitUntil(lambda: screen.text("printerStatus") != "", timeout=30_000)
    assert screen.text("printerStatus").startswith("打印机暂不能打印：找不到热敏打印机")


def test_back_to_residents_logs_out_and_an_idle_login_screen_closes(make_screen, clock):
    screen = make_screen(staff_idle_seconds=120)
    screen.login("lihong", CLERK_PIN)
    screen.tap("closeStaff")
    assert screen.closed == 1 and not screen.model.loggedIn
    screen.timers.advance(seconds=119)  # nobody touches the login screen
    assert screen.closed == 1
    screen.timers.advance(seconds=2)
    assert screen.closed == 2


def test_the_reply_letter_from_the_county_is_printable_from_the_request_page(make_screen, seeded_db):
    """A 答复书 that came down in the bundle shows as a print button, never as a raw reply_pdf dict."""
    import hashlib

    from kiosk.requests.service import find_request
    from kiosk.store import reply_letters_repo

    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    number = screen.model.worklist.rows()[-1]["number"]
    pdf = b"%PDF-1.4\n%%EOF\n"
    sha = hashlib.sha256(pdf).hexdigest()
    uuid = find_request(seeded_db, number)["uuid"]
    with seeded_db.atomic():
        seeded_db.execute("INSERT INTO request_events (event_uuid, request_uuid, kind, at, actor, data) VALUES "
                          "('county-e1', ?, 'replied', '2026-11-24T09:00:00+08:00', '县政务公开办', ?)",
                          [uuid, f'{{"on": "2026-11-24", "outcome": "36-1", "reply_pdf": {{"name": "答复书.pdf", '
                                 f'"sha256": "{sha}", "size": {len(pdf)}}}}}'])
        reply_letters_repo.store(seeded_db, {"request_uuid": uuid, "event_uuid": "county-e1", "sha256": sha,
                                             "name": "答复书.pdf"}, pdf, "2026-11-25T03:00:00+08:00")
    screen.tap(f"worklistRow_{number}")
    screen.qtbot.waitUntil(lambda: screen.model.page == "detail")
    assert screen.text("detailPrintLetter0") == "打印答复书（答复书.pdf）"
    details = [e["detail"] for e in screen.model.detail.events]
    assert any("答复书：答复书.pdf" in d for d in details) and not any("sha256" in d for d in details)
    screen.model.detail.printer.printer_spec = "escpos:/dev/usb/lp0"
    screen.tap("detailPrintLetter0")
    assert "小票打印机不能打印" in screen.text("detailPrintMessage")


def test_answered_requests_are_not_listed_as_paused():
    from ui.staff.worklist_model import display_row

    item = {"number": "N", "name": "x", "applicant_type_label": "自然人", "description": "d", "received": "2026-11-20",
            "due": None, "overdue": False, "due_soon": False, "provisional": False, "workdays_left": None,
            "status": "replied", "status_label": "已答复", "clerk_name": ""}
    assert display_row(item)["urgencyText"] == "已办结"
    assert display_row({**item, "status": "awaiting_correction"})["urgencyText"].startswith("期限暂停")


def test_a_mistaken_reply_is_voided_from_the_request_page(make_screen):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    number = screen.model.worklist.rows()[-1]["number"]
    screen.tap(f"worklistRow_{number}")
    screen.qtbot.waitUntil(lambda: screen.model.page == "detail")
    assert screen.model.detail.addStep("replied", {"outcome": "36-2"})
    screen.tap("step_void")
    screen.tap("recordStep")
    assert "更正须选择要作废的环节" in screen.model.detail.actionError
    reply = screen.model.detail.voidable[0]
    assert reply["label"].endswith("已答复")
    assert screen.model.detail.addStep("void", {"voids": reply["uuid"], "reason": "登记错了件"})
    assert screen.model.detail.request["status"] == "办理中"
    lines = screen.model.detail.events
    assert lines[1]["label"] == "已答复（已作废）" and "理由：登记错了件" in lines[2]["detail"]
    assert "lihong" in lines[2]["detail"] or "李红" in lines[2]["detail"]


def test_a_character_that_cannot_be_printed_is_named_before_saving(make_screen, seeded_db):
    """Issue 25: a name character with no print font is never dropped silently: the clerk hears of it first."""
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    fill_intake(screen)
    screen.item("field_name").setProperty("text", "李\U00030000明")  # Extension G: in no installed print font
    before = len(list_requests(seeded_db))
    screen.tap("saveButton")
    screen.qtbot.waitUntil(lambda: "印不出" in screen.text("formMessage"))
    assert "\U00030000" in screen.text("formMessage") and "U+30000" in screen.text("formMessage")
    assert screen.item("formMessage").isVisible()
    assert len(list_requests(seeded_db)) == before, "nothing is saved before the clerk has seen the warning"
    screen.tap("saveButton")  # checked with the applicant: saved as typed
    screen.qtbot.waitUntil(lambda: screen.item("savedPanel").isVisible())
    assert [r["name"] for r in list_requests(seeded_db) if r["number"] == screen.text("savedNumber")] == \
        ["李\U00030000明"]
    screen.qtbot.waitUntil(lambda: not screen.model.printer.busy, timeout=20000)


def test_a_rare_name_in_fonts_saves_at_once_and_decomposed_text_is_nfc(make_screen, seeded_db):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    fill_intake(screen)
    screen.item("field_name").setProperty("text", "王\U00020000\U0002C317")  # 王𠀀𬌗: printable with the fallback
    screen.item("field_address").setProperty("text", "Zoe\u0308 村")  # a decomposed ë
    screen.tap("saveButton")
    screen.qtbot.waitUntil(lambda: screen.item("savedPanel").isVisible())
    saved = [r for r in list_requests(seeded_db) if r["number"] == screen.text("savedNumber")]
    assert saved[0]["name"] == "王\U00020000\U0002C317" and saved[0]["address"] == "Zo\u00eb 村"
    screen.qtbot.waitUntil(lambda: not screen.model.printer.busy, timeout=20000)
