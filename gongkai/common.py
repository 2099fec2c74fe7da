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


def open_db(args: argparse.Namespace):
    from kiosk.store import open_store

    return open_store(db_path(args))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")
