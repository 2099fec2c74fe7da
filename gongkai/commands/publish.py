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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from gongkai.common import print_json
    from kiosk.clock import SystemClock
    from kiosk.errors import ValidationError
    from sync.publish import publish

    if args.expires_days < 1:
        raise ValidationError("--expires-days 至少为 1")
    if not args.source.is_dir():
        raise ValidationError(f"源文件夹不存在: {args.source}")
    result = publish(args.source, args.out, args.key, SystemClock(), expires_days=args.expires_days)
    print(f"已发布乡镇 {result['township']} 第 {result['sequence']} 版，有效期至 {result['expires_at']}")
    print_json(result)
    return 0
