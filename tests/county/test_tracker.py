"""The console as a request tracker, over HTTP as county staff use it (SQLite and PostgreSQL): the
worklist's columns, sorting and paging with a true total; what viewers see of applicants; exports;
assignment, "my requests", internal notes; the due-within-3-working-days view; the 答复书 from a
template, edited and issued as a PDF; the audit log in words; the dashboard's charts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import httpx
import openpyxl

from county.console import accounts
from county.console.worklist import calendar
from tests.county import test_console
from tests.county.test_console import csrf_of, login
from tests.county.test_tenancy import A, request_row
from tests.receipts.helpers import pdf_fonts, pdf_text

site = test_console.console  # the fixture "site": a county with staff and three requests
TODAY = dt.date(2026, 11, 24)  # the console fixture's clock (a Tuesday)
ID, PHONE = "362430195603041281", "13812345678"


def rows_of(page: httpx.Response) -> list[str]:
    return re.findall(r'<td><a href="/console/r/([0-9A-Z-]+)">', page.text)


def received_for_due(workdays_from_today: int) -> str:
    """A receipt day whose statutory due date (20 working days) is that many working days from today."""
    due = calendar().add_workdays(TODAY, workdays_from_today).day if workdays_from_today > 0 else TODAY
    day = due
    while calendar().add_workdays(day, 20).day != due:
        day -= dt.timedelta(days=1)
        assert day > dt.date(2026, 1, 1)
    return day.isoformat()


def upload(kiosk: httpx.Client, rows: list[dict], events: list[dict] | None = None) -> None:
    answer = kiosk.post("/api/v1/upload", json={"requests": rows, "events": events or []})
    assert answer.status_code == 200, answer.text


def test_six_hundred_overdue_page_with_a_true_total_and_sort_by_any_column(site):
    running, kiosk = site
    rows = [request_row(A, "K01", n, f"o{n}", received_on=f"2026-09-{1 + n % 28:02d}", name=f"申请人{n:03d}",
                        description=f"事项{(n * 7) % 600:03d}的政府信息", id_number=ID, phone=PHONE)
            for n in range(100, 700)]
    upload(kiosk, rows)
    client, _ = login(running.url, "viewer1")
    first = client.get("/console/requests", params={"due": "overdue"})
    assert "共 600 件，第 1/12 页" in first.text
    assert len(rows_of(first)) == 50
    seen = set(rows_of(first))
    for page in range(2, 13):
        more = rows_of(client.get("/console/requests", params={"due": "overdue", "page": page}))
        assert len(more) == 50 and not seen & set(more), "pages do not overlap"
        seen |= set(more)
    assert len(seen) == 600, "every overdue request is reachable"
    assert "逾期" in first.text and "个工作日" in first.text, "days overdue in working days"

    by_number = rows_of(client.get("/console/requests", params={"due": "overdue", "sort": "number", "dir": "desc"}))
    assert by_number[0] == f"{A}-K01-2026-00699-X"
    by_subject = client.get("/console/requests", params={"due": "overdue", "sort": "subject"})
    subjects = re.findall(r"<td>(事项\d{3})的政府信息</td>", by_subject.text)
    assert subjects[:3] == ["事项000", "事项001", "事项002"], "sorted by the subject"
    by_applicant = client.get("/console/requests", params={"due": "overdue", "sort": "applicant", "dir": "desc"})
    assert rows_of(by_applicant)[0] == f"{A}-K01-2026-00699-X"
    by_received = rows_of(client.get("/console/requests", params={"due": "overdue", "sort": "received"}))
    assert by_received[0] in {f"{A}-K01-2026-{n:05d}-X" for n in range(100, 700) if n % 28 == 0}
    found = client.get("/console/requests", params={"q": "事项007", "status": ""})
    assert "共 1 件" in found.text and rows_of(found) == [f"{A}-K01-2026-00601-X"]  # 601 * 7 % 600 == 7


def test_viewers_never_see_full_id_or_phone_and_exports_follow_the_filter(site):
    running, kiosk = site
    upload(kiosk, [request_row(A, "K01", 9, "v9", received_on="2026-11-20", name="欧阳娜娜", id_number=ID,
                               phone=PHONE, description="2026年耕地地力保护补贴发放名单")])
    viewer, _ = login(running.url, "viewer1")
    page = viewer.get("/console/requests")
    assert "欧阳*" in page.text and "欧阳娜娜" not in page.text
    csv_text = viewer.get("/console/requests/export", params={"format": "csv", "q": "耕地"}).content.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(csv_text)))
    assert table[0][:6] == ["申请编号", "乡镇", "一体机", "受理日期", "所需信息", "申请人"]
    assert len(table) == 2, "only the filtered request"
    assert table[1][5:8] == ["欧阳*", "362430********1281", "138****5678"]
    assert ID not in csv_text and PHONE not in csv_text
    for path in (f"/console/r/{A}-K01-2026-00009-X", f"/console/r/{A}-K01-2026-00009-X/work"):
        shown = viewer.get(path).text
        assert ID not in shown and PHONE not in shown and "欧阳娜娜" not in shown, path

    handler, _ = login(running.url, "handler1")
    answer = handler.get("/console/requests/export", params={"format": "xlsx", "status": ""})
    book = openpyxl.load_workbook(io.BytesIO(answer.content))
    cells = [[c.value for c in row] for row in book.active.iter_rows()]
    assert cells[0][0] == "申请编号" and len(cells) == 1 + 4, "all four requests, any status"
    mine = next(r for r in cells if r[0] == f"{A}-K01-2026-00009-X")
    assert mine[5:8] == ["欧阳娜娜", ID, PHONE] and mine[4] == "2026年耕地地力保护补贴发放名单"
    assert viewer.get("/console/requests/export", params={"format": "exe"}).status_code == 400
    admin, _ = login(running.url, "admin1")
    log = admin.get("/console/audit", params={"action": "export"}).text
    assert "<td>导出申请清单</td><td>1 件</td><td>格式：CSV；状态：办理中（全部未办结）；查找：耕地</td>" in log


def test_assignment_my_requests_and_hand_off_notes(site, store):
    running, _kiosk = site
    accounts.add_staff(store, running.clock, "handler2", "王二", "handler", "correct-horse-1")
    number = f"{A}-K01-2026-00002-X"
    client, _ = login(running.url, "handler1")
    work = client.get(f"/console/r/{number}/work")
    refused = client.post(f"/console/r/{number}/assign", data={"csrf": csrf_of(work), "assignee": "viewer1",
                                                               "department": "综合办"})
    assert refused.status_code == 400 and "承办人应为在职的经办人员或管理员" in refused.text
    assert 'value="综合办"' in refused.text, "what was typed stays"
    assert "未分办" in client.get("/console/requests").text
    assigned = client.post(f"/console/r/{number}/assign", data={"csrf": csrf_of(work), "assignee": "handler2",
                                                                "department": "综合办"}, follow_redirects=False)
    assert assigned.status_code == 303, "post/redirect/get"
    assert "已保存分办" in client.get(assigned.headers["location"]).text
    note = client.post(f"/console/r/{number}/notes", data={"csrf": csrf_of(work), "note": "已调档，请王二核对附件。"})
    assert "已添加内部备注" in note.text and "已调档，请王二核对附件。" in note.text
    empty = client.post(f"/console/r/{number}/notes", data={"csrf": csrf_of(work), "note": "  "})
    assert empty.status_code == 400 and "请填写内部备注内容" in empty.text

    other, _ = login(running.url, "handler2")
    mine = other.get("/console/requests", params={"assignee": "me"})
    assert rows_of(mine) == [number] and "王二" in mine.text and "综合办" in mine.text
    assert rows_of(client.get("/console/requests", params={"assignee": "me"})) == []
    by_department = client.get("/console/requests", params={"department": "综合办"})
    assert rows_of(by_department) == [number]
    by_handler = rows_of(client.get("/console/requests", params={"sort": "handler"}))
    assert by_handler[0] == number, "assigned requests before unassigned ones"
    viewer, _ = login(running.url, "viewer1")
    assert "已调档" in viewer.get(f"/console/r/{number}/work").text, "notes are for county staff"
    assert viewer.post(f"/console/r/{number}/notes", data={"csrf": "x", "note": "x"}).status_code == 403


def test_due_within_three_working_days(site):
    running, kiosk = site
    soon = [request_row(A, "K01", 20 + k, f"s{k}", received_on=received_for_due(k)) for k in (1, 3)]
    later = [request_row(A, "K01", 30, "l5", received_on=received_for_due(5))]
    late = [request_row(A, "K01", 40, "late", received_on="2026-09-01")]
    upload(kiosk, soon + later + late)
    client, _ = login(running.url, "handler1")
    page = client.get("/console/requests", params={"due": "3wd"})
    assert sorted(rows_of(page)) == [f"{A}-K01-2026-00021-X", f"{A}-K01-2026-00023-X"]
    assert "剩 1 个工作日" in page.text and "剩 3 个工作日" in page.text
    upload(kiosk, [request_row(A, "K01", 50, "paused", received_on="2026-11-18")],
           [{"event_uuid": "c1", "request_uuid": "paused", "kind": "correction_sent", "at": "2026-11-19T09:00:00+08:00",
             "actor": "clerk1", "data": {"on": "2026-11-19"}}])
    paused = client.get("/console/requests", params={"q": "00050"})
    assert "暂停计时" in paused.text and "待补正" in paused.text, "the clock stops while awaiting 补正"


def test_reply_letter_from_a_template_edited_then_issued(site, tmp_path):
    running, kiosk = site
    number = f"{A}-K01-2026-00001-X"
    client, _ = login(running.url, "handler1")
    work = client.get(f"/console/r/{number}/work")
    csrf = csrf_of(work)
    no_outcome = client.post(f"/console/r/{number}/letter", data={"csrf": csrf, "action": "fill", "on": "2026-11-24"})
    assert no_outcome.status_code == 400 and "请选择答复结果" in no_outcome.text
    filled = client.post(f"/console/r/{number}/letter", data={"csrf": csrf, "action": "fill", "outcome": "36-1",
                                                              "on": "2026-11-24"}, follow_redirects=False)
    assert filled.status_code == 303
    page = client.get(filled.headers["location"])
    body = re.search(r'<textarea name="body" id="body" class="letter">(.*?)</textarea>', page.text, re.S).group(1)
    assert "张桂兰：" in body and number in body and "第三十六条第（一）项" in body
    assert "60日内依法申请行政复议" in body and "6个月内依法向人民法院提起行政诉讼" in body
    assert body.rstrip().endswith("2026年11月24日")

    unfinished = client.post(f"/console/r/{number}/letter", data={"csrf": csrf, "action": "issue", "outcome": "36-1",
                                                                  "on": "2026-11-24", "body": body})
    assert unfinished.status_code == 400 and "方括号" in unfinished.text
    assert "[公开的网址" in unfinished.text, "the typed letter is kept"
    no_remedy = body.replace("[公开的网址、公开查阅点或政务公开专区的位置]", "县政府门户网站").split("如对本答复不服")[0]
    refused = client.post(f"/console/r/{number}/letter", data={"csrf": csrf, "action": "issue", "outcome": "36-1",
                                                               "on": "2026-11-24", "body": no_remedy})
    assert refused.status_code == 400 and "行政复议" in refused.text
    future = client.post(f"/console/r/{number}/letter", data={"csrf": csrf, "action": "issue", "outcome": "36-1",
                                                              "on": "2026-11-25", "body": body})
    assert future.status_code == 400 and "答复日期不能晚于今天" in future.text
    assert kiosk.get("/api/v1/changes", params={"since": 0}).json()["changes"] == [], "refusals record nothing"

    edited = body.replace("[公开的网址、公开查阅点或政务公开专区的位置]", "青禾镇政务公开专区（镇政府一楼）")
    saved = client.post(f"/console/r/{number}/letter", data={"csrf": csrf, "action": "save", "outcome": "36-1",
                                                             "on": "2026-11-24", "body": edited})
    assert "已保存答复书草稿" in saved.text
    preview = client.get(f"/console/r/{number}/letter.pdf")
    assert preview.headers["content-type"] == "application/pdf"
    (tmp_path / "preview.pdf").write_bytes(preview.content)
    text = pdf_text(tmp_path / "preview.pdf")
    assert "政府信息公开申请答复书" in text and "青禾镇政务公开专区" in text and "6个月内" in text
    assert re.search(r"WenQuanYiMicroHei\S*\s+TrueType\s+\S+\s+yes", pdf_fonts(tmp_path / "preview.pdf")), \
        "the receipts' CJK font, embedded"

    issued = client.post(f"/console/r/{number}/letter", data={"csrf": csrf, "action": "issue", "outcome": "36-1",
                                                              "on": "2026-11-24", "body": edited})
    assert "已签发答复书" in issued.text and '<dd id="status">已答复</dd>' in issued.text
    change = kiosk.get("/api/v1/changes", params={"since": 0}).json()["changes"]
    assert [(c["kind"], c["data"]["outcome"]) for c in change] == [("replied", "36-1")]
    sha = change[0]["data"]["reply_pdf"]["sha256"]
    letter = client.get(f"/console/reply/{sha}")
    (tmp_path / "issued.pdf").write_bytes(letter.content)
    assert "青禾镇政务公开专区" in pdf_text(tmp_path / "issued.pdf")
    again = client.post(f"/console/r/{number}/letter", data={"csrf": csrf, "action": "save", "outcome": "36-1",
                                                             "on": "2026-11-24", "body": "改动"})
    assert again.status_code == 400, "an issued request takes no second letter"
    history = client.get(f"/console/r/{number}").text
    assert "答复结果：已主动公开，告知获取方式和途径（第三十六条第（一）项）" in history, "history in words"
    assert "outcome=" not in history


def test_each_outcome_has_a_template_with_the_remedies(site):
    from county.console import letters

    row = {"number": "N-1", "received_on": "2026-11-02"}
    for code, _label in letters.outcomes():
        text = letters.draft(code, row, {"name": "张三", "description": "某事项"}, "青禾镇人民政府", TODAY)
        assert "60日内" in text and "6个月内" in text and "2026年11月2日" in text, code


def test_audit_log_in_words_searchable_and_exportable(site):
    running, _kiosk = site
    viewer, _ = login(running.url, "viewer1")
    for _ in range(120):
        viewer.get(f"/console/r/{A}-K01-2026-00003-X")
    viewer.get("/console/report", params={"year": 2026, "format": "csv"})
    admin, _ = login(running.url, "admin1")
    log = admin.get("/console/audit")
    assert "<td>登录</td>" in log.text and "login" not in re.sub(r"<(select|form)[^>]*>.*?</\1>", "", log.text, flags=re.S)
    viewed = admin.get("/console/audit", params={"action": "view_request", "q": "00003"})
    assert "共 120 条，第 1/2 页" in viewed.text, "the whole log, not the last 200"
    assert "查看申请（含个人信息）" in viewed.text
    report = admin.get("/console/audit", params={"username": "viewer1", "action": "report"})
    assert "格式：CSV" in report.text and "共 1 条" in report.text
    exported = admin.get("/console/audit", params={"action": "view_request", "format": "csv"})
    lines = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert lines[0] == ["时间", "人员", "操作", "对象", "内容"] and len(lines) == 121
    assert lines[1][1:4] == ["viewer1姓名（viewer1）", "查看申请（含个人信息）", f"{A}-K01-2026-00003-X"]
    xlsx = admin.get("/console/audit", params={"q": "00003", "format": "xlsx"})
    assert openpyxl.load_workbook(io.BytesIO(xlsx.content)).active.max_row == 121


def test_dashboard_charts_requests_by_month_on_time_rate_and_overdue_trend(site):
    running, kiosk = site
    upload(kiosk, [request_row(A, "K01", 50, "m1", received_on="2026-03-02"),
                   request_row(A, "K01", 51, "m2", received_on="2026-03-03"),
                   request_row(A, "K01", 52, "m3", received_on="2026-06-01")],
           [{"event_uuid": "r1", "request_uuid": "m1", "kind": "replied", "at": "2026-03-10T09:00:00+08:00",
             "actor": "clerk1", "data": {"on": "2026-03-10", "outcome": "36-2"}},
            {"event_uuid": "r2", "request_uuid": "m2", "kind": "replied", "at": "2026-05-20T09:00:00+08:00",
             "actor": "clerk1", "data": {"on": "2026-05-20", "outcome": "36-2"}}])
    client, _ = login(running.url, "viewer1")
    page = client.get("/console/dashboard")
    assert page.status_code == 200
    assert page.text.count("<svg") == 3 and "http://" not in page.text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert re.search(r'<div class="big" id="received">6</div>', page.text), "3 + the fixture's 3 in November"
    assert "50.0%" in page.text and "1/2 件按期" in page.text, "m2 was answered past its due date"
    months = re.search(r"<tr><td>[^<]+</td>((?:<td>\d+</td>){13})</tr>", page.text).group(1)
    assert re.findall(r"\d+", months) == ["0", "0", "2", "0", "0", "1", "0", "0", "0", "0", "3", "0", "6"]
    trend = re.search(r"<tr><td>逾期未答复</td>(.*?)</tr>", page.text).group(1)
    # m2 was due 03-31 and answered 05-20: overdue at the end of April only; m3 (due 06-30) from July on.
    assert re.findall(r"\d+", trend) == ["0", "0", "0", "1", "0", "0", "1", "1", "1", "1", "1"]
    assert 'id="overdue-now">1<' in page.text


def test_a_first_visit_is_not_told_its_login_expired(site):
    running, _kiosk = site
    with httpx.Client(base_url=running.url, timeout=30, follow_redirects=True) as fresh:
        first = fresh.get("/console/requests")
        assert "登录" in first.text and "登录已过期" not in first.text
    with httpx.Client(base_url=running.url, timeout=30, follow_redirects=True,
                      cookies={"gk_console": "a-session-that-ended"}) as stale:
        assert "登录已过期" in stale.get("/console/requests").text
