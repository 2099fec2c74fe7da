"""Reading files someone else put there (a USB stick, a source folder, an upload) without hanging.

`open_regular(path)` opens without blocking (a FIFO would otherwise wait forever for a writer)
and refuses anything that is not a regular file; `read_bounded` reads at most `limit` bytes and
refuses a longer file. Both raise ValidationError with a clear message, or FileNotFoundError.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from kiosk.errors import ValidationError


def open_regular(path: str | Path, what: str = "") -> BinaryIO:
    what = what or Path(path).name
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise ValidationError(f"{what} 无法读取（{exc.strerror}）") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValidationError(f"{what} 不是普通文件（可能是管道或设备），拒绝读取")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def is_regular(path: str | Path) -> bool:
    """True for a regular file (following symlinks); never opens it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def read_bounded(path: str | Path, limit: int, what: str = "") -> bytes:
    what = what or Path(path).name
    with open_regular(path, what) as f:
        try:
            data = f.read(limit + 1)
        except OSError as exc:
            raise ValidationError(f"{what} 无法读取（{exc.strerror}）") from None
    if len(data) > limit:
        raise ValidationError(f"{what} 太大（超过 {limit} 字节上限），拒绝")
    return data
