"""`gongkai request`: new from JSON on stdin, show, event, list; bad input exits 2 and saves nothing."""

from __future__ import annotations

import json
import sqlite3
import subprocess

import pytest

from kiosk.requests.numbers import parse_number
from tests.conftest import GONGKAI
from tests.requests.conftest import organization, person


def _run(args, path, stdin=""):
    return subprocess.run([*GONGKAI, *args, "--db", str(path)], input=stdin, capture_output=True, text=True,
                          timeout=60)


def _count(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def store(tmp_path):
    from kiosk.store import open_store, township_repo

    path = tmp_path / "k.db"
    db = open_store(path)
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
    db.close()
    return path


def test_request_new_with_chinese_labels_prints_the_number_and_show_has_the_due_date(store):
    data = person(received="2026-02-10", delivery_form="纸质", delivery_method="当面领取", channel="当面",
                  applicant_type="自然人")
    out = _run(["request", "new"], store, json.dumps(data, ensure_ascii=False))
    assert out.returncode == 0, out.stderr
    number = out.stdout.strip()
    assert parse_number(number) == number and number.startswith("362430101-K01-2026-")
    shown = json.loads(_run(["request", "show", number.lower(), "--json"], store).stdout)
    assert (shown["number"], shown["received"], shown["due"], shown["provisional"]) == \
        (number, "2026-02-10", "2026-03-16", False)
    assert shown["id_number"] == data["id_number"] and shown["id_number_masked"].startswith("362***")
    text = _run(["request", "show", number], store).stdout
    assert "答复期限：2026-03-16" in text and "张桂兰" in text


def test_request_new_for_an_organization_and_the_staff_actor(store):
    add = _run(["staff", "add", "wang", "--pin-stdin"], store, "246810\n")
    assert add.returncode == 0, add.stderr
    out = _run(["request", "new", "--staff", "wang", "--json"], store,
               json.dumps(organization("legal_service", channel="口头")))
    view = json.loads(out.stdout)
    assert (view["organization_kind_label"], view["transcribed_by"], view["events"][0]["actor"]) == \
        ("法律服务机构", "wang", "wang")


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        ("{not json", "JSON"),
        ("[1, 2]", "JSON 对象"),
        (json.dumps(person(id_number="110105194912310021")), "id_number"),
        (json.dumps(person(channel="电报")), "channel"),
        (json.dumps(person(received="2026-02-30")), "received"),
        (json.dumps({k: v for k, v in person().items() if k != "phone"}), "phone"),
    ],
)
def test_bad_input_exits_2_with_the_reason_and_saves_nothing(store, stdin, expected):
    out = _run(["request", "new"], store, stdin)
    assert out.returncode == 2
    assert expected in out.stderr and out.stdout == ""
    assert _count(store, "requests") == 0 and _count(store, "request_events") == 0
    assert _count(store, "audit_log") == 0


def test_lifecycle_from_the_command_line(store):
    number = _run(["request", "new"], store, json.dumps(person(received="2026-09-21"))).stdout.strip()
    ext = _run(["request", "event", number, "extended", "--official", "李镇长", "--date", "2026-10-20", "--json"], store)
    assert json.loads(ext.stdout)["due"] == "2026-11-23"
    missing = _run(["request", "event", number, "replied"], store)
    assert missing.returncode == 2 and "办理结果" in missing.stderr
    replied = _run(["request", "event", number, "replied", "--outcome", "36-2", "--date", "2026-11-02"], store)
    assert replied.returncode == 0 and "已答复" in replied.stdout
    assert json.loads(_run(["request", "list", "--json"], store).stdout) == []
    everything = json.loads(_run(["request", "list", "--all", "--json"], store).stdout)
    assert [i["number"] for i in everything] == [number]
    unknown = _run(["request", "show", "362430101-K01-2026-00017-N"], store)
    assert unknown.returncode == 1 and "没有编号" in unknown.stderr
    garbled = _run(["request", "show", "362430101-K01-2026-00017-X"], store)
    assert garbled.returncode == 2 and "校验位" in garbled.stderr
    outcomes = _run(["request", "outcomes"], store).stdout
    assert "36-2" in outcomes and "3.1" in outcomes


def test_cli_void_repairs_a_double_reply_so_the_annual_report_reconciles(store):
    """A second 答复 that slipped in (an older kiosk applied the county's copy) blocks the report;
    `gongkai request event NUMBER void` voids it with a reason and the officer, and the report passes."""
    import uuid

    out = _run(["request", "new"], store, json.dumps(person(received="2026-03-02")))
    number = out.stdout.strip()
    assert _run(["request", "event", number, "replied", "--date", "2026-03-20", "--outcome", "36-1"],
                store).returncode == 0
    conn = sqlite3.connect(store)
    request_uuid = conn.execute("SELECT uuid FROM requests WHERE number = ?", [number]).fetchone()[0]
    with conn:
        conn.execute("INSERT INTO request_events (event_uuid, request_uuid, kind, at, actor, data) VALUES "
                     "(?, ?, 'replied', '2026-03-21T09:00:00+08:00', '县政务公开办', "
                     "'{\"on\": \"2026-03-21\", \"outcome\": \"36-2\"}')", [str(uuid.uuid4()), request_uuid])
    conn.close()
    blocked = _run(["report", "annual", "--year", "2026", "--format", "json"], store)
    assert blocked.returncode != 0 and "办结了 2 次" in blocked.stderr
    again = _run(["request", "event", number, "replied", "--outcome", "36-1"], store)
    assert again.returncode == 2 and "不能再登记“已答复”" in again.stderr
    shown = _run(["request", "show", number], store).stdout
    second = [line for line in shown.splitlines() if "已答复" in line and "2026-03-21" in line][0]
    prefix = second.split("[")[1].split("]")[0]
    no_reason = _run(["request", "event", number, "void", "--voids", prefix, "--officer", "王小明"], store)
    assert no_reason.returncode == 2 and "更正须写明理由" in no_reason.stderr
    fixed = _run(["request", "event", number, "void", "--voids", prefix, "--reason", "县级答复重复登记",
                  "--officer", "王小明"], store)
    assert fixed.returncode == 0, fixed.stderr
    shown = _run(["request", "show", number], store).stdout
    assert f"[{prefix}] 2026-03-21  已答复（已作废）" in shown and "reason=县级答复重复登记" in shown
    report = _run(["report", "annual", "--year", "2026", "--format", "json"], store)
    assert report.returncode == 0, report.stderr
    assert _count(store, "request_events") == 4, "append-only: the voided reply is kept"


def test_request_new_names_a_character_that_cannot_be_printed(store):
    out = _run(["request", "new"], store, json.dumps(person(name="李\U00030000明"), ensure_ascii=False))
    assert out.returncode == 0, out.stderr
    assert "U+30000" in out.stderr and "印不出" in out.stderr and "姓名" in out.stderr
    assert _count(store, "requests") == 1
    # A later receipt (a reprint, another day) says so again, and the paper flags the character.
    number = out.stdout.strip()
    receipt = _run(["receipt", number, "--out", str(store.parent / "r.pdf")], store)
    assert receipt.returncode == 0, receipt.stderr
    assert "U+30000" in receipt.stderr and "以□标出" in receipt.stderr
