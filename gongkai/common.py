"""Helpers every command shares: the --db option, opening the store, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH", type=Path, default=None,
        help="数据库文件（默认：$XDG_DATA_HOME/gongkai/kiosk.db，即 ~/.local/share/gongkai/kiosk.db）",
    )


def db_path(args: argparse.Namespace) -> Path:
    from kiosk.paths import default_db_path

    return args.db if args.db is not None else default_db_path()


def open_db(args: argparse.Namespace, *, create: bool = False):
    """The kiosk database. Only commands that fill a new kiosk (sync, import, staff add) may create it: for
    the others a mistyped --db made a new, empty database and answered from it (没有编号为…的申请 for a
    request that exists, all-zero statistics)."""
    from kiosk.errors import ValidationError
    from kiosk.store import open_store

    path = db_path(args)
    if not create and not path.exists():
        raise ValidationError(f"数据库文件不存在：{path}（请检查 --db 路径；新的一体机先运行 gongkai setup 或 gongkai sync）")
    return open_store(path)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


MAX_STDIN_BYTES = 4 << 20


def read_stdin_text(what: str = "标准输入", limit: int = MAX_STDIN_BYTES) -> str:
    """All of stdin as text: strict UTF-8, bounded; anything else is a clear ValidationError."""
    from kiosk.errors import ValidationError
    from kiosk.trust.safe_json import decode_utf8

    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise ValidationError(f"{what}太大（超过 {limit} 字节上限）")
    return decode_utf8(data, what)


def read_stdin_line(what: str = "标准输入", limit: int = 4096) -> str:
    """One line of stdin as text (strict UTF-8, bounded)."""
    from kiosk.errors import ValidationError
    from kiosk.trust.safe_json import decode_utf8

    data = sys.stdin.buffer.readline(limit + 1)
    if len(data) > limit:
        raise ValidationError(f"{what}太长")
    return decode_utf8(data, what)
