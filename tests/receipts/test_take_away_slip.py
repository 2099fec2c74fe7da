"""打印带走 (#24): a page or a 政策找人 result on the receipt printer, with a QR that carries the text
itself. Rendered as a resident would get it: the PDF rasterised (pdftoppm) and the QR read (zbarimg)."""

from __future__ import annotations

import subprocess

import pytest

from kiosk.eligibility.results import find as eligible
from kiosk.errors import PrintError
from kiosk.printing.slips import PRINTED, print_slip
from kiosk.receipts.slip import Slip, make_slip, qr_text, slip_for_page, slip_for_result
from kiosk.store import township_repo

STORM = {"age": "under60", "hukou": "rural", "family": [], "events": ["disaster", "house"],
         "land": ["farmland"], "pension": "resident"}


def read_qr(pdf: bytes, tmp_path, dpi: int) -> str:
    (tmp_path / "slip.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", str(tmp_path / "slip.pdf"),
                    str(tmp_path / "slip")], check=True, timeout=60)
    out = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "slip.png")], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@pytest.fixture
def storm_slip(demo_db):
    first = eligible(demo_db, STORM)[0]
    return slip_for_result(first, township_repo.get_township(demo_db))


@pytest.mark.parametrize("fmt, dpi", [("roll80", 203), ("a4", 150)])
def test_the_storm_farmers_slip_carries_its_text_in_the_qr(storm_slip, tmp_path, fmt, dpi):
    slip = make_slip(storm_slip, fmt=fmt)
    assert slip.format == fmt and slip.pdf.startswith(b"%PDF")
    text = read_qr(slip.pdf, tmp_path, dpi)
    assert text.startswith("受灾人员救助（可能符合，请到窗口确认）")
    for expected in ("为什么：您家遭了自然灾害", "带什么：身份证、户口簿", "去哪里：", "办公时间：周一至周五", "电话：0796-6123456"):
        assert expected in text, expected
    assert text == qr_text(storm_slip)


def test_the_link_is_added_only_where_the_township_configured_one(demo_db, storm_slip):
    assert storm_slip.link.startswith("https://www.qingxi.gov.cn/")
    demo_db.execute("UPDATE township SET public_base_url = ''")
    result = eligible(demo_db, STORM)[0]
    plain = slip_for_result(result, township_repo.get_township(demo_db))
    assert plain.link == "" and "http" not in qr_text(plain)


def test_a_long_text_is_shortened_to_fit_the_qr_but_keeps_the_phone():
    slip = Slip("很长的标题", why="说明" * 400, bring="材料" * 100, phone="0796-6123456")
    text = qr_text(slip)
    assert len(text.encode("utf-8")) <= 900 and "电话：0796-6123456" in text and "…" in text


def test_any_page_gives_a_slip_with_what_to_bring_and_where(demo_db, tmp_path):
    row = demo_db.execute("SELECT title, body FROM documents WHERE title LIKE '%最低生活保障的办事指南%'").fetchone()
    slip = slip_for_page(row[0], row[1], township_repo.get_township(demo_db))
    assert "身份证" in slip.bring and slip.where and slip.phone == "0796-6123456"
    assert "带什么：身份证" in read_qr(make_slip(slip).pdf, tmp_path, 203)


def test_printed_on_the_thermal_printer(storm_slip, tmp_path):
    out = tmp_path / "printer.bin"
    result = print_slip(storm_slip, printer=f"escpos-file:{out}", fmt="a4")  # a thermal head prints the roll
    assert result.message == PRINTED and out.stat().st_size > 10_000


def test_a_printer_that_is_off_gets_a_clear_message(storm_slip, tmp_path):
    with pytest.raises(PrintError, match="找不到热敏打印机.*开机"):
        print_slip(storm_slip, printer=f"escpos:{tmp_path / 'lp0'}")


def test_bad_format_and_empty_slip_are_refused():
    from kiosk.errors import ValidationError

    with pytest.raises(ValidationError):
        make_slip(Slip("标题"), fmt="a5")
    with pytest.raises(ValidationError, match="没有可打印的内容"):
        make_slip(Slip(" "))


def test_a_cups_printer_out_of_paper_says_so_and_nothing_is_submitted(storm_slip):
    from kiosk.printing.cups import CupsPrinter
    from kiosk.printing.slips import send_slip
    from tests.receipts.test_cups import FakeCups

    fake = FakeCups("media-empty-error", 5)
    with pytest.raises(PrintError, match="缺纸"):
        send_slip(make_slip(storm_slip, fmt="a4"), CupsPrinter("Thermal80", run=fake))
    assert not any(call[0] == "lp" for call in fake.calls)


def test_the_resident_screen_shows_printed_or_why_not(storm_slip, tmp_path, qapp):
    from ui.models.slip_printer import SlipPrinter

    good = SlipPrinter(f"escpos-file:{tmp_path / 'out.bin'}")
    good.print_slip(storm_slip)
    good.wait()
    qapp.processEvents()
    assert good.property("ok") and good.property("message") == PRINTED + "。"
    off = SlipPrinter(f"escpos:{tmp_path / 'lp0'}")
    off.print_slip(storm_slip)
    off.wait()
    qapp.processEvents()
    message = off.property("message")
    assert not off.property("ok") and message.startswith("没能打印：找不到热敏打印机") and "扫码带走" in message


