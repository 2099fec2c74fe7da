"""The receipt a resident can use (issue 15): the QR is the public status URL (zbar at 203 dpi), the
scanner path takes the URL, the old GK1 payload and a bare number; wording, signature, line breaking."""

from __future__ import annotations

import re

import pytest

from kiosk.errors import ValidationError
from kiosk.receipts.cjk_text import NO_LINE_END, NO_LINE_START, tidy
from kiosk.receipts.document import make_receipt
from kiosk.receipts.layout import MIN_LAST_LINE_EM, PAGES, text_width, wrap
from kiosk.requests import status as request_status
from kiosk.requests.receipt_code import parse_scanned, receipt_check, receipt_payload, status_url
from tests.receipts.helpers import pdf_text, qr_texts, rasterise, word_boxes
from tests.receipts.test_receipt_pdf import NUMBER, PRINTED, TOWNSHIP, request

BASE = "https://gongkai.example-county.gov.cn"
CODE = "K7Q2M9XW4R"  # the request's random status code
LONG_TEXTS = (
    "申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以自知道该行政行为之日起60日内依法申请行政复议，"
    "或者自知道或应当知道该行政行为之日起6个月内依法向人民法院提起行政诉讼。",
    "请公开青禾镇东岭村2025年度耕地地力保护补贴的发放名单（含发放标准、资金来源及面积核定依据），以及村务公开栏张贴情况的告知）",
    "清溪县青禾镇夕阳红老年人互助协会（社会团体）（法人或其他组织·社会公益组织）",
    "自收到申请之日起20个工作日内答复（收到当日不计入；补正、征求第三方意见时间不计入；依法延长的另行告知）",
)


@pytest.mark.parametrize("fmt", ["roll80", "a4"])
def test_receipt_qr_decodes_at_203_dpi_to_the_https_status_url(tmp_path, fmt):
    receipt = make_receipt(request(status_code=CODE), TOWNSHIP, PRINTED, fmt=fmt, clerk="王芳", status_base=BASE + "/")
    pdf = tmp_path / f"r-{fmt}.pdf"
    pdf.write_bytes(receipt.pdf)
    texts = qr_texts(rasterise(pdf, tmp_path / f"r-{fmt}.png", dpi=203))
    assert texts == [f"{BASE}/s/{NUMBER}?c={CODE}"], "the random code, not the CRC anyone can compute"
    assert receipt_check(NUMBER) not in texts[0]
    assert parse_scanned(texts[0]) == NUMBER
    text = pdf_text(pdf)
    assert "用手机扫描二维码可查看办理进度" in text and "最迟于2026年12月21日前答复" in text
    assert "申请人签字" in text and "受理人：王芳" in text and "（签章）" in text


def test_without_a_status_base_the_qr_keeps_the_old_payload(tmp_path):
    receipt = make_receipt(request(), TOWNSHIP, PRINTED, fmt="roll80")
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(receipt.pdf)
    assert qr_texts(rasterise(pdf, tmp_path / "r.png")) == [receipt_payload(NUMBER)]


def test_scanner_path_accepts_url_old_payload_and_bare_number(db):
    db.execute(
        "INSERT INTO requests (uuid, number, kiosk_id, applicant_type, name, id_type, id_number, phone, description,"
        " delivery_form, delivery_method, channel, received_on, status, due_on, created_at, updated_at, status_code)"
        " VALUES ('u1', ?, 'K01', 'person', '张三', 'resident_id', 'x', 'x', 'x', 'paper', 'pickup', 'in_person',"
        " '2026-11-22', 'received', '2026-12-21', 'now', 'now', ?)", [NUMBER, CODE])
    url = status_url(BASE, NUMBER, CODE)
    for scanned in (url, url.lower().replace("https://", "HTTPS://"), receipt_payload(NUMBER) + "\n", NUMBER,
                    NUMBER.lower(), f" {NUMBER} "):
        assert request_status.lookup(db, scanned).number == NUMBER, scanned
    with pytest.raises(ValidationError, match="校验"):
        request_status.lookup(db, url.replace(CODE, "AAAAAAAAAA"))
    with pytest.raises(ValidationError, match="不是本系统"):
        request_status.lookup(db, "https://example.com/news/1")
    with pytest.raises(ValidationError, match="https"):
        status_url("ftp://x", NUMBER, CODE)


def test_tidy_drops_spaces_at_full_width_punctuation_only():
    assert tidy("2026年低保审核名单 （东岭村） ， 及 公示") == "2026年低保审核名单（东岭村），及公示"
    assert tidy("周一至周五 8:30-12:00") == "周一至周五 8:30-12:00"  # Latin spacing stays
    assert tidy("居民身份证 110***002X") == "居民身份证 110***002X"


@pytest.mark.parametrize("fmt", ["roll80", "a4"])
def test_wrapping_never_orphans_a_character_or_a_closing_bracket(fmt):
    page = PAGES[fmt]
    for size_pt in (7.5, 8, 9.5, 13):
        size = size_pt * page.scale
        for width in (page.width - 2 * page.margin_x, page.width - 2 * page.margin_x - page.label_width):
            for text in LONG_TEXTS:
                for cut in range(0, 24, 3):  # many break positions
                    lines = wrap(text[cut:], size, width)
                    assert "".join(lines) == text[cut:]
                    assert all(text_width(line, size) <= width + 0.01 for line in lines)
                    assert not any(line[0] in NO_LINE_START for line in lines[1:]), lines
                    assert not any(line[-1] in NO_LINE_END for line in lines[:-1]), lines
                    if len(lines) > 1:
                        body = "".join(c for c in lines[-1] if c not in NO_LINE_START | NO_LINE_END)
                        assert text_width(body, size) >= MIN_LAST_LINE_EM * size * 0.98, lines


@pytest.mark.parametrize("fmt", ["roll80", "a4"])
def test_long_receipt_lines_on_the_page_have_no_orphans(tmp_path, fmt):
    """The real PDF, read back line by line (pdftotext -bbox): no line holds one or two characters."""
    req = request(description=LONG_TEXTS[1], name=LONG_TEXTS[2], applicant_type="organization",
                  organization_kind="public_welfare", id_type="uscc", id_number="91360000MA35XXXX0X")
    receipt = make_receipt(req, TOWNSHIP, PRINTED, fmt=fmt, clerk="王芳", status_base=BASE)
    pdf = tmp_path / f"long-{fmt}.pdf"
    pdf.write_bytes(receipt.pdf)
    rasterise(pdf, tmp_path / f"long-{fmt}.png", dpi=100)  # looked at by hand when this test was written
    _w, _h, words = word_boxes(pdf)
    rows: dict[int, list[tuple[float, str]]] = {}
    for word, x0, y0, _x1, _y1 in words:
        rows.setdefault(round(y0), []).append((x0, word))
    lines = ["".join(w for _x, w in sorted(ws)) for _y, ws in sorted(rows.items())]
    assert any("行政诉讼" in ln for ln in lines) and len(lines) > 25
    assert not any(ln[0] in NO_LINE_START for ln in lines), lines
    orphans = [ln for ln in lines if len(re.sub(r"[，。、；：）)」》”]", "", ln)) <= 2]
    assert not orphans, orphans
