"""What an adversarial tester of the county service found, over HTTP as staff and kiosks use it (SQLite
and PostgreSQL): control characters in stored text no longer break the Excel exports; a kiosk's
question id cannot overwrite a township's own FAQ file when its answer is published; viewers see
call-back phone numbers masked; the extension limit, wrong HTTP methods and an impossible report
year each get the right answer."""

from __future__ import annotations

import io
import json

import openpyxl
import sqlalchemy as sa

from county.console import accounts, exports
from county.store import requests as requests_table
from tests.county import test_console
from tests.county.test_console import login
from tests.county.test_tenancy import A

site = test_console.console  # a county with an admin, a handler, a viewer and three requests of township A
FLAG = "〔控制字符 U+{:04X}〕"


def _cells(response) -> list[list]:
    assert response.status_code == 200, response.text[:300]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    return [[c.value for c in row] for row in book.active.iter_rows()]


# --- 1. control characters in the Excel exports ------------------------------------------------
def test_a_login_with_control_characters_leaves_the_audit_export_working_and_flags_them(site, store):
    running, _kiosk = site
    for name in ("x\x01y", "county\x00", "tab\x0bbed"):
        _client, refused = login(running.url, name, "wrong-password")
        assert refused.status_code == 401 and "用户名或密码不正确" in refused.text
    # A row logged before this fix, holding the character itself (SQLite could store it).
    accounts.log_action(store, running.clock, "system", "login_refused", "", "old\x02row")
    admin, _ = login(running.url, "admin1")
    page = admin.get("/console/audit")
    assert page.status_code == 200 and f"x{FLAG.format(1)}y" in page.text
    cells = _cells(admin.get("/console/audit", params={"format": "xlsx"}))
    shown = [c for row in cells for c in row if isinstance(c, str)]
    assert any(f"x{FLAG.format(1)}y" in c for c in shown), "the control character is flagged, not dropped"
    assert any(f"county{FLAG.format(0)}" in c for c in shown)
    assert any(f"tab{FLAG.format(0x0B)}bed" in c for c in shown)
    assert any(f"old{FLAG.format(2)}row" in c for c in shown)
    csv_text = admin.get("/console/audit", params={"format": "csv"}).content.decode("utf-8-sig")
    assert "old\x02row" in csv_text, "CSV carries the text as stored"


def test_the_requests_export_flags_control_characters_in_stored_text(site, store):
    running, _kiosk = site
    number = f"{A}-K01-2026-00002-X"
    with store.engine.begin() as conn:  # text stored before uploads were checked, or by any other path
        row = conn.execute(sa.select(requests_table.c.uuid, requests_table.c.data)
                           .where(requests_table.c.number == number)).one()
        data = json.loads(row.data)
        data.update(description="=HYPERLINK(\"http://x\")\x07铃声\x1b[0m", name="张\x08三")
        conn.execute(requests_table.update().where(requests_table.c.uuid == row.uuid)
                     .values(data=json.dumps(data, ensure_ascii=False)))
    handler, _ = login(running.url, "handler1")
    cells = _cells(handler.get("/console/requests/export", params={"format": "xlsx", "status": ""}))
    mine = next(r for r in cells if r[0] == number)
    assert mine[4] == f"'=HYPERLINK(\"http://x\"){FLAG.format(7)}铃声{FLAG.format(0x1B)}[0m", \
        "flagged, and still never a formula"
    assert mine[5] == f"张{FLAG.format(8)}三"
    csv_text = handler.get("/console/requests/export", params={"format": "csv", "status": ""}).text
    assert "'=HYPERLINK" in csv_text, "the CSV keeps its formula quoting"


