"""One rulebook: the kiosk's refusals (kiosk/requests/lifecycle.py) hold at the county too, through
its API (county.record_change, what `gongkai county reply` calls) and through the console, with
the kiosk's own messages; the console follows post/redirect/get and keeps what was typed; a 更正
repairs a double reply so the annual report reconciles again."""

from __future__ import annotations

import httpx
import pytest

import county
from county import service as county_service
from tests.county.test_console import A, console, csrf_of, login, request_row  # noqa: F401 - fixture

OLD = f"{A}-K01-2026-00009-X"  # received 2026-10-09: its 20 working days ran out on 2026-11-05

# (name, steps recorded first, the refused step, the kiosk's message)
CASES = [
    ("second reply", [("replied", {"outcome": "36-1"})], ("replied", {"outcome": "36-2"}), "不能再登记“已答复”"),
    ("extension after reply", [("replied", {"outcome": "36-1"})],
     ("extended", {"official": "李主任", "workdays": 10}), "不能再登记“延长答复期限”"),
    ("second extension", [("extended", {"official": "李主任", "workdays": 10})],
     ("extended", {"official": "李主任", "workdays": 5}), "答复期限只能延长一次"),
    ("corrected without notice", [], ("corrected", {}), "只有待补正的申请才能登记补正结果"),
    ("opinion end without start", [], ("third_party_opinion_ended", {}), "没有正在进行的征求第三方意见"),
    ("reply in the future", [], ("replied", {"outcome": "36-1", "on": "2026-11-25"}), "日期不能晚于今天"),
]


def _upload_old(kiosk: httpx.Client) -> None:
    row = request_row(A, "K01", 9, "u9", received_on="2026-10-09", updated_at="2026-10-09T10:00:00+08:00")
    assert kiosk.post("/api/v1/upload", json={"requests": [row]}).status_code == 200


@pytest.mark.parametrize(("name", "before", "step", "message"), CASES, ids=[c[0] for c in CASES])
def test_county_api_refuses_what_the_kiosk_refuses(console, store, name, before, step, message):  # noqa: F811
    for kind, data in before:
        county.record_change(store, "u1", kind, {"on": "2026-11-24", **data}, "县政务公开办", console[0].clock)
    changes = store.counts()["county_changes"]
    kind, data = step
    with pytest.raises(county.ValidationError, match=message):
        county.record_change(store, "u1", kind, {"on": "2026-11-24", **data}, "县政务公开办", console[0].clock)
    assert store.counts()["county_changes"] == changes, "a refused step stores nothing"


def test_an_extension_after_the_deadline_is_refused(console, store):  # noqa: F811
    running, kiosk = console
    _upload_old(kiosk)
    with pytest.raises(county.ValidationError, match=r"延期须在答复期限（2026-11-05）届满前决定"):
        county.record_change(store, "u9", "extended", {"on": "2026-11-24", "official": "李主任", "workdays": 20},
                             "县政务公开办", running.clock)
    client, _ = login(running.url, "handler1")
    page = client.get(f"/console/r/{OLD}")
    refused = client.post(f"/console/r/{OLD}", data={"csrf": csrf_of(page), "kind": "extended", "on": "2026-11-24",
                                                   "workdays": "20", "official": "李主任"})
    assert refused.status_code == 400 and "延期须在答复期限（2026-11-05）届满前决定" in refused.text


def _post(client: httpx.Client, number: str, kind: str, data: dict, follow: bool = True) -> httpx.Response:
    page = client.get(f"/console/r/{number}")
    form = {"csrf": csrf_of(page), "kind": kind, "on": "2026-11-24", **{k: str(v) for k, v in data.items()}}
    return client.post(f"/console/r/{number}", data=form, follow_redirects=follow)


