"""gongkai publish: build the next signed bundles from the county's source folder."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "publish", help="从源文件夹生成下一版签名数据包（县级）",
        description="读取源文件夹（表格/CSV、文本、图片，格式见 README），生成下一版完整数据包和相对上一版的"
                    "增量数据包，用私钥签名，写入 REPO_DIR/public/<乡镇代码>/。",
    )
    parser.add_argument("source", type=Path, metavar="SOURCE_DIR", help="源文件夹")
    parser.add_argument("--out", type=Path, required=True, metavar="REPO_DIR", help="县级数据目录")
    parser.add_argument("--key", type=Path, required=True, metavar="KEY", help="签名私钥 signing.key")
    parser.add_argument("--expires-days", type=int, default=7, metavar="N",
                        help="数据包有效天数（默认 7）；过期后一体机首页提示「数据可能已过期」")
    parser.add_argument("--township-secret-file", type=Path, default=None, metavar="FILE",
                        help="乡镇密钥文件（与本乡镇一体机 gongkai setup 时填写的相同；也可用环境变量 "
                             "GONGKAI_TOWNSHIP_SECRET）。补贴名单只带由它算出的查询凭据，不带身份证号的任何数字")
    parser.add_argument("--names", choices=("surname", "surname_last", "full"), default="surname",
                        help="补贴领取人姓名的发布方式：surname（张*，默认）、surname_last（张*明），"
                             "或 full（法律要求张榜公示全名时）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from county.publish import publish
    from gongkai.common import print_json
    from kiosk.clock import SystemClock
    from kiosk.errors import ValidationError

    if args.expires_days < 1:
        raise ValidationError("--expires-days 至少为 1")
    if not args.source.is_dir():
        raise ValidationError(f"源文件夹不存在: {args.source}")
    secret = _secret(args)
    if not secret:
        import sys

        print("注意：未提供乡镇密钥，补贴名单发布时不带查询凭据，一体机上的“我的补贴”查不到这些记录",
              file=sys.stderr)
    store = _county_store(args.out)
    try:
        result = publish(args.source, args.out, args.key, SystemClock(), expires_days=args.expires_days,
                         township_secret=secret, names=args.names, store=store)
    finally:
        if store is not None:
            store.close()
    print(f"已发布乡镇 {result['township']} 第 {result['sequence']} 版，有效期至 {result['expires_at']}"
          + (f"，含答复书 {result['reply_letters']} 份（加密给各自的一体机）" if result.get("reply_letters") else ""))
    print_json(result)
    return 0


def _county_store(repo):
    """The county database beside the bundles (REPO/county/county.db, or $GONGKAI_COUNTY_DB), when
    there is one: its reply letters go down with the bundle. None for a plain content publish."""
    import importlib.util
    import os

    if importlib.util.find_spec("sqlalchemy") is None:
        return None  # the county extra is not installed: nothing to carry
    from county import service

    if not (os.environ.get(service.DB_ENV) or service.county_db_path(repo).is_file()):
        return None
    return service.open_county_db(repo)


def _secret(args: argparse.Namespace) -> str:
    import os

    from kiosk.content.payout_tokens import ENV, check_secret
    from kiosk.errors import ValidationError

    if args.township_secret_file is not None:
        from kiosk.trust.safe_read import read_bounded

        raw = read_bounded(args.township_secret_file, 4096, str(args.township_secret_file))
        try:
            return check_secret(raw.decode("ascii"))
        except UnicodeDecodeError:
            raise ValidationError("乡镇密钥文件应为 ASCII 文字") from None
    return check_secret(os.environ[ENV]) if os.environ.get(ENV) else ""
