"""The county console over HTTP as county staff use it (the browser flows are in test_browser.py):
login with lockout and CSRF, roles, requests by number with personal data, recording a reply with
a PDF that reaches the kiosk and the status page, fleet, publishing, county report, audit log."""

from __future__ import annotations

import re

import httpx
import pytest

import county
from county.console import accounts
from kiosk.clock import FixedClock
from tests.county.test_tenancy import A, B, request_row
from tests.sync.conftest import start_county

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def console(tmp_path, store):
    clock = FixedClock("2026-11-24T09:00:00+08:00")  # shared with the app: tests may advance it
    running = start_county(tmp_path / "repo", store=store, clock=clock)
    running.clock = clock
    for user, role in (("admin1", "admin"), ("handler1", "handler"), ("viewer1", "viewer")):
        accounts.add_staff(store, clock, user, f"{user}姓名", role, "correct-horse-1")
    token = county.issue_token(store, A, "K01", clock)
    kiosk = httpx.Client(base_url=running.url, timeout=30, headers={"Authorization": f"Bearer {token}"})
    rows = [request_row(A, "K01", n, f"u{n}", received_on=f"2026-11-{10 + n}", id_number="362430195603041281",
                        phone="13812345678", applicant_type="person", status_code=f"K7Q2M9XW{n:02d}",
                        delivery_method="post") for n in range(1, 4)]
    assert kiosk.post("/api/v1/upload", json={"requests": rows}).status_code == 200
    yield running, kiosk
    kiosk.close()
    running.server.stop()


