"""Lifecycle rules, append-only events, the worklist, and the fee calculator."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.clock import FixedClock
from kiosk.errors import NotFound, ValidationError
from kiosk.requests import fees, service
from tests.requests.conftest import person


@pytest.fixture
def request_number(township, config, clerk, late_clock):
    return service.create_request(township, late_clock, config, clerk, person(received="2026-09-21"))["number"]


def test_reply_then_close_records_who_and_when(township, clerk, late_clock, request_number):
    view = service.add_event(township, late_clock, clerk, request_number, "replied", "2026-10-20", outcome="37")
    assert (view["status"], view["outcome_label"], view["concluded_on"], view["due"]) == \
        ("replied", "部分公开（区分处理）", "2026-10-20", None)
    view = service.add_event(township, late_clock, clerk, request_number, "closed", "2026-10-21")
    assert view["status_label"] == "已归档"
    assert [(e["kind"], e["on"], e["actor"]) for e in view["events"]] == [
        ("received", "2026-09-21", "clerk1"), ("replied", "2026-10-20", "clerk1"), ("closed", "2026-10-21", "clerk1")]
    with pytest.raises(ValidationError, match="已归档"):
        service.add_event(township, late_clock, clerk, request_number, "replied", outcome="36-2")


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("replied", {}, "办理结果"),
        ("replied", {"outcome": "99"}, "未知的办理结果"),
        ("extended", {}, "负责人"),
        ("extended", {"official": "李镇长", "workdays": 21}, "应为 1 至 20 个工作日"),
        ("corrected", {}, "待补正"),
        ("third_party_opinion_ended", {}, "没有正在进行"),
        ("closed", {}, "答复"),
        ("teleported", {}, "未知的办理环节"),
    ],
)
def test_events_the_state_does_not_allow_are_refused(township, clerk, late_clock, request_number, kind, data, message):
    with pytest.raises(ValidationError, match=message):
        service.add_event(township, late_clock, clerk, request_number, kind, "2026-10-09", **data)
    assert len(service.request_view(township, late_clock, request_number)["events"]) == 1


def test_dates_must_not_go_backwards_or_into_the_future(township, clerk, late_clock, request_number):
    with pytest.raises(ValidationError, match="早于"):
        service.add_event(township, late_clock, clerk, request_number, "note", "2026-09-01", note="x")
    with pytest.raises(ValidationError, match="晚于今天"):
        service.add_event(township, late_clock, clerk, request_number, "note", "2027-04-01", note="x")


def test_one_correction_notice_and_one_extension_only(township, clerk, late_clock, request_number):
    service.add_event(township, late_clock, clerk, request_number, "correction_sent", "2026-09-22")
    service.add_event(township, late_clock, clerk, request_number, "corrected", "2026-09-24")
    with pytest.raises(ValidationError, match="一次"):
        service.add_event(township, late_clock, clerk, request_number, "correction_sent", "2026-09-25")
    service.add_event(township, late_clock, clerk, request_number, "extended", "2026-10-09", official="李镇长")
    with pytest.raises(ValidationError, match="一次"):
        service.add_event(township, late_clock, clerk, request_number, "extended", "2026-10-10", official="李镇长")


def test_extension_must_be_decided_before_the_deadline(township, clerk, late_clock, request_number):
    with pytest.raises(ValidationError, match="届满前"):
        service.add_event(township, late_clock, clerk, request_number, "extended", "2026-10-27", official="李镇长")


def test_abandoned_after_correction_counts_as_its_own_outcome(township, clerk, late_clock, request_number):
    service.add_event(township, late_clock, clerk, request_number, "correction_sent", "2026-09-22")
    view = service.add_event(township, late_clock, clerk, request_number, "abandoned", "2026-11-30")
    assert (view["status"], view["outcome"], view["open"]) == ("abandoned", "30-abandoned", False)


def test_events_are_append_only_in_the_database(township, request_number):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        township.execute("UPDATE request_events SET actor = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        township.execute("DELETE FROM request_events")


def test_unknown_number_is_not_found(township, late_clock):
    with pytest.raises(NotFound):
        service.request_view(township, late_clock, "362430101-K01-2026-00017-N")


def test_worklist_sorted_by_due_date_with_due_soon_and_overdue_flags(township, config, clerk):
    db = township
    clock = FixedClock("2026-11-23T09:00:00+08:00")  # Monday
    made = {}
    for received in ("2026-11-20", "2026-10-15", "2026-10-27", "2026-11-02"):
        made[received] = service.create_request(db, clock, config, clerk, person(received=received))["number"]
    waiting = service.create_request(db, clock, config, clerk, person(received="2026-11-19"))["number"]
    service.add_event(db, clock, clerk, waiting, "correction_sent", "2026-11-20")
    done = service.create_request(db, clock, config, clerk, person(received="2026-10-09"))["number"]
    service.add_event(db, clock, clerk, done, "replied", "2026-11-02", outcome="36-4")
    items = service.worklist(db, clock)
    assert [i["number"] for i in items] == [made["2026-10-15"], made["2026-10-27"], made["2026-11-02"],
                                            made["2026-11-20"], waiting]
    flags = {i["number"]: (i["due"], i["overdue"], i["due_soon"], i["workdays_left"]) for i in items}
    assert flags[made["2026-10-15"]] == ("2026-11-12", True, False, -7)
    assert flags[made["2026-10-27"]] == ("2026-11-24", False, True, 1)
    assert flags[made["2026-11-02"]] == ("2026-11-30", False, True, 5)
    assert flags[made["2026-11-20"]] == ("2026-12-18", False, False, 19)
    assert flags[waiting][0] is None
    assert done not in flags


@pytest.mark.parametrize(
    ("pages", "fen"),
    [(0, 0), (30, 0), (31, 10_00), (100, 700_00), (101, 720_00), (150, 1700_00), (200, 2700_00), (201, 2740_00)],
)
def test_fee_per_page(pages, fen):
    assert fees.fee_per_page(pages) == fen


def test_fee_per_item_counts_the_applicants_month():
    assert fees.fee_per_item(10) == 0
    assert fees.fee_per_item(1, earlier_items_this_month=10) == 100_00  # the 11th item
    assert fees.fee_per_item(5, earlier_items_this_month=10) == 500_00  # items 11-15
    assert fees.fee_per_item(4, earlier_items_this_month=28) == 600_00  # 29, 30 at 100; 31, 32 at 200
    assert fees.fee_per_item(1, earlier_items_this_month=40) == 300_00  # the 41st
    assert fees.fee_per_item(50) == 20 * 100_00 + 10 * 200_00 + 10 * 300_00
    assert fees.compute_fee("free", 500) == 0


def test_fee_notice_on_a_request_uses_the_applicants_earlier_requests_that_month(township, config, clerk):
    db = township
    clock = FixedClock("2026-11-30T09:00:00+08:00")
    numbers = [service.create_request(db, clock, config, clerk, person(received="2026-11-05"))["number"]
               for _ in range(11)]
    # A request of the same applicant in another month does not count.
    service.create_request(db, clock, config, clerk, person(received="2026-10-30"))
    assert service.fee_quote(db, numbers[10], "item", 1) == {
        "method": "item", "units": 1, "earlier_items": 10, "amount_fen": 100_00}
    with pytest.raises(ValidationError, match="免费"):
        service.add_event(db, clock, clerk, numbers[9], "fee_notice", "2026-11-06", method="item", units=1)
    view = service.add_event(db, clock, clerk, numbers[0], "fee_notice", "2026-11-06", method="page", units=150)
    assert (view["fee_method"], view["fee_units"], view["fee_fen"]) == ("page", 150, 1700_00)
    with pytest.raises(ValidationError, match="一种方式"):
        service.add_event(db, clock, clerk, numbers[0], "fee_notice", "2026-11-07", method="item", units=30)
    view = service.add_event(db, clock, clerk, numbers[0], "fee_paid", "2026-11-09")
    assert view["fee_paid"] and "fee_notice" not in view["next_events"]


def test_an_event_synced_from_the_county_without_a_day_folds_by_its_timestamp(township, late_clock, request_number):
    import uuid

    from kiosk.store import requests_repo

    row = requests_repo.get_by_number(township, request_number)
    requests_repo.insert_event(township, {
        "event_uuid": str(uuid.uuid4()), "request_uuid": row["uuid"], "kind": "replied",
        "at": "2026-10-30T15:00:00+08:00", "actor": "county:li", "data": {"outcome": "36-2"}})
    service.recompute(township, late_clock, [row["uuid"]])
    view = service.request_view(township, late_clock, request_number)
    assert (view["status"], view["concluded_on"], view["outcome"]) == ("replied", "2026-10-30", "36-2")
    assert [i["number"] for i in service.worklist(township, late_clock)] == []


def test_next_events_follow_the_state(township, clerk, late_clock, request_number):
    def steps():
        return service.request_view(township, late_clock, request_number)["next_events"]

    assert steps() == ["correction_sent", "third_party_opinion_started", "extended", "fee_notice", "replied", "note"]
    service.add_event(township, late_clock, clerk, request_number, "correction_sent", "2026-09-22")
    assert steps() == ["corrected", "abandoned", "note", "void"]
    service.add_event(township, late_clock, clerk, request_number, "corrected", "2026-09-23")
    service.add_event(township, late_clock, clerk, request_number, "third_party_opinion_started", "2026-09-24")
    assert steps() == ["third_party_opinion_ended", "note", "void"]
    service.add_event(township, late_clock, clerk, request_number, "third_party_opinion_ended", "2026-09-28")
    service.add_event(township, late_clock, clerk, request_number, "extended", "2026-09-29", official="李镇长")
    assert steps() == ["third_party_opinion_started", "fee_notice", "replied", "note", "void"]
    service.add_event(township, late_clock, clerk, request_number, "replied", "2026-10-09", outcome="36-1")
    assert steps() == ["closed", "note", "void"]


def test_cli_fee_calculator():
    import subprocess

    from tests.conftest import GONGKAI

    out = subprocess.run([*GONGKAI, "request", "fee", "--method", "page", "--units", "150"], capture_output=True,
                         text=True, timeout=60)
    assert out.stdout.strip() == "按量计收 150页：1,700.00 元"
    out = subprocess.run([*GONGKAI, "request", "fee", "--method", "item", "--units", "5", "--earlier", "10"],
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "按件计收 5件（本月此前已申请 10 件）：500.00 元"
