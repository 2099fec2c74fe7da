"""Receipt PDF generation for a request saved through the request service, as the counter prints it."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from gongkai.bench.timing import summary, time_once_ms
from kiosk.clock import Clock

# A fictional applicant (the ID number's check character is computed, the rest made up).
ID_FIRST17 = "36243019491231002"


def bench_request_form(received: dt.date) -> dict:
    from kiosk.requests.identity import resident_id_check_char

    return {
        "applicant_type": "person", "name": "测试申请人", "id_type": "resident_id",
        "id_number": ID_FIRST17 + resident_id_check_char(ID_FIRST17), "phone": "13800138000",
        "address": "清溪县青禾镇和平路1号", "postcode": "343800",
        "description": "申请公开本镇2025年度耕地地力保护补贴发放名单及资金拨付情况，以及村级公示照片。",
        "doc_ref": "青禾府字〔2025〕12号", "delivery_form": "paper", "delivery_method": "pickup",
        "channel": "in_person", "received": received.isoformat(),
    }


class _RollBack(Exception):
    """Leaves the database as it was: the test request is not kept."""


def measure_receipt(db: sqlite_utils.Database, clock: Clock, *, repeat: int) -> dict:
    """Save one request with the service, then time receipt_for (look-up + PDF) after a first, cold one.

    All of it runs in one transaction that is rolled back, so a reused database gains no request.
    The figure is the p95 of the warm receipts.
    """
    measured: dict = {}
    try:
        with db.atomic():
            measured = _measure(db, clock, repeat)
            raise _RollBack
    except _RollBack:
        pass
    return measured


def _measure(db: sqlite_utils.Database, clock: Clock, repeat: int) -> dict:
    from kiosk.clock import today
    from kiosk.config import Config
    from kiosk.receipts import document as receipts
    from kiosk.requests import service
    from kiosk.trust.staff import Actor

    view = service.create_request(db, clock, Config(), Actor.system("bench"), bench_request_form(today(clock)))
    number = view["number"]
    first_ms, first = time_once_ms(lambda: receipts.receipt_for(db, number, clock))
    if not first.pdf.startswith(b"%PDF"):
        raise ValueError("receipt_for did not return a PDF")
    times = [time_once_ms(lambda: receipts.receipt_for(db, number, clock))[0] for _ in range(repeat)]
    stats = summary(times)
    return {
        "receipt_ms": stats["p95_ms"],
        "receipt": {
            "request_number": number,
            "format": first.format,
            "pdf_bytes": len(first.pdf),
            "first_ms": round(first_ms, 1),
            "repeat": repeat,
            **stats,
        },
    }
