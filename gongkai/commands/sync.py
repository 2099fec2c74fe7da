"""gongkai sync: fetch and apply new content, upload requests (from the server or a stick)."""

from __future__ import annotations

import argparse
from pathlib import Path

from gongkai.common import add_db_option


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "sync", help="同步：下载并应用新数据，上传申请",
        description="从县级服务器（或U盘目录）取得新的签名数据包，校验后在一个事务中应用；"
                    "然后上传待上传的申请和记录，取回县级答复。设置默认取自配置文件。",
    )
    add_db_option(parser)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--server", metavar="URL", help="县级服务器地址（默认取配置 server_url）")
    source.add_argument("--from", dest="from_dir", type=Path, metavar="DIR", help="从U盘目录应用数据包")
    parser.add_argument("--trust", action="append", metavar="PUBKEY_FILE",
                        help="受信任的公钥文件（可多次给出；默认取配置 trusted_keys）")
    parser.add_argument("--township", metavar="CODE", help="乡镇代码（默认取配置 township）")
    parser.add_argument("--config", type=Path, default=None, metavar="FILE", help="配置文件")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from gongkai.common import db_path, open_db
    from kiosk.clock import SystemClock
    from kiosk.config import load_config
    from kiosk.store import township_repo
    from sync.client import SyncTarget, run_sync

    config = load_config(args.config)
    db = open_db(args, create=True)
    # A kiosk that already holds content knows its township even without a configuration file.
    known = (township_repo.get_township(db) or {}).get("code", "")
    target = SyncTarget(
        township=args.township or config.township or known,
        trusted_keys=args.trust or list(config.trusted_keys),
        kiosk_id=config.kiosk_id,
        server_url=args.server or ("" if args.from_dir else config.server_url),
        from_dir=args.from_dir,
        upload_token=config.upload_token,
    )
    try:
        staging = db_path(args).with_name(db_path(args).name + ".sync")
        report = run_sync(db, target, SystemClock(), staging=staging,
                          printer_state=_printer_state(config.printer) if target.server_url else "unknown")
    finally:
        db.close()
    print(report.message)
    for extra in report.errors[1:]:
        print(f"另：{extra}")
    return 0 if report.ok else 1


def _printer_state(printer: str) -> str:
    """What the heartbeat tells the county about the receipt printer: ready, or why not."""
    from kiosk.printing import printer_status

    status = printer_status(printer or None)
    return "ready" if status.ready else status.message
