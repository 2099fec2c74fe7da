"""打印带走 on the resident screens: a slip to the receipt printer without freezing the page.

The slip is laid out on the UI thread; only the printer I/O runs on a worker thread (a CUPS job is
watched for a few seconds, a hung USB printer can block). Nothing is audited or logged with the
slip's text: a 政策找人 slip carries the resident's answers.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.errors import KioskError, PrintError
from ui.i18n import tr

log = logging.getLogger(__name__)


def failed(reason: str) -> str:
    """What the resident reads when a slip did not print (in the screens' language)."""
    return tr("SlipPrinter", "没能打印：{reason}。可以用手机扫码带走，或请窗口工作人员帮忙打印。").format(
        reason=reason.rstrip("。"))


def _done_message(count: int, gives_paper: bool) -> str:
    """In the screens' language. A demo kiosk's PDF folder has no slot to take paper from."""
    if gives_paper:
        return (tr("SlipPrinter", "已打印，请在出纸口取走") if count == 1
                else tr("SlipPrinter", "{n} 张都已打印，请在出纸口取走").format(n=count))
    return (tr("SlipPrinter", "已存为打印文件（本机没有接打印机，演示）") if count == 1
            else tr("SlipPrinter", "{n} 张都已存为打印文件（本机没有接打印机，演示）").format(n=count))


class _Relay(QObject):
    finished = Signal(object, object)  # result, error


class SlipPrinter(QObject):
    changed = Signal()

    def __init__(self, printer: str | None = None, fmt: str = "roll80", parent: QObject | None = None):
        super().__init__(parent)
        self.printer_spec = printer
        self.fmt = fmt
        self._busy, self._ok, self._message = False, False, ""
        self._threads: list[threading.Thread] = []
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)

    def print_slip(self, slip) -> None:
        """`slip`: a kiosk.receipts.slip.Slip."""
        self.print_slips([slip])

    def print_slips(self, slips: list) -> None:
        """Several slips (the whole 政策找人 result list), one after the other, each its own page."""
        if self._busy or not slips:
            return
        from kiosk.printing.slips import prepare_slip  # reportlab and the printer backends: on first use

        try:
            jobs = [prepare_slip(slip, printer=self.printer_spec, fmt=self.fmt) for slip in slips]
        except PrintError as exc:
            self._set(False, False, failed(str(exc)))
            return
        except KioskError:
            log.exception("slip could not be made")
            self._set(False, False, failed(tr("SlipPrinter", "本单无法生成")))
            return
        self._set(True, False, tr("SlipPrinter", "正在打印……") if len(jobs) == 1
                  else tr("SlipPrinter", "正在打印 {n} 张……").format(n=len(jobs)))
        thread = threading.Thread(target=self._send, args=(jobs,), name="slip-print", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _send(self, jobs) -> None:
        from kiosk.printing.slips import send_slip

        done = 0
        try:
            for receipt, printer in jobs:
                result = send_slip(receipt, printer)
                done += 1
            error = None
            result = type(result)(result.printer, result.job, _done_message(len(jobs), printer.gives_paper))
        except PrintError as exc:
            # Some printed before the printer stopped: say how many, so nobody prints them twice.
            result, error = None, PrintError(tr("SlipPrinter", "已打印 {done} 张，第 {next} 张{reason}").format(
                done=done, next=done + 1, reason=exc)) if done else exc
        except Exception as exc:  # noqa: BLE001 — a driver failure must reach the resident as a message
            log.exception("slip printing failed")
            result, error = None, PrintError(tr("SlipPrinter", "打印机出现意外错误：{name}").format(name=type(exc).__name__))
        self._relay.finished.emit(result, error)

    def _on_finished(self, result, error) -> None:
        if error is None:
            self._set(False, True, f"{result.message}。")
        else:
            self._set(False, False, failed(str(error)))

    def _set(self, busy: bool, ok: bool, message: str) -> None:
        if (busy, ok, message) != (self._busy, self._ok, self._message):
            self._busy, self._ok, self._message = busy, ok, message
            self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._set(False, False, "")

    def wait(self, timeout: float = 30.0) -> None:
        for thread in self._threads:
            thread.join(timeout)

    busy = Property(bool, lambda self: self._busy, notify=changed)
    ok = Property(bool, lambda self: self._ok, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
