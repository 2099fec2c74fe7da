"""gongkai receipt: write a request's receipt as PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gongkai.common import add_db_option, open_db


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "receipt", help="生成依申请公开受理回执（PDF）",
        description="按申请编号生成受理回执 PDF：80毫米热敏卷纸（roll80）或 A4。回执含申请编号、收到日期、"
                    "答复期限（暂定的会注明）、复议诉讼告知和可扫描的二维码；证件号码只显示部分。",
    )
    add_db_option(parser)
    parser.add_argument("number", metavar="申请编号", help="例如 362430101-K01-2026-00017-R")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="输出的 PDF 文件")
    parser.add_argument("--format", choices=("roll80", "a4"), default="roll80",
                        help="纸张：roll80（80毫米卷纸，默认）或 a4")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.errors import KioskError
    from kiosk.receipts.document import receipt_for

    db = open_db(args)
    from kiosk.config import load_config

    status_base = load_config(getattr(args, "config", None)).public_status_base
    receipt = receipt_for(db, args.number, SystemClock(), fmt=args.format, status_base=status_base)
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        tmp = args.out.with_name(args.out.name + ".tmp")
        tmp.write_bytes(receipt.pdf)
        tmp.replace(args.out)
    except OSError as exc:
        raise KioskError(f"无法写入 {args.out}：{exc.strerror}") from exc
    print(f"回执已生成：{args.out}（{receipt.width_mm:g}×{receipt.height_mm:g} 毫米）")
    if receipt.unprintable:
        from kiosk.receipts.document import missing_warning

        print(missing_warning(receipt.unprintable), file=sys.stderr)
    return 0
