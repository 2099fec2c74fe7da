"""gongkai outbox: what waits to be uploaded (every upward kind); export it to a stick for kiosks
without network."""

from __future__ import annotations

import argparse
from pathlib import Path

from gongkai.common import add_db_option


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "outbox", help="待上传的申请：查看，或导出到U盘",
        description="查看尚未被县级确认收到的申请和记录；没有网络的一体机可用 export 写到U盘，"
                    "再到县级用 gongkai county import-usb 导入。导出不算确认，联网同步成功后才标记为已上传。",
    )
    add_db_option(parser)
    sub = parser.add_subparsers(dest="action", metavar="操作", help="要执行的操作（加 --help 查看）")
    status = sub.add_parser("status", help="显示待上传数量（默认）")
    _sub_db_option(status)
    export = sub.add_parser("export", help="把待上传的申请写到目录（U盘）")
    export.add_argument("folder", type=Path, metavar="DIR", help="写入的文件夹（如U盘上的目录）")
    export.add_argument("--config", type=Path, default=None, metavar="FILE", help="配置文件")
    export.add_argument("--township", default=None, metavar="CODE", help="乡镇代码（默认取配置）")
    export.add_argument("--kiosk", default=None, metavar="ID", help="一体机编号（默认取配置）")
    export.add_argument("--kiosk-key", type=Path, default=None, metavar="FILE",
                        help="本机签名私钥（默认取配置 kiosk_key、环境变量 GONGKAI_KIOSK_KEY 或 /etc/gongkai/kiosk.key）")
    export.add_argument("--county-key", default=None, metavar="FILE",
                        help="县级公钥（加密用；默认取配置 trusted_keys 的第一个）")
    _sub_db_option(export)
    pubkey = sub.add_parser("pubkey", help="显示本机签名公钥（县级 gongkai keygen --kiosk-pub 登记用）")
    pubkey.add_argument("--kiosk-key", type=Path, default=None, metavar="FILE", help="本机签名私钥文件")
    pubkey.add_argument("--config", type=Path, default=None, metavar="FILE", help="配置文件")
    _sub_db_option(pubkey)
    parser.set_defaults(func=run, action="status")


def _sub_db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a subcommand without --db must not overwrite `gongkai outbox --db X ...`.
    parser.add_argument("--db", metavar="PATH", type=Path, default=argparse.SUPPRESS,
                        help="数据库文件（默认：~/.local/share/gongkai/kiosk.db）")


def run(args: argparse.Namespace) -> int:
    from gongkai.common import open_db, print_json
    from kiosk.clock import SystemClock

    if args.action == "pubkey":
        import base64

        from kiosk.config import load_config
        from kiosk.errors import ValidationError
        from sync.keys import load_signing_key

        config = load_config(args.config)
        path = _kiosk_key_path(args, config)
        if not Path(path).is_file():
            raise ValidationError(f"本机签名私钥 {path} 不存在（见配置 kiosk_key）")
        print(base64.b64encode(bytes(load_signing_key(path).verify_key)).decode())
        return 0

    db = open_db(args)
    try:
        if args.action == "export":
            from kiosk.config import load_config
            from kiosk.errors import ValidationError
            from kiosk.store import township_repo
            from sync.outbox import export_outbox

            config = load_config(args.config)
            township = args.township or config.township or (township_repo.get_township(db) or {}).get("code", "")
            if not township:
                raise ValidationError("不知道本机的乡镇代码：请用 --township 或在配置中设置 township")
            kiosk_key, county_key = _export_keys(args, config)
            result = export_outbox(db, args.folder, township, args.kiosk or config.kiosk_id, SystemClock(),
                                   kiosk_key, county_key)
            from sync import upward

            print(f"已导出{upward.summary(result['counts'], all_kinds=True)}到 {result['path']}")
            print("请把U盘交县级用 gongkai county import-usb 导入；联网同步成功后这些记录才会标记为已上传。")
            return 0
        from sync.status import sync_status

        print_json(sync_status(db, SystemClock().now()))
    finally:
        db.close()
    return 0


DEFAULT_KIOSK_KEY = "/etc/gongkai/kiosk.key"


def _kiosk_key_path(args: argparse.Namespace, config) -> str:
    import os

    return str(args.kiosk_key or os.environ.get("GONGKAI_KIOSK_KEY") or getattr(config, "kiosk_key", "")
               or DEFAULT_KIOSK_KEY)


def _export_keys(args: argparse.Namespace, config):
    """This kiosk's signing key (the agreed `kiosk_key` file) and the county's public key."""
    from kiosk.errors import ValidationError
    from sync.keys import load_signing_key, load_trusted_keys

    key_path = _kiosk_key_path(args, config)
    if not Path(key_path).is_file():
        raise ValidationError(f"本机签名私钥 {key_path} 不存在：导出文件必须由本机密钥签名（见配置 kiosk_key）")
    entries = [args.county_key] if args.county_key else list(config.trusted_keys)
    if not entries:
        raise ValidationError("不知道县级公钥：请用 --county-key 或在配置 trusted_keys 中设置")
    return load_signing_key(key_path), load_trusted_keys(entries[:1])[0]
