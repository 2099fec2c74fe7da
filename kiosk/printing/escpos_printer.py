"""Printing straight to an ESC/POS thermal printer with python-escpos.

The receipt goes as one raster image (GS v 0) as wide as the printer profile allows, so Chinese
prints without relying on the printer's code page and the QR code is exactly what the PDF shows.
`escpos:/dev/usb/lp0` is an attached printer; `escpos-file:/path` writes the same bytes to a file
(for tests, or a spooler that forwards them). `?profile=TM-T88V` picks another python-escpos
printer profile (default TM-T20II: 576 dots, 72 mm, the common 80 mm head).

python-escpos is imported at module level, on purpose: the UI sends on a worker thread, and module
imports are kept on the UI thread (PySide hooks the import machinery).

A real device is asked for its paper and cover state first (DLE EOT), when it answers within a
short time; many USB printers do not, and then printing simply goes ahead.
"""

from __future__ import annotations

import os
import select
import stat
from pathlib import Path
from urllib.parse import parse_qs

from escpos.capabilities import CAPABILITIES
from escpos.exceptions import Error as EscposError
from escpos.printer import File

from kiosk.errors import PrintError
from kiosk.printing.base import PrintResult
from kiosk.printing.raster import receipt_bitmap

DEFAULT_PROFILE = "TM-T20II"
DLE_EOT_OFFLINE_CAUSE = b"\x10\x04\x02"
DLE_EOT_PAPER = b"\x10\x04\x04"


def profile_width(profile: str) -> int:
    profiles = CAPABILITIES["profiles"]
    if profile not in profiles:
        raise PrintError(f"未知的热敏打印机型号（profile）：{profile}")
    width = profiles[profile].get("media", {}).get("width", {}).get("pixels")
    if not isinstance(width, int):
        raise PrintError(f"打印机型号 {profile} 没有登记打印宽度，请换一个型号（如 TM-T20II、TM-T88V）")
    return width


class EscposPrinter:
    gives_paper = True

    def __init__(self, path: str, *, profile: str = DEFAULT_PROFILE, is_device: bool = True,
                 status_timeout: float = 0.5):
        self.path = path
        self.profile = profile
        self.is_device = is_device
        self.status_timeout = status_timeout

    @classmethod
    def from_spec(cls, spec: str) -> EscposPrinter:
        """`escpos:/dev/usb/lp0[?profile=NAME]` or `escpos-file:/path[?profile=NAME]`."""
        scheme, _, rest = spec.partition(":")
        path, _, query = rest.partition("?")
        profile = parse_qs(query).get("profile", [DEFAULT_PROFILE])[0]
        if not path:
            raise PrintError(f"打印机设置不完整：{spec}（应为 escpos:/dev/usb/lp0 或 escpos-file:/路径）")
        return cls(path, profile=profile, is_device=scheme == "escpos")

    @property
    def name(self) -> str:
        return self.path

    def check(self) -> None:
        if not self.is_device:
            parent = Path(self.path).parent
            if not parent.is_dir():
                raise PrintError(f"打印输出目录不存在：{parent}")
            return
        try:
            mode = os.stat(self.path).st_mode
        except FileNotFoundError:
            raise PrintError(f"找不到热敏打印机（{self.path}）：请检查打印机是否开机、USB 线是否插好") from None
        if not stat.S_ISCHR(mode):
            raise PrintError(f"{self.path} 不是打印机设备，请检查打印机设置（printer）")
        if not os.access(self.path, os.W_OK):
            raise PrintError(f"没有权限使用打印机 {self.path}：请把运行一体机的用户加入 lp 组")
        problem = self.query_problem()
        if problem:
            raise PrintError(f"热敏打印机无法打印：{problem}。处理好后请点“重新打印”")

    def check_ready(self) -> None:
        self.check()
        profile_width(self.profile)

    def query_problem(self) -> str | None:
        """Paper and cover state by DLE EOT; None when fine or when the printer does not answer."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_NONBLOCK | os.O_NOCTTY)
        except OSError:
            return None  # write-only device: no status to be had
        try:
            paper = self._ask(fd, DLE_EOT_PAPER)
            if paper is not None and paper & 0x60 == 0x60:
                return "缺纸，请装入打印纸"
            cause = self._ask(fd, DLE_EOT_OFFLINE_CAUSE)
            if cause is not None and cause & 0x04:
                return "打印机盖板未合上"
            if cause is not None and cause & 0x20:
                return "缺纸，请装入打印纸"
            return None
        finally:
            os.close(fd)

    def _ask(self, fd: int, command: bytes) -> int | None:
        try:
            os.write(fd, command)
        except OSError:
            return None
        ready, _, _ = select.select([fd], [], [], self.status_timeout)
        if not ready:
            return None
        try:
            answer = os.read(fd, 1)
        except OSError:
            return None
        return answer[0] if answer else None

    def print_receipt(self, receipt) -> PrintResult:
        self.check()
        image = receipt_bitmap(receipt, profile_width(self.profile))
        printer = File(devfile=self.path, profile=self.profile)
        try:
            printer.open()
            printer.image(image, impl="bitImageRaster", center=False)
            printer.cut()
        except (OSError, EscposError) as exc:
            raise PrintError(f"热敏打印机（{self.path}）写入失败：{exc}") from exc
        finally:
            printer.close()
        return PrintResult(self.path, "", f"回执已打印（{self.path}）")