def test_the_storm_farmer_walks_the_questions_to_a_printed_slip(demo_db, tmp_path, qapp):
    """Tap by tap as on the screen: the disaster help first, its QR the text itself, 打印带走 prints it."""
    from ui.models.eligibility import EligibilityViewModel
    from ui.models.slip_printer import SlipPrinter

    out = tmp_path / "printer.bin"
    vm = EligibilityViewModel(demo_db, printer=SlipPrinter(f"escpos-file:{out}"))
    taps = {"age": ["under60"], "hukou": ["rural"], "family": [], "events": ["disaster", "house"],
            "pension": ["resident"], "land": ["farmland"]}
    while vm.current_question_id():
        qid = vm.current_question_id()
        picks = taps[qid]
        if vm.property("multi"):
            for option in picks:
                vm.toggle(option)
            vm.confirm() if picks else vm.chooseNone()
        else:
            vm.choose(picks[0])
    results = vm.property("results")
    assert [r["title"] for r in results[:2]] == ["受灾人员救助", "临时救助"]
    source = results[0]["qrSource"]
    assert source.startswith("image://qr/t")
    assert bytes.fromhex(source[len("image://qr/t"):]).decode("utf-8").startswith("受灾人员救助（可能符合")
    vm.printSlip(0)
    vm.property("printer").wait()
    qapp.processEvents()
    assert vm.property("printer").property("ok") and out.stat().st_size > 10_000
    vm.wipe()
    assert vm.property("printer").property("message") == ""


def test_the_whole_result_list_prints_one_slip_each(demo_db, tmp_path, qapp, monkeypatch):
    import kiosk.printing.slips as slips_module
    from kiosk.printing import PrintResult
    from ui.models.slip_printer import SlipPrinter

    results = eligible(demo_db, STORM)
    slips = [slip_for_result(r, township_repo.get_township(demo_db)) for r in results]
    sent = []

    def send(receipt, printer):
        if len(sent) == fail_at:
            raise PrintError("缺纸，请装入打印纸")
        sent.append(receipt)
        return PrintResult(printer.name, "", PRINTED)

    monkeypatch.setattr(slips_module, "send_slip", send)
    printer = SlipPrinter(f"escpos-file:{tmp_path / 'out.bin'}")
    fail_at = -1
    printer.print_slips(slips)
    printer.wait()
    qapp.processEvents()
    assert printer.property("message") == f"{len(slips)} 张都已打印，请在出纸口取走。" and len(sent) == len(slips)
    # The paper runs out at the third: the resident is told how many came out.
    sent.clear()
    fail_at = 2
    printer.print_slips(slips)
    printer.wait()
    qapp.processEvents()
    assert printer.property("message").startswith("没能打印：已打印 2 张，第 3 张缺纸")


def test_the_demo_kiosks_pdf_printer_files_each_slip_as_a_pdf_whose_qr_reads(storm_slip, tmp_path):
    """`pdf-file:` (gongkai demo --kiosk-config): the demo has no receipt printer; each job is a PDF to look at."""
    folder = tmp_path / "printed"
    print_slip(storm_slip, printer=f"pdf-file:{folder}")
    print_slip(storm_slip, printer=f"pdf-file:{folder}", fmt="a4")
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) == 2 and not list(folder.glob("*.part"))  # one file a job, none half written
    text = read_qr(pdfs[0].read_bytes(), tmp_path, 203)
    assert text == qr_text(storm_slip) and "电话：0796-6123456" in text


def test_a_pdf_printer_folder_that_cannot_be_made_gets_a_clear_message(storm_slip, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(PrintError, match="PDF 打印文件夹.*无法创建"):
        print_slip(storm_slip, printer=f"pdf-file:{blocker / 'printed'}")
    with pytest.raises(PrintError, match="pdf-file:/文件夹"):
        print_slip(storm_slip, printer="pdf-file:printed")


def test_a_demo_kiosk_filing_slips_as_pdf_does_not_send_anyone_to_the_paper_slot(demo_db, tmp_path, qapp):
    from ui.models.slip_printer import SlipPrinter

    results = eligible(demo_db, STORM)
    slips = [slip_for_result(r, township_repo.get_township(demo_db)) for r in results]
    printer = SlipPrinter(f"pdf-file:{tmp_path / 'printed'}")
    printer.print_slips(slips[:1])
    printer.wait()
    qapp.processEvents()
    assert printer.property("message") == "已存为打印文件（本机没有接打印机，演示）。"
    printer.print_slips(slips)
    printer.wait()
    qapp.processEvents()
    assert printer.property("message") == f"{len(slips)} 张都已存为打印文件（本机没有接打印机，演示）。"
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == len(slips) + 1
