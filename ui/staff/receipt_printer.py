"""Printing receipts from the staff screens without freezing them.

The receipt is built and the attempt audited on the UI thread (the database is used from one
thread only); only the printer I/O runs on a worker thread, since a CUPS job is watched for a few
seconds and a hung USB printer can block. The outcome comes back as properties QML binds to.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.errors import KioskError, PrintError
from kiosk.printing import PrinterStatus, printer_for, status_of
from kiosk.printing import service as printing


class _Relay(QObject):
    """Lives on the UI thread; a worker emits, the slot runs on the UI thread (queued)."""

    finished = Signal(object, object, object)  # job, result, error
    status = Signal(object)  # PrinterStatus


class ReceiptPrinter(QObject):
    changed = Signal()
    printed = Signal(str)  # number
    failed = Signal(str)  # message

    def __init__(self, db, clock, *, printer: str | None, receipt_format: str, status_base: str = "",
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock = db, clock
        self.status_base = status_base  # config public_status_base: the receipt QR's URL
        self.printer_spec = printer  # may be changed (admin setting, tests)
        self.receipt_format = receipt_format
        self.actor_name = "system"
        self._busy = False
        self._message = ""
        self._ok = False
        self._number = ""
        self._threads: list[threading.Thread] = []
        self._status_text = ""
        self._status_ready = False
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.status.connect(self._on_status)

    @Slot(str)
    def print(self, number: str) -> None:
        self._start(number, reprint=False)

    @Slot(str)
    def reprint(self, number: str) -> None:
        self._start(number, reprint=True)

    def _start(self, number: str, *, reprint: bool) -> None:
        if self._busy or not number:
            return
        self._number = number
        try:
            job = printing.prepare(self._db, self._clock, number, printer=self.printer_spec,
                                   fmt=self.receipt_format, reprint=reprint, status_base=self.status_base)
        except KioskError as exc:
            self._set(False, False, f"回执无法生成：{exc}")
            self.failed.emit(self._message)
            return
        self._set(True, False, "正在打印回执……")
        thread = threading.Thread(target=self._send, args=(job,), name="receipt-print", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    @Slot()
    def refreshStatus(self) -> None:  # noqa: N802
        """Ask the printer whether it could print now (lpstat / device checks) off the UI thread."""
        # The backend is made here, on the UI thread, so its module imports happen here too.
        try:
            printer = printer_for(self.printer_spec)
        except PrintError as exc:
            self._on_status(PrinterStatus(self.printer_spec or "默认打印机", False, str(exc)))
            return
        thread = threading.Thread(target=lambda: self._relay.status.emit(status_of(printer)),
                                  name="printer-status", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _on_status(self, status) -> None:
        text = status.message if status.ready else f"打印机暂不能打印：{status.message}"
        if (text, status.ready) != (self._status_text, self._status_ready):
            self._status_text, self._status_ready = text, status.ready
            self.changed.emit()

    def _send(self, job) -> None:
        try:
            result, error = printing.send(job), None
        except PrintError as exc:
            result, error = None, exc
        except Exception as exc:  # noqa: BLE001 — any driver failure must reach the clerk, not vanish
            result, error = None, PrintError(f"打印时出现意外错误：{exc}")
        self._relay.finished.emit(job, result, error)

    def _on_finished(self, job, result, error) -> None:
        try:
            printing.record(self._db, self._clock, self.actor_name, job, result, error)
        except KioskError:
            pass  # the audit row is best effort here; the print outcome still reaches the clerk
        self.refreshStatus()
        if error is None:
            self._set(False, True, f"{result.message}。")
            self.printed.emit(job.receipt.number)
        else:
            reason = str(error).rstrip("。")
            self._set(False, False, f"打印失败：{reason}。申请已保存，不受影响；处理好后点“重新打印回执”。")
            self.failed.emit(self._message)

    def _set(self, busy: bool, ok: bool, message: str) -> None:
        if (busy, ok, message) != (self._busy, self._ok, self._message):
            self._busy, self._ok, self._message = busy, ok, message
            self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._number = ""
        self._set(False, False, "")

    def wait(self, timeout: float = 30.0) -> None:
        """For shutdown and tests: let running print threads finish."""
        for thread in self._threads:
            thread.join(timeout)

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Property(bool, notify=changed)
    def ok(self) -> bool:
        return self._ok

    @Property(bool, notify=changed)
    def failedLast(self) -> bool:  # noqa: N802 (QML name)
        return bool(self._message) and not self._busy and not self._ok

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(str, notify=changed)
    def statusText(self) -> str:  # noqa: N802
        return self._status_text

    @Property(bool, notify=changed)
    def statusReady(self) -> bool:  # noqa: N802
        return self._status_ready

    @Property(str, notify=changed)
    def number(self) -> str:
        return self._number
