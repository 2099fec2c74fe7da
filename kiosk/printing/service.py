"""Printing a saved request's receipt: build it, send it, and write the attempt to the audit log.

The request is already committed when this runs; whatever the printer does, nothing here changes
it. A failed attempt is audited too, so a supervisor can see why a receipt was reprinted.

The three steps are separate for the UI, which sends on a worker thread and touches the database
only on its own thread: `prepare` (database) -> `send` (printer, may block) -> `record` (database).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from kiosk.clock import Clock
from kiosk.errors import PrintError
from kiosk.printing import PrintResult, ReceiptPrinter, printer_for, receipt_format_for
from kiosk.receipts.document import Receipt, receipt_for
from kiosk.trust import audit


@dataclass(frozen=True)
class PrintJob:
    receipt: Receipt
    printer: ReceiptPrinter
    reprint: bool


def prepare(db: sqlite_utils.Database, clock: Clock, number: str, *, printer: str | None,
            fmt: str = "roll80", reprint: bool = False, status_base: str = "") -> PrintJob:
    receipt = receipt_for(db, number, clock, fmt=receipt_format_for(printer, fmt), status_base=status_base)
    return PrintJob(receipt, printer_for(printer), reprint)


def send(job: PrintJob) -> PrintResult:
    """Raises PrintError; touches no database, so it may run on any thread."""
    return job.printer.print_receipt(job.receipt)


def record(db: sqlite_utils.Database, clock: Clock, actor: str, job: PrintJob,
           result: PrintResult | None, error: PrintError | None) -> None:
    detail = {"number": job.receipt.number, "printer": result.printer if result else job.printer.name,
              "ok": error is None, "format": job.receipt.format}
    if result:
        detail["job"] = result.job
    if error:
        detail["error"] = str(error)
    with db.atomic():
        audit.record(db, clock, actor, "receipt.reprint" if job.reprint else "receipt.print", detail)


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
