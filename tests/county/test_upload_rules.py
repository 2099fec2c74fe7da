"""What a kiosk uploads passes the rules the console enforces, item by item, over the real HTTP stack
on SQLite and PostgreSQL: a rule-breaking request or event is refused with its reason, stored
nowhere that counts, kept for an officer, and the good items of the same upload are stored."""

from __future__ import annotations

import datetime as dt

import pytest

from county import service as county_service
from county import upward as county_upward
from kiosk.calendar.workdays import WorkCalendar
from kiosk.errors import ValidationError
from tests.county.test_console import A, console, login, request_row  # noqa: F401 - fixture

NUMBER = f"{A}-K01-2026-{{:05d}}-X"


def event(request_uuid: str, event_uuid: str, kind: str, on: str, **data) -> dict:
    return {"event_uuid": event_uuid, "request_uuid": request_uuid, "kind": kind, "at": f"{on}T09:00:00+08:00",
            "actor": "clerk1", "data": {"on": on, **data}}


def refusals(answer: dict, wire: str) -> dict[str, str]:
    return {r["ref"]: r["reason"] for r in answer.get("refused", {}).get(wire, [])}


def stored_event_uuids(store) -> set[str]:
    with store.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT event_uuid FROM county_events")}


def status_page(running, n: int) -> str:
    import httpx

    with httpx.Client(base_url=running.url, timeout=30) as client:
        page = client.get(f"/s/{NUMBER.format(n)}", params={"c": f"K7Q2M9XW{n:02d}"})
    assert page.status_code == 200, page.text[-600:]
    return page.text


def test_rule_breaking_events_are_refused_one_by_one_and_the_good_ones_stored(console, store):  # noqa: F811
    running, kiosk = console  # requests u1..u3 received 2026-11-11..13; the county's today is 2026-11-24
    batch = [
        event("u1", "good-note", "note", "2026-11-20", note="已电话联系申请人"),
        event("u1", "ext-60", "extended", "2026-11-20", workdays=60, official="李主任"),
        event("u2", "before-receipt", "replied", "2026-11-01", outcome="36-1"),
        event("u2", "far-future", "replied", "2031-01-01", outcome="bogus"),
        event("u3", "good-ext", "extended", "2026-11-20", workdays=20, official="李主任"),
        event("u3", "second-ext", "extended", "2026-11-21", workdays=5, official="李主任"),
    ]
    answer = kiosk.post("/api/v1/upload", json={"events": batch})
    assert answer.status_code == 200
    body = answer.json()
    assert body["events"] == ["good-note", "good-ext"], "only the good events are acknowledged"
    reasons = refusals(body, "events")
    assert set(reasons) == {"ext-60", "before-receipt", "far-future", "second-ext"}
    assert "延长期限应为 1 至 20 个工作日" in reasons["ext-60"]
    assert "日期不能早于上一环节（2026-11-12）" in reasons["before-receipt"]
    assert "日期不能晚于今天" in reasons["far-future"]
    assert "答复期限只能延长一次" in reasons["second-ext"]
    assert stored_event_uuids(store) == {"good-note", "good-ext"}, "nothing of a refused event is stored"

    held = {h["ref"]: h for h in county_upward.held_uploads(store)}
    assert set(held) == set(reasons) and held["ext-60"]["reason"] == reasons["ext-60"]
    assert held["ext-60"]["data"]["data"]["workdays"] == 60 and held["ext-60"]["kiosk_id"] == "K01"

    again = kiosk.post("/api/v1/upload", json={"events": batch})
    assert again.status_code == 200 and again.json() == body, "sent again: the same answer"
    assert len(county_upward.held_uploads(store)) == 4 and stored_event_uuids(store) == {"good-note", "good-ext"}

    first = status_page(running, 1)
    assert "新的答复期限" not in first and "80个工作日" not in first
    assert store.request_by_number(NUMBER.format(2))["status"] == "received", "no reply was taken"
    handler, _ = login(running.url, "handler1")
    report = handler.get("/console/report", params={"year": "2026"})
    assert report.status_code == 200, "the annual report is not blocked by refused events"
    fleet = handler.get("/console/fleet")
    assert 'id="held"' in fleet.text and "<code>ext-60</code>" in fleet.text
    assert "延长期限应为 1 至 20 个工作日" in fleet.text and "答复期限只能延长一次" in fleet.text


def test_a_kiosk_event_is_checked_against_the_steps_the_county_recorded(console, store):  # noqa: F811
    """A kiosk reply arriving after the county's own reply is refused (the console would refuse a
    second reply); a kiosk note dated before a county step it had not yet received is taken."""
    _running, kiosk = console
    county_service.record_change(store, "u1", "replied", {"on": "2026-11-22", "outcome": "36-1"}, "handler1",
                                 _clock(console))
    answer = kiosk.post("/api/v1/upload", json={"events": [
        event("u1", "late-note", "note", "2026-11-21", note="窗口已解释"),
        event("u1", "kiosk-reply", "replied", "2026-11-23", outcome="36-2"),
    ]}).json()
    assert answer["events"] == ["late-note"]
    assert "不能再登记“已答复”" in refusals(answer, "events")["kiosk-reply"]
    assert store.request_by_number(NUMBER.format(1))["status"] == "replied"


def _clock(console_):  # noqa: F811
    return console_[0].clock


