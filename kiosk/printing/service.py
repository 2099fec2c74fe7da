"""Printing a saved request's receipt: build it, send it, and write the attempt to the audit log.

The request is already committed when this runs; whatever the printer does, nothing here changes
it. A failed attempt is audited too, so a supervisor can see why a receipt was reprinted.

The three steps are separate for the UI, which sends on a worker thread and touches the database
only on its own thread: `prepare` (database) -> `send` (printer, may block) -> `record` (database).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import sqlite_utils

from kiosk.clock import Clock
from kiosk.errors import PrintError
from kiosk.printing import PrintResult, ReceiptPrinter, printer_for, receipt_format_for
from kiosk.trust import audit

if TYPE_CHECKING:  # the document (qrcode, Pillow: 4 MB) is imported by the first print, not with the staff area
    from kiosk.receipts.document import Receipt


@dataclass(frozen=True)
class PrintJob:
    receipt: Receipt
    printer: ReceiptPrinter
    reprint: bool
    action: str = ""  # the audit action; "" = receipt.print / receipt.reprint


LETTER_FORMAT = "reply"  # a Receipt holding a reply letter (A4 PDF from the county)


def prepare_letter(db: sqlite_utils.Database, number: str, sha256: str, *, printer: str | None) -> PrintJob:
    """The reply letter (答复书 PDF, sync/reply_letters.py) of request `number`, for a CUPS queue."""
    from kiosk.requests.service import find_request
    from kiosk.store import reply_letters_repo

    row = find_request(db, number)
    pdf = reply_letters_repo.pdf(db, row["uuid"], sha256)
    if pdf is None:
        raise PrintError("本机没有这份答复书（县级发布的下一个数据包会带来）")
    if str(printer or "").startswith("escpos"):
        raise PrintError("答复书是 A4 文件，小票打印机不能打印：请在配置中设置 A4 打印队列，或到窗口电脑打印")
    from kiosk.receipts.document import Receipt

    letter = Receipt(row["number"], LETTER_FORMAT, pdf, 210.0, 297.0)
    return PrintJob(letter, printer_for(printer), False, "reply_letter.print")


def prepare(db: sqlite_utils.Database, clock: Clock, number: str, *, printer: str | None,
            fmt: str = "roll80", reprint: bool = False, status_base: str = "") -> PrintJob:
    from kiosk.receipts.document import receipt_for

    receipt = receipt_for(db, number, clock, fmt=receipt_format_for(printer, fmt), status_base=status_base)
    return PrintJob(receipt, printer_for(printer), reprint)


def send(job: PrintJob) -> PrintResult:
    """Raises PrintError; touches no database, so it may run on any thread. A receipt with characters
    no print font has says so in what the clerk reads (they are flagged □ on the paper)."""
    result = job.printer.print_receipt(job.receipt)
    missing = job.receipt.unprintable
    if missing:
        from kiosk.receipts.document import missing_warning

        result = replace(result, message=f"{result.message.rstrip('。')}。{missing_warning(missing)}")
    return result


def record(db: sqlite_utils.Database, clock: Clock, actor: str, job: PrintJob,
           result: PrintResult | None, error: PrintError | None) -> None:
    detail = {"number": job.receipt.number, "printer": result.printer if result else job.printer.name,
              "ok": error is None, "format": job.receipt.format}
    if result:
        detail["job"] = result.job
    if error:
        detail["error"] = str(error)
    if job.action:
        detail["sha256"] = hashlib.sha256(job.receipt.pdf).hexdigest()
    with db.atomic():
        audit.record(db, clock, actor, job.action or ("receipt.reprint" if job.reprint else "receipt.print"), detail)


def print_request_receipt(db: sqlite_utils.Database, clock: Clock, number: str, *, printer: str | None,
                          fmt: str = "roll80", actor: str = "system", reprint: bool = False,
                          status_base: str = "") -> PrintResult:
    """Print the receipt of request `number`; raises PrintError (request untouched) on failure."""
    job = prepare(db, clock, number, printer=printer, fmt=fmt, reprint=reprint, status_base=status_base)
    try:
        result = send(job)
    except PrintError as exc:
        record(db, clock, actor, job, None, exc)
        raise
    record(db, clock, actor, job, result, None)
    return result
