"""A printer that files each page it is sent as a PDF: `pdf-file:/dir` (the demo kiosk's printer).

The demo has no receipt printer and often no CUPS scheduler, so 打印带走 and receipts had nowhere to go
and the resident read 没能打印. Here every job becomes `/dir/<stamp>-<n>.pdf`, the same PDF a CUPS queue
would get, which anyone can open, rasterise (pdftoppm) and scan (zbarimg) to see what a resident takes home.
"""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

from kiosk.errors import PrintError
from kiosk.printing.base import PrintResult

_jobs = itertools.count(1)


class PdfFilePrinter:
    gives_paper = False

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    @classmethod
    def from_spec(cls, spec: str) -> PdfFilePrinter:
        folder = spec.partition(":")[2].strip()
        if not folder.startswith("/"):
            raise PrintError(f"打印机设置不完整：{spec}（应为 pdf-file:/文件夹）")
        return cls(folder)

    @property
    def name(self) -> str:
        return str(self.folder)

    def check_ready(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PrintError(f"PDF 打印文件夹 {self.folder} 无法创建：{exc.strerror or exc}") from exc
        if not os.access(self.folder, os.W_OK):
            raise PrintError(f"PDF 打印文件夹 {self.folder} 不可写入")

    def print_receipt(self, receipt) -> PrintResult:
        self.check_ready()
        out = self.folder / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{next(_jobs):03d}.pdf"
        tmp = out.with_suffix(".part")
        try:
            tmp.write_bytes(receipt.pdf)
            tmp.replace(out)  # a reader never sees half a file
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise PrintError(f"PDF 打印文件 {out} 写入失败：{exc.strerror or exc}") from exc
        return PrintResult(str(out), "", f"已存为 PDF（{out}）")
