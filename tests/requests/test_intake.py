"""Intake: every field checked with its own message; codes and the form's Chinese labels both accepted."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.errors import IntakeInvalid
from kiosk.requests import service
from kiosk.requests.intake import check_intake, parse_intake
from tests.requests.conftest import organization, person

TODAY = dt.date(2026, 11, 22)


def test_chinese_labels_are_accepted_for_every_enum():
    form = parse_intake(person(applicant_type="自然人", id_type="居民身份证", delivery_form="电子",
                               delivery_method="电子邮件", email="zhang@example.cn", channel="网络"), TODAY)
    assert (form.applicant_type, form.id_type, form.delivery_form, form.delivery_method, form.channel) == \
        ("person", "resident_id", "electronic", "email", "online")
    for label, code in (("当面领取", "pickup"), ("邮寄", "post"), ("传真", "fax")):
        assert parse_intake(person(delivery_method=label), TODAY).delivery_method == code
    for label, code in (("当面", "in_person"), ("信函", "letter"), ("传真", "fax")):
        assert parse_intake(person(channel=label), TODAY).channel == code
    assert parse_intake(person(delivery_form="纸质"), TODAY).delivery_form == "paper"
    org = parse_intake(organization(applicant_type="法人或其他组织", organization_kind="社会公益组织"), TODAY)
    assert (org.applicant_type, org.organization_kind) == ("organization", "public_welfare")


def test_every_bad_field_gets_its_own_message_in_form_order():
    _, errors = check_intake(person(name="", id_number="110105194912310021", phone="12", description="补贴",
                                    delivery_form="纸", received="2026-11-30"), TODAY)
    assert list(errors) == ["name", "id_number", "phone", "description", "delivery_form", "received"]
    assert "校验码" in errors["id_number"]
    assert "纸质（paper）" in errors["delivery_form"]  # the message lists what is allowed
    assert "晚于今天" in errors["received"]


def test_a_postcode_from_another_keyboard_is_stored_as_the_envelope_needs_it():
    for typed in ("３４３８００", "٣٤٣٨٠٠", " 343800 "):
        assert parse_intake(person(postcode=typed), TODAY).postcode == "343800", typed
    for bad in ("34380", "3438000", "34３8O0", "三四三八〇〇"):
        _, errors = check_intake(person(postcode=bad), TODAY)
        assert errors == {"postcode": "邮政编码应为6位数字"}, bad


def test_a_day_that_does_not_exist_and_a_clock_that_lost_its_time_are_said_as_such():
    _, errors = check_intake(person(received="2026-02-30"), TODAY)
    assert errors == {"received": "没有这一天：2026-02-30（请核对月份和日子）"}
    _, errors = check_intake(person(received="2026/02/03"), TODAY)
    assert errors == {"received": "日期格式应为 YYYY-MM-DD，例如 2026-11-22"}
    _, errors = check_intake(person(), dt.date(1970, 1, 1))  # a flat CMOS battery
    assert errors["received"].startswith("本机日期是 1970-01-01，不对：请先校准系统时间")


def test_organization_rules():
    _, errors = check_intake(organization(organization_kind=None), TODAY)
    assert "类别" in errors["organization_kind"]
    _, errors = check_intake(organization(id_type="resident_id"), TODAY)
    assert "统一社会信用代码" in errors["id_type"]
    _, errors = check_intake(person(organization_kind="commercial"), TODAY)
    assert "organization_kind" in errors
    _, errors = check_intake(person(id_type="uscc", id_number="91350100M000100Y43"), TODAY)
    assert "id_type" in errors


def test_method_and_channel_need_their_details():
    _, errors = check_intake(person(delivery_method="邮寄", address=""), TODAY)
    assert "address" in errors
    _, errors = check_intake(person(delivery_method="电子邮件"), TODAY)
    assert "email" in errors
    _, errors = check_intake(person(channel="口头"), TODAY)
    assert "transcribed_by" in errors
    _, errors = check_intake({**person(), "recieved": "2026-11-20"}, TODAY)
    assert "recieved" in errors["form"]


def test_oral_application_records_the_clerk_who_wrote_it(township, config, clerk, clock):
    view = service.create_request(township, clock, config, clerk, person(channel="口头"))
    # The name the applicant knows (it is printed on the receipt), as the staff screen fills it in.
    assert (view["channel"], view["transcribed_by"]) == ("oral", "王小明")


def test_invalid_form_saves_nothing(township, config, clerk, clock):
    with pytest.raises(IntakeInvalid) as info:
        service.create_request(township, clock, config, clerk, person(phone="abc"))
    assert info.value.field == "phone" and set(info.value.errors) == {"phone"}
    assert township.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
    assert township.execute("SELECT count(*) FROM counters").fetchone()[0] == 0
    assert township.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
