"""进度查询 shows status and due date by number, never the applicant's personal data."""

import dataclasses

import pytest

from kiosk.errors import NotFound, ValidationError
from kiosk.requests import status as request_status

APPLICANT = {"name": "王秀英", "id_number": "36243019580312002X", "phone": "13907961234", "address": "青禾镇和平村3组"}


def insert_request(db, number="QH-K01-260001-7", status="received", due_on="2026-12-21"):
    db.execute(
        """INSERT INTO requests (uuid, number, kiosk_id, applicant_type, name, id_type, id_number, phone, address,
           description, delivery_form, delivery_method, channel, received_on, status, due_on, created_at, updated_at)
           VALUES (?, ?, 'K01', 'person', ?, '居民身份证', ?, ?, ?, '申请公开本村2025年低保名单', '纸质', '自取', 'in_person',
           '2026-11-20', ?, ?, '2026-11-20T09:00:00+08:00', '2026-11-20T09:00:00+08:00')""",
        [f"uuid-{number}", number, APPLICANT["name"], APPLICANT["id_number"], APPLICANT["phone"],
         APPLICANT["address"], status, due_on],
    )


def test_lookup_shows_status_and_due_date_only(db):
    insert_request(db)
    result = request_status.lookup(db, "  qh-k01-260001-7 ")
    assert result.number == "QH-K01-260001-7"
    assert result.status_text == "已受理，正在办理"
    assert result.received_text == "2026年11月20日" and result.due_text == "2026年12月21日"
    shown = " ".join(str(v) for v in dataclasses.asdict(result).values())
    for value in APPLICANT.values():
        assert value not in shown
    assert "低保" not in shown  # the description can be personal too


def test_full_width_scanner_input_is_normalised(db):
    insert_request(db)
    assert request_status.lookup(db, "ＱＨ－Ｋ０１－２６０００１－７").number == "QH-K01-260001-7"


def test_a_scanned_receipt_qr_payload_finds_the_request(db):
    from kiosk.requests.receipt_code import receipt_payload

    insert_request(db)
    assert request_status.lookup(db, receipt_payload("QH-K01-260001-7") + "\n").number == "QH-K01-260001-7"
    with pytest.raises(ValidationError, match="校验不通过"):
        request_status.lookup(db, "GK1:QH-K01-260001-7:00000000")


def test_unknown_and_empty_numbers_get_clear_messages(db):
    with pytest.raises(NotFound, match="没有找到这个编号的申请"):
        request_status.lookup(db, "qh-nope-1")
    with pytest.raises(ValidationError, match="请输入申请编号"):
        request_status.lookup(db, "  ")


def test_unknown_status_code_still_reads_as_in_progress(db):
    insert_request(db, status="some_new_state", due_on=None)
    result = request_status.lookup(db, "QH-K01-260001-7")
    assert result.status_text == "正在办理" and result.due_text


def test_application_guide_uses_the_township_office(demo_db):
    guide = request_status.application_guide(demo_db)
    office = dict(guide.office)
    assert office["咨询电话"] == "0796-6123456" and "便民服务中心" in office["办公地址"]
    assert any("身份证" in line for heading, lines in guide.sections if heading == "请带上" for line in lines)


def test_a_number_typed_with_spaces_underscores_or_long_dashes_between_its_parts_is_found(db):
    """As at the counter (numbers.parse_number): a resident copying the receipt by hand types spaces,
    a phone keyboard gives — or _. A wrong check character is said as such, not as 没有找到."""
    from kiosk.requests.numbers import parse_number

    number = "362430101-K01-2026-00025-" + _check("362430101-K01-2026-00025")
    insert_request(db, number=number)
    for typed in (number.replace("-", " "), number.replace("-", "_"), number.replace("-", "—"),
                  number.replace("-", " - ").lower()):
        assert request_status.lookup(db, typed).number == parse_number(number), typed
    wrong = number[:-1] + ("Q" if number[-1] != "Q" else "R")
    with pytest.raises(ValidationError, match="校验位不正确"):
        request_status.lookup(db, wrong.replace("-", " "))


def _check(stem: str) -> str:
    from kiosk.requests.numbers import mod37_36_is_valid

    return next(c for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*" if mod37_36_is_valid(f"{stem}-{c}"))
