"""gongkai county: county console accounts, and a demo county to try the whole county side."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEMO_USER, DEMO_PASSWORD = "county", "demo-county-2026"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "county", help="县级：管理后台账号；或启动演示县级服务",
        description="staff：新增或修改县级管理后台账号（角色 viewer 查看 / handler 经办 / admin 管理员）。"
                    "demo：生成演示乡镇、发布数据包、建立演示账号并启动县级服务（有 PostgreSQL 时用它）。",
    )
    sub = parser.add_subparsers(dest="action", metavar="操作", required=True, help="要执行的操作（加 --help 查看）")
    staff = sub.add_parser("staff", help="新增或修改县级管理后台账号")
    staff.add_argument("username", help="用户名（英文字母、数字、下划线）")
    staff.add_argument("--root", type=Path, required=True, metavar="REPO_DIR", help="县级数据目录")
    staff.add_argument("--db-url", default=None, metavar="URL", help="县级数据库（默认 REPO_DIR/county/county.db）")
    staff.add_argument("--role", default="handler", choices=["viewer", "handler", "admin"], help="角色")
    staff.add_argument("--name", default="", help="显示姓名")
    staff.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码（否则交互输入）")
    demo = sub.add_parser("demo", help="启动演示县级服务（演示乡镇已发布，含演示账号）")
    demo.add_argument("--root", type=Path, required=True, metavar="DIR", help="演示县级数据目录")
    demo.add_argument("--port", type=int, default=8080, metavar="N", help="端口（默认 8080；0 为任意空闲端口）")
    demo.add_argument("--sqlite", action="store_true", help="即使装有 PostgreSQL 也用 SQLite")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return _staff(args) if args.action == "staff" else _demo(args)


def _staff(args: argparse.Namespace) -> int:
    import getpass

    from county import service
    from county.console import accounts
    from kiosk.clock import SystemClock

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("密码：")
    store = service.open_county_db(args.root, args.db_url)
    try:
        accounts.add_staff(store, SystemClock(), args.username, args.name, args.role, password)
    finally:
        store.close()
    print(f"账号 {args.username}（{accounts.ROLES[args.role]}）已保存")
    return 0


def _demo(args: argparse.Namespace) -> int:
    import tempfile

    from county import pgcluster, service
    from county.app import create_app
    from county.console import accounts
    from county.export_source import export_source
    from county.publish import publish
    from county.server import ThreadedServer
    from kiosk.clock import SystemClock, today
    from kiosk.demo import DemoSpec, build_demo
    from kiosk.store import open_store
    from sync import keys

    clock = SystemClock()
    root = args.root.resolve()
    key_dir = root / "keys"
    if not (key_dir / keys.PRIVATE_NAME).exists():
        keys.generate(key_dir)
    sources = root / "sources"
    if not sources.is_dir():
        print("生成演示乡镇（青禾镇）……", flush=True)
        with tempfile.TemporaryDirectory(prefix="gongkai-county-demo-") as tmp:
            db = open_store(Path(tmp) / "demo.db")
            build_demo(db, DemoSpec(scale=1, seed=2026, as_of=today(clock)), clock)
            code = db.execute("SELECT code FROM township").fetchone()[0]
            export_source(db, sources / code)
            db.close()
        for folder in sources.iterdir():
            publish(folder, root, key_dir / keys.PRIVATE_NAME, clock)
    cluster = None
    url = None
    if pgcluster.available() and not args.sqlite:
        cluster = pgcluster.PgCluster(durable=True).start()
        url = cluster.create_database("gongkai")
    try:
        store = service.open_county_db(root, url)
        accounts.add_staff(store, clock, DEMO_USER, "演示县级管理员", "admin", DEMO_PASSWORD)
        server = ThreadedServer(create_app(root, store, clock, sources=sources), port=args.port).start()
        print(f"演示县级服务：{server.url}console/ （{store.backend}）", flush=True)
        print(f"演示账号：{DEMO_USER}  密码：{DEMO_PASSWORD}", flush=True)
        print(f"手机查询进度（回执二维码）：public_status_base = \"{server.url.rstrip('/')}\"", flush=True)
        print(f"一体机：server_url = \"{server.url}\"，public_status_base = \"{server.url.rstrip('/')}\"，"
              f"trusted_keys = [\"{key_dir / keys.PUBLIC_NAME}\"]，"
              f"令牌用 gongkai keygen --kiosk-token 乡镇:编号 --root {root}" + (f" --db-url '{url}'" if url else ""),
              flush=True)
        print("Ctrl+C 停止", flush=True)
        try:
            server.thread.join()
        except KeyboardInterrupt:
            pass
        server.stop()
        store.close()
    finally:
        if cluster is not None:
            cluster.stop()
    return 0
