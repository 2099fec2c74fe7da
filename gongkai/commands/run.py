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
    parser.add_argument("--lang", default=None, help="开机时的界面语言：zh、en、ug 等（默认按 $GONGKAI_LANG，再按配置 default_language，都未设置时为简体中文）")
    parser.add_argument("--config", default=None, help="配置文件（默认按 $GONGKAI_CONFIG、/etc/gongkai/kiosk.toml 查找）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.errors import StoreError
    from ui.app import run_kiosk

    path = db_path(args)
    if not path.exists():
        from kiosk.store import salvage

        if salvage.pending_recoveries(path):
            raise StoreError(f"数据库 {path} 曾经损坏并已改名保存，找回的记录尚未导入：先运行 gongkai recover"
                             f"{'' if args.db is None else f' --db {path}'}")
        raise StoreError(f"数据库不存在：{path}（先运行 gongkai demo 或 gongkai sync）")
    from kiosk.config import load_config

    return run_kiosk(path, windowed=args.windowed, lang=args.lang, config=load_config(args.config))
