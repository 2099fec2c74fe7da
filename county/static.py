"""Static bundle files with RFC 9110 Range semantics, for the single-box default (nginx or a CDN
serves the same folder in a province).

- one `bytes` range: `a-b`, `a-` and the suffix `-n` (the last n bytes) answer 206;
- a range-spec that is invalid (`5-3`) or unsatisfiable (`a` past the end, `-0`) answers 416
  with `Content-Range: bytes */size` (§14.2, §15.5.17);
- an unknown unit (`items=0-5`), a malformed header, several ranges, or an If-Range that does not
  match answer 200 with the whole file: a server MAY ignore Range, and MUST ignore unknown units.
"""

from __future__ import annotations

import mimetypes
import os
import re
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path

MAX_PATH = 1024
_SPEC = re.compile(r"^\s*(\d*)\s*-\s*(\d*)\s*$")


class RangeNotSatisfiable(Exception):
    pass


def resolve(public: Path, url_path: str) -> Path | None:
    """The file under `public` for a decoded URL path, or None (never a way out of public/)."""
    relative = url_path.lstrip("/")
    if not relative or len(relative) > MAX_PATH or "\x00" in relative or "\\" in relative:
        return None
    if any(p in ("..", ".") for p in relative.split("/")):
        return None
    try:
        path = (public / relative).resolve()
        if not path.is_relative_to(public) or not path.is_file():
            return None
    except (OSError, ValueError):
        return None
    return path


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(first, last) inclusive for a satisfiable single range; None to send the whole file.
    Raises RangeNotSatisfiable for an invalid or unsatisfiable bytes range."""
    if not header:
        return None
    unit, sep, spec = header.partition("=")
    if not sep or unit.strip().lower() != "bytes":
        return None  # unknown unit or not a range at all: ignored
    if "," in spec:
        return None  # several ranges: we MAY ignore (no multipart/byteranges)
    match = _SPEC.match(spec)
    if not match or not (match.group(1) or match.group(2)):
        return None  # not a range-spec: the header is malformed, ignore it
    first, last = match.group(1), match.group(2)
    if len(first) > 19 or len(last) > 19:
        raise RangeNotSatisfiable
    if not first:  # suffix-range: the last n bytes
        n = int(last)
        if n == 0 or size == 0:
            raise RangeNotSatisfiable
        return max(0, size - n), size - 1
    a = int(first)
    if last and int(last) < a:
        raise RangeNotSatisfiable  # invalid range-spec (RFC 9110 §14.1.1)
    if a >= size:
        raise RangeNotSatisfiable
    b = min(size - 1, int(last)) if last else size - 1
    return a, b


def validators(stat: os.stat_result) -> tuple[str, str]:
    etag = f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"'
    return etag, formatdate(stat.st_mtime, usegmt=True)


def if_range_matches(value: str | None, etag: str, last_modified: str, mtime: float) -> bool:
    if value is None:
        return True
    value = value.strip()
    if value.startswith('"') or value.startswith("W/"):
        return value == etag
    try:
        return int(parsedate_to_datetime(value).timestamp()) >= int(mtime) and value == last_modified
    except (TypeError, ValueError, IndexError, OverflowError):
        return False


def content_type(path: Path) -> str:
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"
