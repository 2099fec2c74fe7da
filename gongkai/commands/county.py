"""gongkai county: console accounts, the import of kiosks' USB exports, county replies, a demo county."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEMO_USER, DEMO_PASSWORD = "county", "demo-county-2026"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "county", help="县级：管理后台账号；导入U盘带来的申请；登记答复；或启动演示县级服务",
        description="staff：新增或修改县级管理后台账号（角色 viewer 查看 / handler 经办 / admin 管理员）。"
                    "unlock：提前解除连续输错密码造成的账号锁定。"
                    "import-usb：导入一体机用 gongkai outbox export 写到U盘的申请和记录（重复导入不会重复登记）。"
                    "reply：登记县级对某件申请作出的状态变化（答复、延期），一体机下次同步时收到。"
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
    unlock = sub.add_parser("unlock", help="解除密码输错过多造成的后台账号锁定（密码不变，记入审计日志）")
    unlock.add_argument("username", help="用户名")
    _county_db_options(unlock)
    usb = sub.add_parser("import-usb", help="导入U盘上一体机导出的申请和记录")
    usb.add_argument("folder", type=Path, metavar="DIR", help="U盘上的目录")
    _county_db_options(usb)
    usb.add_argument("--key", type=Path, default=None, metavar="FILE",
                     help="县级签名私钥 signing.key（解密U盘导出文件所需）")
    reply = sub.add_parser("reply", help="登记县级对某件申请的答复或延期")
    reply.add_argument("request_uuid", metavar="REQUEST_UUID", help="申请的 uuid")
    _county_db_options(reply)
    reply.add_argument("--kind", default="replied",
                       help="事件类型，如 replied（已答复）、extended（延期）、void（更正：data 须含 voids、reason、officer）；"
                            "与一体机相同的规则检查，不符合的拒绝登记")
    reply.add_argument("--data", default="{}", metavar="JSON",
                       help='事件内容，如 \'{"on": "2026-11-30", "status": "replied", "outcome": "10-disclosed"}\'')
    reply.add_argument("--actor", default="县级政务公开办", help="经办人或单位")
    demo = sub.add_parser("demo", help="启动演示县级服务（演示乡镇已发布，含演示账号）")
    demo.add_argument("--root", type=Path, required=True, metavar="DIR", help="演示县级数据目录")
    demo.add_argument("--port", type=int, default=8080, metavar="N", help="端口（默认 8080；0 为任意空闲端口）")
    demo.add_argument("--sqlite", action="store_true", help="即使装有 PostgreSQL 也用 SQLite")
    parser.set_defaults(func=run)


def _county_db_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, required=True, metavar="REPO_DIR", help="县级数据目录")
    parser.add_argument("--db-url", default=None, metavar="URL",
                        help="县级数据库（默认 REPO_DIR/county/county.db；或环境变量 GONGKAI_COUNTY_DB，"
                             "如 postgresql+psycopg://gongkai@/gongkai?host=/run/postgresql）")


def run(args: argparse.Namespace) -> int:
    actions = {"staff": _staff, "unlock": _unlock, "import-usb": _import_usb, "reply": _reply, "demo": _demo}
    return actions[args.action](args)


def _import_usb(args: argparse.Namespace) -> int:
    import county
    from gongkai.common import print_json
    from kiosk.clock import SystemClock
    from kiosk.errors import ValidationError
    from sync import upward

    if args.key is None:
        raise ValidationError("请用 --key 指定县级签名私钥 signing.key：U盘导出文件加密给县级密钥")
    from sync.keys import load_signing_key

    key = load_signing_key(args.key)
    db = county.open_county_db(args.root, args.db_url)
    try:
        result = county.import_usb_folder(db, args.folder, SystemClock(), key)
    finally:
        db.close()
    print(f"已导入 {result['files']} 个文件：新增{upward.summary(result['new'], all_kinds=True)}")
    for reasons in result["refused"].values():
        for reason in reasons:
            print(f"未接收（不符合办理规则，见控制台“一体机”页）：{reason}")
    print_json(result)
    return 0


def _reply(args: argparse.Namespace) -> int:
    import county
    from kiosk.clock import SystemClock
    from kiosk.errors import ValidationError

    try:
        data = json.loads(args.data)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"--data 不是有效的 JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValidationError("--data 应为 JSON 对象")
    db = county.open_county_db(args.root, args.db_url)
    try:
        event = county.record_change(db, args.request_uuid, args.kind, data, args.actor, SystemClock())
    finally:
        db.close()
    print(f"已登记，一体机下次同步时收到（事件 {event}）")
    return 0


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


def _unlock(args: argparse.Namespace) -> int:
    from county import service
    from county.console import accounts
    from kiosk.clock import SystemClock

    store = service.open_county_db(args.root, args.db_url)
    try:
        unlocked = accounts.unlock(store, SystemClock(), args.username.strip())
    finally:
        store.close()
    print(f"账号 {args.username} 已解锁，可以用原来的密码登录" if unlocked else f"账号 {args.username} 没有被锁定，未作改动")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from county import pgcluster

    # SIGTERM (systemd, docker stop, kill) stops the demo's PostgreSQL exactly as Ctrl+C does.
    with pgcluster.stop_signals_interrupt():
        try:
            return _run_demo(args)
        except KeyboardInterrupt:
            return 0


def _run_demo(args: argparse.Namespace) -> int:

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
    demo_kiosk = root / "demo-kiosk.db"  # the demo township's kiosk: its 好差评, 留言 and comments go up below
    if not sources.is_dir():
        print("生成演示乡镇（青禾镇）……", flush=True)
        db = open_store(demo_kiosk)
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
    store = server = None
    try:
        store = service.open_county_db(root, url)
        accounts.add_staff(store, clock, DEMO_USER, "演示县级管理员", "admin", DEMO_PASSWORD)
        if demo_kiosk.is_file():
            from county.demo_voice import seed_voice

            kiosk_db = open_store(demo_kiosk)
            code = kiosk_db.execute("SELECT code FROM township").fetchone()[0]
            seed_voice(store, kiosk_db, code, clock)
            kiosk_db.close()
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
    finally:
        if server is not None:
            server.stop()
        if store is not None:
            store.close()
        if cluster is not None:
            cluster.stop()
            print("PostgreSQL 已停止", flush=True)
    return 0
