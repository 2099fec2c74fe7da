"""Printing a take-away slip (打印带走) on the kiosk's receipt printer.

    print_slip(slip, printer=config.printer, fmt=config.receipt_format)   # PrintResult, or PrintError

The slip is made first (kiosk.receipts.slip), then sent like a receipt: a CUPS queue gets the roll
or A4 PDF, an ESC/POS head the roll's raster. Nothing is written anywhere: a slip may carry a
resident's 政策找人 answers ("您年满80岁"), and those are never stored or logged. A printer that is
off, out of paper or missing raises PrintError with the printer's own clear message.
"""

from __future__ import annotations

from kiosk.errors import PrintError
from kiosk.printing import PrintResult, ReceiptPrinter, printer_for, receipt_format_for
from kiosk.receipts.document import Receipt
from kiosk.receipts.slip import Slip, make_slip

PRINTED = "已打印，请在出纸口取走"
FILED = "本机没有接打印机（演示），已存为打印文件"  # the demo's PDF folder: no slot to take paper from


def prepare_slip(slip: Slip, *, printer: str | None, fmt: str = "roll80") -> tuple[Receipt, ReceiptPrinter]:
    """The slip's pages and the printer to send them to (on the caller's thread: no printer I/O)."""
    return make_slip(slip, fmt=receipt_format_for(printer, fmt)), printer_for(printer)


def send_slip(receipt: Receipt, printer: ReceiptPrinter) -> PrintResult:
    """Raises PrintError; may block on the printer, so the kiosk runs it on a worker thread."""
    printer.check_ready()
    result = printer.print_receipt(receipt)
    return PrintResult(result.printer, result.job, PRINTED if printer.gives_paper else FILED)


def print_slip(slip: Slip, *, printer: str | None, fmt: str = "roll80") -> PrintResult:
    receipt, target = prepare_slip(slip, printer=printer, fmt=fmt)
    return send_slip(receipt, target)


__all__ = ["FILED", "PRINTED", "PrintError", "prepare_slip", "print_slip", "send_slip"]
