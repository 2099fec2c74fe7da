"""The highest request serial ever handed out, kept outside the database, beside the kiosk key.

If kiosk.db is lost or damaged and a fresh one is made, the counters in it start again from nothing;
this file (and the county, which tells the kiosk the highest number it holds: `raise_to`) keeps a
new request from taking a number that was already given to someone.

    path() -> Path                     $GONGKAI_NUMBERS_FILE, else <kiosk key>.numbers.json
    floor(counter) -> int              the highest serial remembered for a counter (0 if none)
    raise_to(counter, serial)          remember a higher serial (never lowers); atomic write + fsync

The file is written before the request's transaction commits: a crash in between skips a number,
which is allowed; reusing one is not.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from kiosk.trust import kiosk_key

_lock = threading.Lock()


ENV = "GONGKAI_NUMBERS_FILE"  # tests give each case its own file


def path() -> Path:
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    key = kiosk_key.key_path()
    return key.with_name(key.name + ".numbers.json")


def _read(target: Path) -> dict:
    try:
        body = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in body.items() if isinstance(k, str) and isinstance(v, int)} if isinstance(body, dict) \
        else {}


def floor(counter: str) -> int:
    return _read(path()).get(counter, 0)


def marks() -> dict[str, int]:
    return _read(path())


def raise_to(counter: str, serial: int) -> bool:
    """Remember `serial` for `counter` unless a higher one is already remembered. Returns False when the
    file cannot be written (the database's own counter still holds)."""
    target = path()
    with _lock:
        known = _read(target)
        if known.get(counter, 0) >= serial:
            return True
        known[counter] = int(serial)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(known, f, sort_keys=True)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except OSError:
            tmp.unlink(missing_ok=True)
            return False
    return True
