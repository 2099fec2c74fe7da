"""An ESC/POS thermal printer backed by a file: the raster bytes decode to a receipt whose QR scans."""

from __future__ import annotations

import os
import threading
import tty

import pytest

from kiosk.errors import PrintError
from kiosk.printing import printer_for
from kiosk.printing.escpos_printer import EscposPrinter
from kiosk.receipts.document import receipt_for
from kiosk.requests.receipt_code import parse_receipt_payload
from tests.receipts.escpos_decode import printed_image
from tests.receipts.helpers import qr_texts


@pytest.mark.parametrize(("profile", "width"), [("", 576), ("?profile=TM-T88V", 512), ("?profile=POS-5890", 384)])
def test_file_printer_output_decodes_to_a_scannable_receipt(office_db, saved_number, clock, tmp_path,
                                                            profile, width):
    out = tmp_path / "escpos.bin"
    result = printer_for(f"escpos-file:{out}{profile}").print_receipt(receipt_for(office_db, saved_number, clock))
    assert "已打印" in result.message
    data = out.read_bytes()
    # The paper is cut at the end, or fed past the tear bar on a printer without a cutter (POS-5890).
    assert b"\x1dV" in data[-16:] or data.endswith(b"\x1bd\x06")
    image = printed_image(data)
    assert image.width == width  # exactly the print head of the profile
    assert image.height > 800  # the whole receipt, not a fragment
    image.save(tmp_path / "escpos.png")
    texts = qr_texts(image)
    assert len(texts) == 1 and parse_receipt_payload(texts[0]) == saved_number


def test_missing_device_says_so(office_db, saved_number, clock, tmp_path):
    printer = printer_for(f"escpos:{tmp_path}/no-such-lp0")
    with pytest.raises(PrintError, match="找不到热敏打印机"):
        printer.print_receipt(receipt_for(office_db, saved_number, clock))


def test_unknown_profile_says_so(office_db, saved_number, clock, tmp_path):
    printer = printer_for(f"escpos-file:{tmp_path}/out.bin?profile=NoSuchModel")
    with pytest.raises(PrintError, match="未知的热敏打印机型号"):
        printer.print_receipt(receipt_for(office_db, saved_number, clock))


def _fake_printer(master: int, paper_byte: int, stop: threading.Event) -> None:
    """Answer DLE EOT n status queries like a printer whose paper has run out."""
    seen = b""
    while not stop.is_set():
        try:
            chunk = os.read(master, 64)
        except OSError:
            return
        seen += chunk
        while b"\x10\x04" in seen:
            at = seen.index(b"\x10\x04")
            if len(seen) < at + 3:
                break
            n = seen[at + 2]
            os.write(master, bytes([paper_byte if n == 4 else 0x12]))
            seen = seen[at + 3:]


def test_device_reporting_no_paper_is_refused_with_a_message(office_db, saved_number, clock):
    master, slave = os.openpty()
    tty.setraw(slave)  # a printer line, not a terminal: no echo, no newline translation
    stop = threading.Event()
    thread = threading.Thread(target=_fake_printer, args=(master, 0x72, stop), daemon=True)
    thread.start()
    try:
        printer = EscposPrinter(os.ttyname(slave), status_timeout=30.0)  # the fake answers at once; room for load
        with pytest.raises(PrintError, match="缺纸"):
            printer.print_receipt(receipt_for(office_db, saved_number, clock))
    finally:
        stop.set()
        os.close(slave)
        os.close(master)
        thread.join(timeout=30)