def test_requests_with_impossible_days_or_unknown_applicant_types_are_refused_alone(console, store):  # noqa: F811
    running, kiosk = console
    bad = {
        "u4": {"received_on": "9999-12-31"},
        "u5": {"received_on": "2026-02-30"},
        "u6": {"received_on": "1900-01-01"},
        "u7": {"received_on": "2026-11-26"},  # two days after the county's today
        "u8": {"applicant_type": "公民"},
        "u9": {"applicant_type": "citizen"},
    }
    rows = [request_row(A, "K01", n, f"u{n}", status_code=f"K7Q2M9XW{n:02d}",
                        **{"applicant_type": "person", "received_on": "2026-11-20", **bad.get(f"u{n}", {})})
            for n in range(4, 11)]
    rows.append(request_row(A, "K01", 11, "u11", applicant_type="organization", received_on="2026-11-25",
                            status_code="K7Q2M9XW11"))  # a kiosk clock a day ahead: taken
    answer = kiosk.post("/api/v1/upload", json={"requests": rows, "events": [
        event("u4", "e-of-u4", "note", "2026-11-20", note="x"), event("u10", "e-of-u10", "note", "2026-11-21", note="y")]})
    assert answer.status_code == 200, "a far date is a refusal, not an internal error"
    body = answer.json()
    assert body["requests"] == ["u10", "u11"] and body["events"] == ["e-of-u10"]
    reasons = refusals(body, "requests")
    assert set(reasons) == set(bad)
    assert "不能晚于今天" in reasons["u4"] and "不能晚于今天" in reasons["u7"]
    assert "没有这一天：2026-02-30" in reasons["u5"]
    assert "早于现行条例施行日（2019-05-15）" in reasons["u6"]
    assert "“公民”无效" in reasons["u8"] and "person（自然人）" in reasons["u8"] and "“citizen”无效" in reasons["u9"]
    assert "e-of-u4" not in body["events"] and "e-of-u4" not in refusals(body, "events"), \
        "the event of a refused request waits for it (not acknowledged)"
    for n in range(4, 10):
        assert store.request_by_number(NUMBER.format(n)) is None
    assert {h["ref"] for h in county_upward.held_uploads(store)} == set(bad)
    assert "申请进度" in status_page(running, 10)
    handler, _ = login(running.url, "handler1")
    assert handler.get("/console/report", params={"year": "2026"}).status_code == 200


def test_a_held_item_sent_again_and_accepted_leaves_the_held_list(console, store):  # noqa: F811
    _running, kiosk = console
    row = request_row(A, "K01", 12, "u12", applicant_type="citizen", received_on="2026-11-20")
    assert "requests" in kiosk.post("/api/v1/upload", json={"requests": [row]}).json()["refused"]
    assert [h["ref"] for h in county_upward.held_uploads(store)] == ["u12"]
    fixed = {**row, "applicant_type": "person", "updated_at": "2026-11-21T10:00:00+08:00"}
    answer = kiosk.post("/api/v1/upload", json={"requests": [fixed]}).json()
    assert answer["requests"] == ["u12"] and "refused" not in answer
    assert county_upward.held_uploads(store) == []
    handler, _ = login(_running.url, "handler1")
    assert 'id="held-none"' in handler.get("/console/fleet").text


def test_a_viewer_sees_a_masked_name_unless_the_applicant_is_an_organisation(console, store):  # noqa: F811
    """Rows stored before the county checked applicant types: only "organization" shows a name."""
    running, _kiosk = console
    rows = [request_row(A, "K01", 20, "u20", name="欧阳娜娜", applicant_type="公民", received_on="2026-11-20"),
            request_row(A, "K01", 21, "u21", name="前进村股份经济合作社", applicant_type="organization",
                        received_on="2026-11-20")]
    store.store_upload(A, "K01", rows, [], "2026-11-22T03:00:00+08:00", lambda *_: [], county_service.derive_status)
    viewer, _ = login(running.url, "viewer1")
    person = viewer.get(f"/console/r/{NUMBER.format(20)}")
    assert person.status_code == 200 and "欧阳娜娜" not in person.text and "欧阳*" in person.text
    organisation = viewer.get(f"/console/r/{NUMBER.format(21)}")
    assert "前进村股份经济合作社" in organisation.text


def test_working_days_past_the_last_date_are_bad_input_not_an_overflow():
    with pytest.raises(ValidationError, match="超出可计算的日期范围"):
        WorkCalendar().add_workdays(dt.date(9999, 12, 20), 20)
    assert WorkCalendar().add_workdays(dt.date(9999, 11, 1), 5).day == dt.date(9999, 11, 8)


def test_values_of_the_wrong_json_type_are_refused_not_an_internal_error(console, store):  # noqa: F811
    _running, kiosk = console
    answer = kiosk.post("/api/v1/upload", json={
        "requests": [request_row(A, "K01", 30, "u30", applicant_type={"type": "person"}, received_on="2026-11-20")],
        "events": [event("u1", "list-outcome", "replied", "2026-11-20", outcome=["36-1"]),
                   event("u2", "dict-party", "third_party_opinion_started", "2026-11-20", party={"x": 1}),
                   event("u3", "int-day", "note", "2026-11-20", note="x") | {"data": {"on": 20261120, "note": "x"}}]})
    assert answer.status_code == 200
    body = answer.json()
    assert body["requests"] == [] and body["events"] == []
    assert "申请人类型" in refusals(body, "requests")["u30"]
    reasons = refusals(body, "events")
    assert "未知的办理结果代码" in reasons["list-outcome"] and "征求意见对象" in reasons["dict-party"]
    assert "办理日期无效" in reasons["int-day"]


def test_a_far_day_stored_before_uploads_were_checked_gives_a_message_not_an_error(console, store):  # noqa: F811
    running, _kiosk = console
    row = request_row(A, "K01", 40, "u40", received_on="9999-12-31", applicant_type="person",
                      status_code="K7Q2M9XW40")
    store.store_upload(A, "K01", [row], [], "2026-11-22T03:00:00+08:00", lambda *_: [], county_service.derive_status)
    assert "登记日期有误，暂时无法计算办理期限" in status_page(running, 40)
