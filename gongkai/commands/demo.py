"""gongkai demo: build the demo township."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from gongkai.common import add_db_option, db_path

# `make county` serves the demo county (and its phone page) here: the demo kiosk's receipt QRs open it.
DEMO_STATUS_ADDRESS = "http://127.0.0.1:8080"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo", help="生成演示乡镇（青禾镇）的数据库",
        description="在一个新的数据库里生成演示乡镇：14个村（社区）、26个领域的标准目录、村务公开、"
                    "补贴发放名单、政策文件及解读、2026年法定节假日。同一个 --seed 总是得到同样的内容。",
    )
    add_db_option(parser)
    parser.add_argument("--scale", type=int, default=1, metavar="N",
                        help="规模：每个单位5万条补贴发放记录、约4700份文件（默认 1）")
    parser.add_argument("--seed", type=int, default=2026, metavar="S", help="随机种子（默认 2026）")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="演示数据的“今天”（默认今天），公示日期和发放记录都以它为准")
    parser.add_argument("--force", action="store_true", help="数据库已存在时先删除再生成")
    parser.add_argument("--kiosk-config", type=Path, default=None, metavar="FILE",
                        help="同时写一份演示一体机配置（含手机查询网址 public_status_base，指向 --status-address）")
    parser.add_argument("--status-address", default=DEMO_STATUS_ADDRESS, metavar="URL",
                        help=f"演示回执二维码打开的查询网址（默认 {DEMO_STATUS_ADDRESS}，即 make county 的演示县级服务）")
    parser.add_argument("--export-source", type=Path, default=None, metavar="DIR",
                        help="不生成数据库，而是把演示乡镇写成县级源文件夹（供 gongkai publish 使用）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock, today
    from kiosk.demo import DemoSpec, build_demo
    from kiosk.errors import ValidationError
    from kiosk.store import open_store

    if args.scale < 1:
        raise ValidationError("--scale 至少为 1")
    if args.export_source is not None:
        return _export_source(args)
    path = db_path(args)
    if args.kiosk_config is not None:
        _write_kiosk_config(args.kiosk_config, args.status_address)
        if path.exists() and not args.force:
            return 0  # the township is built already: only the configuration was asked for
    if path.exists():
        if not args.force:
            raise ValidationError(f"{path} 已存在；要重新生成请加 --force")
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    clock = SystemClock()
    spec = DemoSpec(scale=args.scale, seed=args.seed, as_of=args.as_of or today(clock))
    db = open_store(path)
    build_demo(db, spec, clock)
    db.close()
    print(f"演示乡镇已生成：{path}")
    return 0


def _write_kiosk_config(path: Path, status_address: str) -> None:
    """The demo kiosk's configuration: its receipts' QR opens the demo county's phone page."""
    from gongkai.commands.setup import check_status_address, write_atomically

    base = check_status_address(status_address)
    printed = path.resolve().parent / "printed"
    write_atomically(path, "# 演示一体机配置（gongkai demo --kiosk-config 写入）\n"
                           'township = "362430101"\nkiosk_id = "K01"\n'
                           f'public_status_base = "{base}"  # 回执二维码用手机打开 {base}/s/<编号>?c=<查询码>\n'
                           "# 没有回执打印机：回执和打印带走的小票存为 PDF，放在这个文件夹\n"
                           f'printer = "pdf-file:{printed}"\n',
                     mode=0o644)
    print(f"演示一体机配置已写入：{path}（手机查询网址 {base}；打印的内容存为 PDF，放在 {printed}）")


def _export_source(args: argparse.Namespace) -> int:
    import tempfile

    from county.export_source import export_source
    from kiosk.clock import SystemClock, today
    from kiosk.demo import DemoSpec, build_demo
    from kiosk.store import open_store

    clock = SystemClock()
    spec = DemoSpec(scale=args.scale, seed=args.seed, as_of=args.as_of or today(clock))
    with tempfile.TemporaryDirectory(prefix="gongkai-demo-") as tmp:
        db = open_store(Path(tmp) / "demo.db")
        build_demo(db, spec, clock)
        counts = export_source(db, args.export_source)
        db.close()
    print(f"演示乡镇的源文件夹已写入：{args.export_source}（{counts['documents']} 份文件、"
          f"{counts['payouts']} 条补贴发放记录）")
    return 0
