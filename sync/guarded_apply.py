"""Apply a verified bundle with the faults a township hall meets named as such (issue 25).

- Disk space: what applying needs (about twice the bundle's content, for the WAL and the tables) is
  compared with what is free before anything is written; a full disk met anyway is named too.
- A busy database (the counter saving a request at the same moment): the whole transaction is tried
  again a bounded number of times; when it still cannot get in, the message says so.
In every case the transaction rolls back and the kiosk goes on showing the content it had.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from kiosk import diskspace
from kiosk.clock import Clock
from kiosk.errors import BundleRejected, StoreError
from kiosk.store.db import file_of
from sync.apply import apply_bundle
from sync.verify import VerifiedBundle

BUSY_ATTEMPTS = 5
BUSY_PAUSE = 1.0  # seconds before the second try, doubling; SQLite's own busy_timeout waits inside each try
_sleep = time.sleep  # tests put an event in its place
KEPT = "本机继续显示原有内容，下次同步会再试"


def space_needed(verified: VerifiedBundle) -> int:
    fetched = sum(p.stat().st_size for p in verified.directory.rglob("*") if p.is_file())
    return 2 * fetched + diskspace.LOW_BYTES


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "database is locked" in text or "database is busy" in text or (
        getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (5, 6)


def apply_guarded(db: sqlite_utils.Database, verified: VerifiedBundle, clock: Clock, *,
                  attempts: int | None = None, pause: float | None = None,
                  sleep: Callable[[float], None] | None = None) -> dict[str, int]:
    attempts = attempts or BUSY_ATTEMPTS
    pause = BUSY_PAUSE if pause is None else pause
    sleep = sleep or _sleep
    where = Path(file_of(db) or ".").parent
    needed = space_needed(verified)
    diskspace.require(where, needed, "应用数据包", KEPT)
    waited = 0.0
    for attempt in range(1, attempts + 1):
        try:
            with diskspace.named(where, needed, "应用数据包", KEPT):
                return apply_bundle(db, verified, clock)
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise BundleRejected(f"数据包内容无法应用（{exc}），已保持原有数据") from exc
            if attempt == attempts:
                raise BundleRejected(
                    f"数据库正忙（柜台可能正在保存申请），等待约 {waited:.0f} 秒、尝试 {attempts} 次后仍未能应用数据包；"
                    f"{KEPT}") from exc
            delay = pause * 2 ** (attempt - 1)
            sleep(delay)
            waited += delay
        except sqlite3.Error as exc:
            raise BundleRejected(f"数据包内容无法应用（{type(exc).__name__}：{exc}），已保持原有数据") from exc
        except StoreError as exc:
            raise BundleRejected(f"数据包内容无法应用（{exc}），已保持原有数据") from exc
    raise AssertionError("unreachable")
