"""The resident's status screen (进度查询) after each step: the outcome in words, the reply date and
how to collect it, what a 补正 asks for and by when, an extension's new date and reason, a line on
how the due date was counted, and the office; never "申请已已答复" nor "当场答复或另行通知" after
a reply, and a voided step is not shown."""

from __future__ import annotations

import dataclasses

from kiosk.clock import FixedClock
from kiosk.requests import service
from kiosk.requests import status as request_status
from kiosk.store import township_repo
from tests.requests.conftest import person

CLOCK = FixedClock("2026-12-18T10:00:00+08:00")


def _office(db):
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇", "office_phone": "0796-6123456",
                                     "office_address": "青禾镇和平路18号", "office_hours": "周一至周五 8:30-17:30"})


def test_after_a_reply_the_screen_says_what_when_and_how_to_collect(township, config, clerk):
    _office(township)
    number = service.create_request(township, CLOCK, config, clerk, person(delivery_method="post"))["number"]
    service.add_event(township, CLOCK, clerk, number, "replied", "2026-12-10", outcome="36-2")
    result = request_status.lookup(township, number, CLOCK.now().date())
    details = dict(result.details)
    assert result.status_text == "已答复" and result.finished
    assert result.due_text == "已于2026年12月10日答复", "not 当场答复或另行通知"
    assert details["答复日期"] == "2026年12月10日" and details["答复结果"]
    assert details["如何获取答复"] == "答复书已按您留下的地址邮寄"
    assert dict(result.office)["咨询电话"] == "0796-6123456" and "和平路18号" in dict(result.office)["办公地址"]
    shown = " ".join(str(v) for v in dataclasses.asdict(result).values())
    for private in ("张桂兰", "13812345678", "和平村3组", "耕地地力"):
        assert private not in shown


def test_extension_and_how_the_date_was_counted(township, config, clerk):
    clock = FixedClock("2026-09-28T10:00:00+08:00")
    number = service.create_request(township, clock, config, clerk, person(received="2026-09-21"))["number"]
    service.add_event(township, clock, clerk, number, "extended", "2026-09-25", official="李主任", workdays=10,
                      reason="涉及多个部门")
    details = dict(request_status.lookup(township, number, clock.now().date()).details)
    assert details["延期"] == "经李主任批准延长10个工作日，新的答复期限为2026年11月9日，原因：涉及多个部门"
    assert details["期限怎么算"] == ("自收到申请之日（2026年9月21日）次日起算30个工作日（含延长的10个），"
                                 "跳过节假日6天（中秋节、国庆节），调休上班1天照常计算，周末不计。")


def test_correction_says_what_to_supply_and_by_when(township, config, clerk):
    clock = FixedClock("2026-11-25T10:00:00+08:00")
    number = service.create_request(township, clock, config, clerk, person())["number"]
    service.add_event(township, clock, clerk, number, "correction_sent", "2026-11-24", what="请写明所需名单的年份",
                      by="2026-12-08")
    result = request_status.lookup(township, number, clock.now().date())
    assert result.status_text == "需要补正材料"
    assert dict(result.details)["补正"] == "需要补正：请写明所需名单的年份，请于2026年12月8日前提交"
    assert result.due_text == "补正或征求第三方意见期间暂停计算，另行告知"


def test_a_voided_reply_is_not_shown_and_the_request_is_open_again(township, config, clerk):
    number = service.create_request(township, CLOCK, config, clerk, person())["number"]
    view = service.add_event(township, CLOCK, clerk, number, "replied", "2026-12-10", outcome="36-2")
    reply = view["events"][-1]["uuid"]
    view = service.add_event(township, CLOCK, clerk, number, "void", voids=reply, reason="登记错了件", officer="王小明")
    assert view["status"] == "received" and view["events"][1]["voided"]
    result = request_status.lookup(township, number, CLOCK.now().date())
    assert result.status_text == "已受理，正在办理" and "答复日期" not in dict(result.details)


def test_the_steps_show_each_step_once_and_none_dated_ahead():
    """What the phone page lists: a step seen twice reads once; a step dated after today is not shown."""
    import datetime as dt

    from kiosk.calendar.workdays import WorkCalendar, shipped_calendar
    from kiosk.requests.progress import progress

    events = [
        {"event_uuid": "a", "kind": "note", "data": {"on": "2026-11-21", "note": "内部备注"}},
        {"event_uuid": "b", "kind": "consultation_started", "data": {"on": "2026-11-23", "party": "third_party"}},
        {"event_uuid": "c", "kind": "consultation_started", "data": {"on": "2026-11-23", "party": "third_party"}},
        {"event_uuid": "d", "kind": "third_party_opinion_ended", "data": {"on": "2026-11-30"}},
        {"event_uuid": "e", "kind": "replied", "data": {"on": "2027-01-05", "outcome": "36-1"}},
    ]
    view = progress(dt.date(2026, 11, 20), events, WorkCalendar(*shipped_calendar()), dt.date(2026, 12, 1))
    assert [label for _day, label in view.steps] == ["收到申请", "开始征求第三方意见", "第三方意见征求结束"]
    assert view.status == "received" and not view.replied, "a reply dated ahead is not taken as given"
    assert "征求第三方意见暂停5个工作日" in view.how_counted
