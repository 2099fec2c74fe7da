"""A full disk is named as such: how much is free and how much is needed, before writing where known.

    free_bytes(path) -> int                  free space (for this user) on the disk holding path
    require(path, needed, what)              raise DiskFull before writing when `needed` does not fit
    is_disk_full(exc, path) -> bool          an OSError/sqlite3 error that means "no space left"
    named(path, needed, what)                context manager: such an error becomes DiskFull with figures

SQLite on a full disk says "database or disk is full", or "disk I/O error" when it cannot even grow
its -wal/-shm files: both become DiskFull when the disk is indeed (nearly) full.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.errors import DiskFull

LOW_BYTES = 2 * 1024 * 1024  # below this an I/O error is taken as the disk being full
OPEN_BYTES = 64 * 1024  # opening a WAL database makes its -shm (32 KB) and -wal files
STAFF_WARN_BYTES = 200 * 1024 * 1024  # the staff screen says space is low below this
_SQLITE_FULL, _SQLITE_IOERR, _SQLITE_CANTOPEN = 13, 10, 14


def _existing(path: str | Path) -> Path:
    path = Path(path)
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def free_bytes(path: str | Path) -> int:
    try:
        stats = os.statvfs(_existing(path))
    except OSError:
        return -1
    return stats.f_bavail * stats.f_frsize


def human(n: int) -> str:
    if n < 0:
        return "未知"
    if n < 1024 * 1024:
        return f"{max(n, 0) / 1024:.0f} KB"
    if n < 1024 ** 3:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{n / 1024 ** 3:.1f} GB"


def _where(path: str | Path) -> Path:
    found = _existing(path)
    return found if found.is_dir() else found.parent


def message(path: str | Path, needed: int, what: str, tail: str = "") -> str:
    free = free_bytes(path)
    need = f"需要约 {human(needed)}，" if needed > 0 else ""
    return (f"磁盘空间不足，无法{what}：{need}{_where(path)} 所在磁盘只剩 {human(free)}。"
            f"{tail or '没有保存任何改动；请清理磁盘或请管理员扩容后再试'}")


def require(path: str | Path, needed: int, what: str, tail: str = "") -> None:
    free = free_bytes(path)
    if 0 <= free < needed:
        raise DiskFull(message(path, needed, what, tail))


def is_disk_full(exc: BaseException, path: str | Path | None = None) -> bool:
    if isinstance(exc, DiskFull):
        return True
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == _SQLITE_FULL or "database or disk is full" in str(exc):
            return True
        if path is not None and (code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk I/O error" in str(exc)):
            return 0 <= free_bytes(path) < LOW_BYTES
    return False


@contextmanager
def named(path: str | Path, needed: int, what: str, tail: str = "") -> Iterator[None]:
    try:
        yield
    except DiskFull:
        raise
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc, path):
            raise DiskFull(message(path, needed, what, tail)) from exc
        raise
