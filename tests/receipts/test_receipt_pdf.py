"""The receipt PDF as an applicant gets it: text, fonts, page size, and a QR that scans at 203 dpi."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.clock import SHANGHAI
from kiosk.errors import FontMissing, ValidationError
from kiosk.receipts.document import make_receipt
from kiosk.receipts.fonts import find_font
from kiosk.requests.receipt_code import parse_receipt_payload, receipt_payload
from tests.receipts.helpers import page_size_mm, pdf_fonts, pdf_text, qr_texts, rasterise, word_boxes

NUMBER = "362430101-K01-2026-00017-R"
TOWNSHIP = {
    "code": "362430101", "name": "青禾镇", "county": "清溪县",
    "office_name": "青禾镇人民政府党政综合办公室（政务公开办）",
    "office_address": "清溪县青禾镇和平路18号便民服务中心一楼", "office_phone": "0796-6123456",
    "office_hours": "周一至周五 8:30-12:00，14:30-17:30", "postcode": "343800", "public_base_url": "",
}
PRINTED = dt.datetime(2026, 11, 22, 10, 0, tzinfo=SHANGHAI)


def request(**changes) -> dict:
    row = {
        "number": NUMBER, "received_on": "2026-11-22", "channel": "in_person", "transcribed_by": None,
        "applicant_type": "person", "organization_kind": None, "name": "张三", "id_type": "resident_id",
        "id_number": "36243019800101123X", "phone": "13812345678", "address": "", "postcode": "",
        "description": "请公开2025年度耕地地力保护补贴发放名单", "doc_ref": "",
        "delivery_form": "paper", "delivery_method": "pickup", "due_on": "2026-12-21", "due_provisional": 0,
    }
    row.update(changes)
    return row


def write(tmp_path, req: dict, fmt: str):
    receipt = make_receipt(req, TOWNSHIP, PRINTED, fmt=fmt)
    path = tmp_path / f"receipt-{fmt}.pdf"
    path.write_bytes(receipt.pdf)
    return receipt, path


@pytest.mark.parametrize("fmt", ["roll80", "a4"])
def test_receipt_carries_what_the_issue_lists(tmp_path, fmt):
    _, pdf = write(tmp_path, request(), fmt)
    text = pdf_text(pdf)
    for expected in (NUMBER, "清溪县青禾镇人民政府", "政府信息公开申请回执", "2026年11月22日", "当面申请", "张三",
                     "居民身份证", "耕地地力保护补贴", "纸质", "当面领取", "最迟于2026年12月21日前答复", "0796-6123456",
                     "60日内", "行政复议", "6个月内", "行政诉讼"):
        assert expected in text, expected
    assert "36243019800101123X" not in text  # the ID number is masked
    assert "362***********123X" in text
    assert "13812345678" not in text  # the applicant's phone is not printed
    assert "暂定" not in text


@pytest.mark.parametrize("fmt", ["roll80", "a4"])
def test_font_is_an_embedded_subset(tmp_path, fmt):
    _, pdf = write(tmp_path, request(), fmt)
    fonts = [line.split() for line in pdf_fonts(pdf).splitlines()[2:]]
    assert fonts, "no fonts listed"
    for name, *_rest, emb, sub, _uni, _obj, _gen in fonts:
        assert "+" in name and "WenQuanYi" in name  # AAAAAA+WenQuanYiMicroHei-0: a subset
        assert (emb, sub) == ("yes", "yes")  # no unembedded Helvetica either


@pytest.mark.parametrize("fmt", ["roll80", "a4"])
def test_qr_decodes_from_a_203_dpi_raster(tmp_path, fmt):
    _, pdf = write(tmp_path, request(), fmt)
    png = rasterise(pdf, tmp_path / f"{fmt}.png", dpi=203)
    texts = qr_texts(png)
    assert texts == [receipt_payload(NUMBER)]
    assert texts[0].isascii()
    assert parse_receipt_payload(texts[0]) == NUMBER


def test_roll_is_80_mm_wide_and_a4_is_a4(tmp_path):
    roll, roll_pdf = write(tmp_path, request(), "roll80")
    w, h = page_size_mm(roll_pdf)
    assert w == pytest.approx(80, abs=0.1)
    assert 100 <= h <= 400
    assert roll.media == f"Custom.80x{h:.0f}mm"
    a4, a4_pdf = write(tmp_path, request(), "a4")
    assert page_size_mm(a4_pdf) == (pytest.approx(210, abs=0.1), pytest.approx(297, abs=0.1))
    assert a4.media == "A4"


@pytest.mark.parametrize("fmt", ["roll80", "a4"])
def test_provisional_due_date_is_marked(tmp_path, fmt):
    _, pdf = write(tmp_path, request(due_on="2027-01-20", due_provisional=1), fmt)
    text = pdf_text(pdf)
    assert "最迟于2027年1月20日前答复（暂定）" in text
    assert "尚未公布" in text


@pytest.mark.parametrize("fmt", ["roll80", "a4"])
def test_long_text_wraps_inside_the_page(tmp_path, fmt):
    long_description = "请求公开青禾镇东岭村2025年度耕地地力保护补贴的发放名单、发放标准、资金来源及面积核定依据，" * 12
    req = request(description=long_description, doc_ref="青府发〔2025〕12号；索引号 362430101/2025-000123",
                  channel="oral", transcribed_by="李红", applicant_type="organization",
                  organization_kind="public_welfare", name="清溪县青禾镇夕阳红老年人互助协会（社会团体）",
                  id_type="uscc", id_number="91360000MA35XXXX0X", due_on="2027-01-20", due_provisional=1)
    _, pdf = write(tmp_path, req, fmt)
    width, height, words = word_boxes(pdf)
    assert words
    for word, x0, _y0, x1, y1 in words:
        assert x0 >= 5 and x1 <= width - 5, f"{word!r} runs off the page ({x0:.1f}-{x1:.1f} of {width:.1f})"
        assert y1 <= height - 5, f"{word!r} runs off the bottom"
    text = pdf_text(pdf)
    assert "……" in text  # the summary is cut with an ellipsis, not dropped or overflowing
    assert "口头申请（工作人员李红代为填写）" in text
    assert "法人或其他组织" in text


def test_payload_check_value_is_verified():
    payload = receipt_payload(NUMBER)
    assert payload.startswith("GK1:") and payload.count(":") == 2
    assert parse_receipt_payload(payload.lower()) == NUMBER  # scanners may send lower case
    tampered = payload.replace("00017", "00018")
    with pytest.raises(ValidationError, match="校验"):
        parse_receipt_payload(tampered)
    with pytest.raises(ValidationError, match="不是本系统"):
        parse_receipt_payload("https://example.com/")


def test_no_embeddable_font_gives_a_clear_message(monkeypatch, tmp_path):
    import kiosk.receipts.fonts as fonts

    fake = tmp_path / "NotoSansCJK-Regular.ttc"
    fake.write_bytes(b"OTTO not a font")
    monkeypatch.setattr(fonts, "KNOWN_FONT_FILES", ())
    monkeypatch.setattr(fonts, "FONTCONFIG_FAMILIES", ("No Such Family Gongkai",))
    monkeypatch.setenv(fonts.FONT_ENV, str(fake))
    with pytest.raises(FontMissing, match="fonts-wqy-microhei") as caught:
        find_font()
    assert str(fake) in str(caught.value)


def test_cli_receipt_writes_the_pdf(office_db, saved_number, tmp_path):
    import subprocess

    from tests.conftest import GONGKAI

    db_file = office_db.execute("PRAGMA database_list").fetchone()[2]
    out = tmp_path / "out" / "a4.pdf"
    done = subprocess.run([*GONGKAI, "receipt", saved_number.lower(), "--db", db_file, "--out", str(out),
                           "--format", "a4"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert page_size_mm(out) == (pytest.approx(210, abs=0.1), pytest.approx(297, abs=0.1))
    assert saved_number in pdf_text(out)
    missing = subprocess.run([*GONGKAI, "receipt", "362430101-K01-2026-99999-X", "--db", db_file, "--out",
                              str(tmp_path / "x.pdf")], capture_output=True, text=True, timeout=60)
    assert missing.returncode in (1, 2)
    assert "申请编号" in missing.stderr or "没有编号" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_service_due_date_reaches_the_receipt(office_db, clock, tmp_path):
    """A request received in December runs into 2027, which has no calendar yet: 「暂定」."""
    from kiosk.clock import FixedClock
    from kiosk.receipts.document import receipt_for
    from kiosk.requests.service import create_request, request_view
    from tests.receipts.conftest import APPLICATION, CLERK, CONFIG

    december = FixedClock("2026-12-15T09:00:00+08:00")
    view = create_request(office_db, december, CONFIG, CLERK, {**APPLICATION, "received": "2026-12-15"})
    assert view["provisional"] is True
    pdf = tmp_path / "dec.pdf"
    pdf.write_bytes(receipt_for(office_db, view["number"], december).pdf)
    due = request_view(office_db, december, view["number"])["due"]
    y, m, d = (int(p) for p in due.split("-"))
    assert f"最迟于{y}年{m}月{d}日前答复（暂定）" in pdf_text(pdf)


@pytest.mark.parametrize(("changes", "expected"), [
    ({"status": "replied", "concluded_on": "2026-12-01", "due_on": None}, "已于2026年12月1日答复"),
    ({"status": "awaiting_correction", "due_on": None}, "暂停计算"),
    ({"status": "abandoned", "concluded_on": "2026-12-05", "due_on": None}, "视为放弃申请"),
])
def test_reprint_of_a_request_without_a_running_clock_says_why(tmp_path, changes, expected):
    _, pdf = write(tmp_path, request(**changes), "roll80")
    assert expected in pdf_text(pdf)


RARE_NAME = "王\U00020000\U00021484\U0002C317"  # 王𠀀𡒄𬌗: CJK Extensions B and E, as in real names


@pytest.mark.parametrize("fmt", ["roll80", "a4"])
def test_rare_characters_print_as_typed_with_a_fallback_font(tmp_path, fmt):
    """Seen (issue 25): a name with Extension B/E characters printed as "王" alone."""
    _, pdf = write(tmp_path, request(name=RARE_NAME, description="请公开\U0002C317村2025年补贴名单"), fmt)
    text = pdf_text(pdf)
    assert RARE_NAME in text and "请公开\U0002C317村2025年补贴名单" in text
    fonts = pdf_fonts(pdf)
    assert "HanaMinB" in fonts and "WenQuanYi" in fonts
    for line in fonts.splitlines()[2:]:
        assert line.split()[-5:-3] == ["yes", "yes"], line  # every font embedded as a subset


def test_characters_no_font_has_are_named_for_the_warning():
    from kiosk.receipts.fonts import unprintable

    assert unprintable(RARE_NAME + "Zoe\u0308") == []
    assert unprintable("李\U00030000明") == ["\U00030000"]  # Extension G: in no installed print font


def test_a_name_in_a_script_no_print_font_has_is_flagged_on_the_paper_and_to_the_clerk(tmp_path, capsys):
    """Seen: a Uyghur name left the 申请人 line blank, and `gongkai receipt` said nothing. A character
    that cannot be printed is flagged, never dropped."""
    name = "ئەخمەت"
    receipt, pdf = write(tmp_path, request(name=name), "roll80")
    assert receipt.unprintable == tuple(dict.fromkeys(name))  # each letter once, in order
    text = pdf_text(pdf)
    assert "申请人" in text and "□" * len(name) in text  # the line holds one mark a letter, not a blank
    assert "注：□处是本机打印字体缺少的字，已按原样登记，请工作人员手写补上" in text.replace("\n", "")
    # What the clerk reads after printing names the characters by code point.
    from kiosk.printing.service import PrintJob, send

    class Paper:
        name = "test"
        gives_paper = True

        def print_receipt(self, r):
            from kiosk.printing import PrintResult

            return PrintResult("test", "1", "回执已送往打印机")

    said = send(PrintJob(receipt, Paper(), False)).message
    assert said.startswith("回执已送往打印机。注意：“ئ”（U+0626）") and "以□标出" in said
