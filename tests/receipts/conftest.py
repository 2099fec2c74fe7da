"""A database with the demo township's office and requests saved through the request service."""

from __future__ import annotations

import pytest

from kiosk.config import Config
from kiosk.store import township_repo
from kiosk.trust.staff import Actor

TOWNSHIP = {
    "code": "362430101", "name": "青禾镇", "county": "清溪县",
    "office_name": "青禾镇人民政府党政综合办公室（政务公开办）",
    "office_address": "清溪县青禾镇和平路18号便民服务中心一楼", "office_phone": "0796-6123456",
    "office_hours": "周一至周五 8:30-12:00，14:30-17:30", "postcode": "343800", "public_base_url": "",
}
APPLICATION = {
    "applicant_type": "person", "name": "张三", "id_type": "resident_id", "id_number": "362430198001011239",
    "phone": "13812345678", "address": "清溪县青禾镇东岭村3组", "description": "请公开2025年度耕地地力保护补贴发放名单",
    "delivery_form": "纸质", "delivery_method": "当面领取", "channel": "当面", "received": "2026-11-20",
}
CLERK = Actor("lihong", "clerk", "李红")
CONFIG = Config(township="362430101", kiosk_id="K01")


@pytest.fixture
def office_db(db):
    township_repo.save_township(db, TOWNSHIP)
    return db


@pytest.fixture
def saved_number(office_db, clock) -> str:
    from kiosk.requests.service import create_request

    return create_request(office_db, clock, CONFIG, CLERK, dict(APPLICATION))["number"]
