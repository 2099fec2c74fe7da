"""The log of an internal error: the traceback a developer needs, kept out of the user's terminal.

    incident, path = write_crash_log(exc, command="import")   # ('20261122-031502-3fa9c1', Path(...))

The file goes to kiosk.paths.log_dir() (on the kiosk /var/lib/gongkai/log), else to the system's
temporary folder; it is readable by its owner only. Only the command's name is written, never its
arguments: they may hold a resident's name or ID number.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import secrets
import tempfile
import traceback
from pathlib import Path


def write_crash_log(exc: BaseException, *, command: str | None = None) -> tuple[str, Path | None]:
    """(incident ID, path of the log file, or None when no folder could take it)."""
    from kiosk import __version__
    from kiosk.paths import log_dir

    now = dt.datetime.now().astimezone()
    incident = f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
    text = "".join([
        f"incident: {incident}\n",
        f"time: {now.isoformat(timespec='seconds')}\n",
        f"gongkai: {__version__}  python: {platform.python_version()}\n",
        f"command: {command or '-'}\n\n",
        *traceback.format_exception(exc),
    ])
    for folder in (log_dir(), Path(tempfile.gettempdir()) / "gongkai-log"):
        path = folder / f"internal-error-{incident}.log"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            return incident, path
        except OSError:
            continue
    return incident, None
