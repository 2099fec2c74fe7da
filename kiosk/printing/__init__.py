"""Receipt printers: a CUPS queue, or an ESC/POS thermal printer attached directly.

`printer_for(Config.printer)` picks the backend from the setting:

- `''` — the system's default CUPS queue;
- `QUEUE` — that CUPS queue (A4 or the 80 mm roll, the media set per receipt);
- `escpos:/dev/usb/lp0[?profile=NAME]` — an ESC/POS printer on a device file;
- `escpos-file:/path[?profile=NAME]` — the same ESC/POS bytes written to a file;
- `pdf-file:/dir` — each job's PDF filed in that folder (the demo kiosk, which has no printer).

Every failure is a PrintError with a Chinese message a clerk can act on. Printing never touches
the database: a request saved before printing stays saved whatever the printer does.
"""

from __future__ import annotations

from kiosk.errors import PrintError
from kiosk.printing.base import PrinterStatus, PrintResult, ReceiptPrinter


def printer_for(spec: str | None) -> ReceiptPrinter:
    spec = (spec or "").strip()
    if spec.startswith("pdf-file:"):
        from kiosk.printing.pdf_file import PdfFilePrinter

        return PdfFilePrinter.from_spec(spec)
    if spec.startswith(("escpos:", "escpos-file:")):
        from kiosk.printing.escpos_printer import EscposPrinter

        return EscposPrinter.from_spec(spec)
    from kiosk.printing.cups import CupsPrinter

    return CupsPrinter(spec or None)


def printer_status(spec: str | None) -> PrinterStatus:
    """Whether the configured printer can print now, without printing anything."""
    try:
        printer = printer_for(spec)
    except PrintError as exc:
        return PrinterStatus((spec or "").strip() or "默认打印机", False, str(exc))
    return status_of(printer)


def status_of(printer: ReceiptPrinter) -> PrinterStatus:
    """`printer_status` for a printer already made (may run on a worker thread: no imports, no database)."""
    try:
        printer.check_ready()
    except PrintError as exc:
        return PrinterStatus(printer.name, False, str(exc))
    return PrinterStatus(printer.name, True, f"打印机“{printer.name}”就绪")


def receipt_format_for(spec: str | None, requested: str) -> str:
    """ESC/POS heads print the roll layout whatever format was asked for."""
    return "roll80" if (spec or "").startswith(("escpos:", "escpos-file:")) else requested


__all__ = ["PrintError", "PrintResult", "PrinterStatus", "ReceiptPrinter", "printer_for", "printer_status",
           "receipt_format_for", "status_of"]
