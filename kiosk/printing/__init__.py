"""Receipt printers: a CUPS queue, or an ESC/POS thermal printer attached directly.

`printer_for(Config.printer)` picks the backend from the setting:

- `''` — the system's default CUPS queue;
- `QUEUE` — that CUPS queue (A4 or the 80 mm roll, the media set per receipt);
- `escpos:/dev/usb/lp0[?profile=NAME]` — an ESC/POS printer on a device file;
- `escpos-file:/path[?profile=NAME]` — the same ESC/POS bytes written to a file.

Every failure is a PrintError with a Chinese message a clerk can act on. Printing never touches
the database: a request saved before printing stays saved whatever the printer does.
"""

from __future__ import annotations

from kiosk.printing.base import PrintError, PrintResult, ReceiptPrinter


def printer_for(spec: str | None) -> ReceiptPrinter:
    spec = (spec or "").strip()
    if spec.startswith(("escpos:", "escpos-file:")):
        from kiosk.printing.escpos_printer import EscposPrinter

        return EscposPrinter.from_spec(spec)
    from kiosk.printing.cups import CupsPrinter

    return CupsPrinter(spec or None)


def receipt_format_for(spec: str | None, requested: str) -> str:
    """ESC/POS heads print the roll layout whatever format was asked for."""
    return "roll80" if (spec or "").startswith(("escpos:", "escpos-file:")) else requested


__all__ = ["PrintError", "PrintResult", "ReceiptPrinter", "printer_for", "receipt_format_for"]
