"""What every printer backend shares: the error it raises and what it reports back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class PrintResult:
    printer: str  # how the clerk knows the printer: the CUPS queue name or the device path
    job: str  # the CUPS job id, or '' for a directly attached printer
    message: str  # what to show: 「回执已送往打印机……」


@dataclass(frozen=True)
class PrinterStatus:
    printer: str
    ready: bool
    message: str  # 「打印机“PDF”就绪」 or why it cannot print


class ReceiptPrinter(Protocol):
    """A destination for receipts. `print_receipt` and `check_ready` raise PrintError when the
    printer cannot print."""

    name: str
    gives_paper: bool  # False for the demo's PDF folder: nothing comes out of a slot to take

    def check_ready(self) -> None: ...

    def print_receipt(self, receipt) -> PrintResult: ...