def test_every_character_a_spreadsheet_cannot_hold_is_flagged_and_the_rest_kept():
    odd = "".join(chr(c) for c in range(32)) + "\ufffe\uffff\ud800" + "中文 ok"
    content = exports.as_xlsx("表", ["列\x02", "空", "数", "负"], [[odd, None, 7, "-1"]])
    book = openpyxl.load_workbook(io.BytesIO(content))
    header, row = [[c.value for c in r] for r in book.active.iter_rows()]
    assert header == [f"列{FLAG.format(2)}", "空", "数", "负"]
    expected = "".join(chr(c) if c in (0x09, 0x0A, 0x0D) else FLAG.format(c) for c in range(32))
    expected += FLAG.format(0xFFFE) + FLAG.format(0xFFFF) + FLAG.format(0xD800) + "中文 ok"
    # XML reads a carriage return back as a newline; every other character comes back as written.
    assert row == [expected.replace("\r", "\n"), None, "7", "'-1"]


# --- 4. the extension limit, wrong methods, an impossible report year ----------------------------
def test_an_extension_outside_one_to_twenty_working_days_names_the_real_rule(site, store):
    running, _kiosk = site
    number = f"{A}-K01-2026-00001-X"
    handler, _ = login(running.url, "handler1")
    page = handler.get(f"/console/r/{number}")
    steps = len(store.request_events("u1"))
    for workdays in ("0", "-3", "21"):
        refused = handler.post(f"/console/r/{number}", data={
            "csrf": test_console.csrf_of(page), "kind": "extended", "on": "2026-11-24", "official": "李主任",
            "workdays": workdays})
        assert refused.status_code == 400, workdays
        assert "延长期限应为 1 至 20 个工作日" in refused.text and "最多" not in refused.text, workdays
    assert len(store.request_events("u1")) == steps, "nothing recorded"
    done = handler.post(f"/console/r/{number}", data={
        "csrf": test_console.csrf_of(page), "kind": "extended", "on": "2026-11-24", "official": "李主任",
        "workdays": "1"})
    assert done.status_code == 200 and "已登记「延期」" in done.text
    assert len(store.request_events("u1")) == steps + 1


def test_a_known_path_asked_with_the_wrong_method_answers_405_with_allow(site):
    running, kiosk = site
    for path in ("/api/v1/upload", "/api/v1/heartbeat"):
        for method in ("GET", "PUT", "DELETE"):
            answer = kiosk.request(method, path)
            assert answer.status_code == 405, (method, path)
            assert answer.headers["allow"] == "POST" and answer.json()["error"] == "不支持的请求方法"
    for method, path, allow in (("POST", "/api/v1/changes", "GET, HEAD"), ("DELETE", "/api/v1/numbers", "GET, HEAD"),
                                ("GET", "/console/voice/answer/x", "POST"), ("POST", "/s/362430101-K01-2026-00001-X",
                                                                             "GET, HEAD"),
                                ("PUT", "/console/login", "GET, HEAD, POST")):
        answer = kiosk.request(method, path)
        assert (answer.status_code, answer.headers.get("allow")) == (405, allow), (method, path)
    unknown = kiosk.get("/api/v2/nothing")
    assert unknown.status_code == 404 and unknown.json()["error"] == "接口不存在" and "allow" not in unknown.headers
    assert kiosk.post("/api/v1/heartbeat", json={"version": "0.1.0"}).status_code == 200, "the right method works"


def test_a_report_year_out_of_range_is_refused_not_replaced_by_this_year(site):
    running, _kiosk = site
    viewer, _ = login(running.url, "viewer1")
    for year in ("99999999999", "-1", "1999", "2101", "２０２６", "20x6", "9" * 5000):
        for fmt in ("", "csv", "pdf"):
            refused = viewer.get("/console/report", params={"year": year, "format": fmt})
            assert refused.status_code == 400, (year, fmt)
            assert "年度无效" in refused.text and "年度应为 2000 至 2100 之间的四位数字年份" in refused.text
            assert "2026 年度报告" not in refused.text
    assert "2026 年度报告" in viewer.get("/console/report").text, "no year asked: this year"
    assert "2025 年度报告" in viewer.get("/console/report", params={"year": "2025"}).text
