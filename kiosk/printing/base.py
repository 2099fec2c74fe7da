"""What every printer backend shares: the error it raises and what it reports back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.errors import KioskError


class PrintError(KioskError):
    """The receipt did not reach paper. The message says why, in words a clerk can act on."""


@dataclass(frozen=True)
class PrintResult:
    printer: str  # how the clerk knows the printer: the CUPS queue name or the device path
    job: str  # the CUPS job id, or '' for a directly attached printer
    message: str  # what to show: 「回执已送往打印机……」


class ReceiptPrinter(Protocol):
    """A destination for receipts. `print_receipt` raises PrintError when the printer cannot print."""

    name: str

    def print_receipt(self, receipt) -> PrintResult: ...