@pytest.mark.parametrize(("name", "before", "step", "message"), CASES, ids=[c[0] for c in CASES])
def test_console_refuses_what_the_kiosk_refuses(console, store, name, before, step, message):  # noqa: F811
    running, _kiosk = console
    number = f"{A}-K01-2026-00001-X"
    client, _ = login(running.url, "handler1")
    for kind, data in before:
        assert _post(client, number, kind, data).status_code == 200
    changes = store.counts()["county_changes"]
    refused = _post(client, number, *step)
    assert refused.status_code == 400 and message in refused.text
    assert store.counts()["county_changes"] == changes


def test_console_post_redirect_get_and_kept_values(console, store):  # noqa: F811
    running, _kiosk = console
    number = f"{A}-K01-2026-00002-X"
    client, _ = login(running.url, "handler1")
    missing = _post(client, number, "extended", {"workdays": 12, "note": "需协调国土所", "reason": "涉及多个部门"})
    assert missing.status_code == 400 and "延期须记录批准延期的负责人" in missing.text
    assert 'value="12"' in missing.text and 'value="需协调国土所"' in missing.text and 'value="涉及多个部门"' in missing.text
    assert '<option value="extended" selected>' in missing.text, "the chosen step stays chosen"
    done = _post(client, number, "extended", {"workdays": 12, "official": "李主任"}, follow=False)
    assert done.status_code == 303 and done.headers["location"] == f"/console/r/{number}?done=extended"
    shown = client.get(done.headers["location"])
    assert "已登记「延期」" in shown.text
    client.get(done.headers["location"])  # a reload of the page after the redirect
    assert store.counts()["county_changes"] == 1, "reloading records nothing again"


def test_void_repairs_a_double_reply_and_the_report_reconciles(console, store):  # noqa: F811
    """A kiosk of the old rules uploaded two replies before the county checked uploads (stored as such
    a county stored them then: the upload refuses the second now, tests/county/test_upload_rules.py);
    the report refuses; a 更正 in the console fixes it."""
    running, kiosk = console
    events = [{"event_uuid": f"e{n}", "request_uuid": "u3", "kind": "replied", "at": f"2026-11-2{n}T09:00:00+08:00",
               "actor": "clerk1", "data": {"on": f"2026-11-2{n}", "outcome": "36-1"}} for n in (0, 1)]
    store.store_upload(A, "K01", [], events, "2026-11-22T03:00:00+08:00", lambda *_: [], county_service.derive_status)
    client, _ = login(running.url, "handler1")
    blocked = client.get("/console/report", params={"year": "2026"})
    assert blocked.status_code == 409 and "办结了 2 次" in blocked.text
    number = f"{A}-K01-2026-00003-X"
    no_reason = _post(client, number, "void", {"voids": "e1"})
    assert no_reason.status_code == 400 and "更正须写明理由" in no_reason.text
    not_ours = _post(client, number, "void", {"voids": "nope", "reason": "x"})
    assert not_ours.status_code == 400 and "不属于这件申请" in not_ours.text
    fixed = _post(client, number, "void", {"voids": "e1", "reason": "重复登记的答复"})
    assert fixed.status_code == 200 and "已登记「更正（作废误登记的环节）」" in fixed.text
    assert "<s>已答复</s>（已更正作废）" in fixed.text and "理由：重复登记的答复（handler1姓名）" in fixed.text
    again = _post(client, number, "void", {"voids": "e1", "reason": "再来一次"})
    assert again.status_code == 400 and "已经作废过了" in again.text
    report = client.get("/console/report", params={"year": "2026"})
    assert report.status_code == 200 and "办结了" not in report.text
    change = [c for c in kiosk.get("/api/v1/changes", params={"since": 0}).json()["changes"] if c["kind"] == "void"]
    assert change and change[0]["data"]["voids"] == "e1" and change[0]["data"]["officer"] == "handler1姓名"
    audit = store.engine.connect().exec_driver_sql(
        "SELECT action, target FROM county_audit WHERE action = 'record_void'").fetchall()
    assert audit == [("record_void", number)]
