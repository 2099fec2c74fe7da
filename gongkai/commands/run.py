"""gongkai run: open the kiosk window."""

from __future__ import annotations

import argparse

from gongkai.common import add_db_option, db_path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "run", help="打开一体机界面（全屏）",
        description="打开触摸查询界面。默认全屏、无边框，触摸和快捷键都无法退出；调试时用 --windowed。",
    )
    add_db_option(parser)
    parser.add_argument("--windowed", action="store_true", help="在普通窗口中打开（调试用）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.errors import StoreError
    from ui.app import run_kiosk

    path = db_path(args)
    if not path.exists():
        raise StoreError(f"数据库不存在：{path}（先运行 gongkai demo 或 gongkai sync）")
    return run_kiosk(path, windowed=args.windowed)
