"""Every receipt's QR opens the phone page: the printed QR is decoded from the receipt PDF as a phone
camera would (pdftoppm at 203 dpi, then zbarimg), the URL is opened on a county server on 127.0.0.1,
and the page shows the request; after the county's reply it shows the outcome, the reply date and
how to collect it, with the township office's address, hours and phone."""

from __future__ import annotations

import shutil

import httpx

import county
from kiosk.clock import FixedClock
from kiosk.receipts.document import receipt_for
from kiosk.requests import service
from kiosk.store import township_repo
from tests.receipts.helpers import qr_texts, rasterise
from tests.sync.conftest import TOWNSHIP, applicant, start_county, stop_county


def test_the_receipt_qr_opens_the_phone_page(db, kiosk, repo, kiosk_token, clock, config, clerk, small_source,
                                             tmp_path):
    sources = tmp_path / "sources" / TOWNSHIP
    sources.mkdir(parents=True)
    shutil.copy(small_source / "township.json", sources / "township.json")
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    number = service.create_request(db, clock, config, clerk, applicant(0) | {"delivery_method": "post"})["number"]
    later = FixedClock("2026-11-27T16:00:00+08:00")
    running = start_county(repo, sources=tmp_path / "sources", clock=later)
    try:
        assert kiosk(server=running.url, token=kiosk_token).ok
        receipt = receipt_for(db, number, clock, status_base=running.url)
        pdf = tmp_path / "receipt.pdf"
        pdf.write_bytes(receipt.pdf)
        [url] = qr_texts(rasterise(pdf, tmp_path / "receipt.png", dpi=203))
        assert url.startswith(f"{running.url}s/{number}?c=")
        page = httpx.get(url, timeout=30)
        assert page.status_code == 200 and number in page.text and "已受理，正在办理" in page.text
        assert "法定答复期限" in page.text and "期限怎么算" in page.text
        assert "咨询电话" in page.text and "办公地址" in page.text
        assert "张桂兰" not in page.text and "13812345678" not in page.text
        store = county.open_county_db(repo)
        uuid = service.request_view(db, clock, number)["uuid"]
        county.record_change(store, uuid, "replied", {"on": "2026-11-27", "outcome": "36-1"}, "县政务公开办", later)
        store.close()
        answered = httpx.get(url, timeout=30)
        assert "已答复" in answered.text and "2026年11月27日" in answered.text
        assert "答复书已按您留下的地址邮寄" in answered.text and "法定答复期限" not in answered.text
        guessed = httpx.get(url.split("?c=")[0] + "?c=AAAAAAAAAA", timeout=30)
        assert guessed.status_code == 404
    finally:
        stop_county(running)


def test_a_receipt_without_a_status_address_says_where_to_check(db, clock, config, clerk, tmp_path):
    from tests.receipts.helpers import pdf_text

    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇", "office_phone": "0796-6123456"})
    number = service.create_request(db, clock, config, clerk, applicant(1))["number"]
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(receipt_for(db, number, clock).pdf)
    [payload] = qr_texts(rasterise(pdf, tmp_path / "r.png", dpi=203))
    assert payload.startswith("GK1:"), "no status address: the QR is for the kiosk's scanner"
    text = pdf_text(pdf)
    assert "进度查询" in text and "0796-6123456" in text
