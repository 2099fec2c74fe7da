"""Fixtures for requests, deadlines, staff and audit: a township, a clerk, valid applicant data."""

from __future__ import annotations

import pytest

from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.store import township_repo
from kiosk.trust.staff import Actor

# The classic table form of GB 11643 (weights and check map), written independently of the code under test.
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def resident_id(first17: str) -> str:
    """A resident ID number with its check character computed from the standard's table."""
    return first17 + _CHECK[sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True)) % 11]


@pytest.fixture
def config() -> Config:
    return Config(township="362430101", kiosk_id="K01")


@pytest.fixture
def township(db):
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇", "office_phone": "0796-6123456"})
    return db


@pytest.fixture
def clerk() -> Actor:
    return Actor("clerk1", "clerk", "王小明")


@pytest.fixture
def late_clock() -> FixedClock:
    """A day after everything the lifecycle tests enter (2026 is over, 2027 is uncovered)."""
    return FixedClock("2027-03-01T10:00:00+08:00")


def person(**changes) -> dict:
    data = {
        "applicant_type": "person",
        "name": "张桂兰",
        "id_type": "resident_id",
        "id_number": resident_id("36243019560304128"),
        "phone": "13812345678",
        "address": "清溪县青禾镇和平村3组",
        "postcode": "343800",
        "description": "2026年耕地地力保护补贴发放名单（和平村）",
        "delivery_form": "paper",
        "delivery_method": "pickup",
        "channel": "in_person",
        "received": "2026-11-20",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def organization(kind: str = "commercial", **changes) -> dict:
    base = {"applicant_type": "organization", "organization_kind": kind, "name": "清溪县青禾农业发展有限公司",
            "id_type": "uscc", "id_number": "91350100M000100Y43"}
    return person(**{**base, **changes})