def login(url: str, username: str, password: str = "correct-horse-1") -> tuple[httpx.Client, httpx.Response]:
    client = httpx.Client(base_url=url, timeout=30, follow_redirects=True)
    page = client.get("/console/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    answer = client.post("/console/login", data={"csrf": csrf, "username": username, "password": password})
    return client, answer


def csrf_of(page: httpx.Response) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def test_pages_need_a_login_and_logins_lock_out(console):
    running, _kiosk = console
    with httpx.Client(base_url=running.url, timeout=30) as anonymous:
        assert anonymous.get("/console/requests").status_code == 303
        no_csrf = anonymous.post("/console/login", data={"username": "admin1", "password": "correct-horse-1"})
        assert no_csrf.status_code == 403
    for _ in range(5):
        client, answer = login(running.url, "viewer1", "wrong-password")
        assert answer.status_code == 401 and "用户名或密码不正确" in answer.text
    client, answer = login(running.url, "viewer1")
    assert answer.status_code == 401, "the right password is refused while locked"
    _client, unknown = login(running.url, "nobody")
    # One answer for a locked and an unknown account (issue 25): the lock no longer tells that the name exists.
    assert unknown.status_code == 401 and "用户名或密码不正确" in unknown.text
    assert accounts.REFUSAL in answer.text and accounts.REFUSAL in unknown.text


def test_requests_list_sorted_by_due_date_and_filters(console):
    running, _kiosk = console
    client, landing = login(running.url, "viewer1")
    assert landing.status_code == 200 and "依申请公开概况" in landing.text, "the first page is the dashboard"
    answer = client.get("/console/requests")
    assert "各乡镇申请" in answer.text
    numbers = re.findall(r'/console/r/([0-9A-Z-]+)"', answer.text)
    assert numbers == [f"{A}-K01-2026-{n:05d}-X" for n in range(1, 4)], "earliest statutory due date first"
    other = client.get("/console/requests", params={"township": B})
    assert "没有符合条件的申请" in other.text
    detail = client.get(f"/console/r/{A}-K01-2026-00002-X")
    assert "362430195603041281" not in detail.text and "13812345678" not in detail.text, "viewers see no full ID/phone"
    assert "362430********1281" in detail.text and "138****5678" in detail.text
    assert 'id="record"' not in detail.text, "a viewer cannot record"
    handler, _ = login(running.url, "handler1")
    detail = handler.get(f"/console/r/{A}-K01-2026-00002-X")
    assert "362430195603041281" in detail.text and "13812345678" in detail.text, "handlers see personal data"


def test_a_reply_with_pdf_reaches_the_kiosk_and_the_status_page(console, store):
    running, kiosk = console
    number = f"{A}-K01-2026-00001-X"
    client, _ = login(running.url, "handler1")
    page = client.get(f"/console/r/{number}")
    forged = client.post(f"/console/r/{number}", data={"csrf": "forged", "kind": "replied", "on": "2026-11-24",
                                                       "outcome": "36-1"})
    assert forged.status_code == 403
    done = client.post(f"/console/r/{number}", data={"csrf": csrf_of(page), "kind": "replied", "on": "2026-11-24",
                                                     "outcome": "36-1"},
                       files={"reply_pdf": ("答复书.pdf", PDF, "application/pdf")})
    assert done.status_code == 200 and "已登记「答复」" in done.text
    assert "答复书.pdf" in done.text
    changes = kiosk.get("/api/v1/changes", params={"since": 0}).json()["changes"]
    assert [(c["request_uuid"], c["kind"], c["data"]["outcome"]) for c in changes] == [("u1", "replied", "36-1")]
    status = httpx.get(f"{running.url}s/{number}", params={"c": "K7Q2M9XW01"})
    assert "已答复" in status.text and "答复书.pdf" not in status.text
    assert "2026年11月24日" in status.text and "答复书已按您留下的地址邮寄" in status.text
    not_pdf = client.post(f"/console/r/{A}-K01-2026-00002-X", data={
        "csrf": csrf_of(page), "kind": "replied", "on": "2026-11-24", "outcome": "36-1"},
        files={"reply_pdf": ("x.pdf", b"MZ not a pdf", "application/pdf")})
    assert not_pdf.status_code == 400 and "PDF" in not_pdf.text
    assert store.counts()["county_changes"] == 1, "a refused form records nothing"
    extension = client.post(f"/console/r/{A}-K01-2026-00002-X", data={
        "csrf": csrf_of(page), "kind": "extended", "on": "2026-11-24", "workdays": "15"})
    assert extension.status_code == 400 and "负责人" in extension.text


def test_fleet_report_and_audit(console, store):
    running, kiosk = console
    kiosk.post("/api/v1/heartbeat", json={"version": "0.1.0", "last_sequence": 3, "printer": "ok",
                                           "audit_head": "abcdef"})
    county.issue_token(store, B, "K01", FixedClock("2026-11-20T00:00:00+08:00"))
    viewer, _ = login(running.url, "viewer1")
    fleet = viewer.get("/console/fleet")
    assert fleet.status_code == 200 and "abcdef" in fleet.text
    never = re.search(rf'<tr class="" id="kiosk-{B}-K01">(.*?)</tr>', fleet.text, re.S).group(1)
    assert "从未联系（2026-11-20 登记）" in never, "a kiosk that never called says so"
    assert "超过36小时未联系" not in never and "None" not in never, "not 'silent' and no version None"
    report = viewer.get("/console/report", params={"year": 2026})
    assert report.status_code == 200 and "各乡镇合计" in report.text
    csv = viewer.get("/console/report", params={"year": 2026, "format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    pdf = viewer.get("/console/report", params={"year": 2026, "format": "pdf"})
    assert pdf.content.startswith(b"%PDF")
    assert viewer.get("/console/audit").status_code == 403
    admin, _ = login(running.url, "admin1")
    log = admin.get("/console/audit")
    assert log.status_code == 200
    assert re.search(r"<td>viewer1姓名（viewer1）</td><td>查看或下载年度报表</td><td>2026</td>", log.text), \
        "the report download is logged, in words"
    assert re.search(r"<td>admin1姓名（admin1）</td><td>登录</td>", log.text)


def test_sessions_expire_when_idle(console):
    running, _kiosk = console
    client, answer = login(running.url, "viewer1")
    assert answer.status_code == 200
    running.clock.advance(minutes=29)
    assert client.get("/console/fleet").status_code == 200
    running.clock.advance(minutes=31)
    expired = client.get("/console/fleet")
    assert "登录已过期" in expired.text
