"""gongkai print: print (or reprint) a request's receipt on the configured printer."""

from __future__ import annotations

import argparse
import sys

from gongkai.common import add_db_option, open_db


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "print", help="打印（或重新打印）受理回执",
        description="把申请的受理回执送到打印机。打印机默认取配置项 printer：CUPS 打印队列名称、"
                    "escpos:/dev/usb/lp0（直连热敏打印机）或 escpos-file:/路径；为空时用系统默认打印机。"
                    "打印失败不影响已保存的申请，处理好打印机后再运行一次即可。",
    )
    add_db_option(parser)
    parser.add_argument("number", metavar="申请编号", nargs="?", help="例如 362430101-K01-2026-00017-R")
    parser.add_argument("--status", action="store_true",
                        help="只检查打印机能否打印（缺纸、离线、停用等），不打印；能打印时退出码为 0")
    parser.add_argument("--printer", metavar="NAME", default=None,
                        help="打印机：CUPS 队列名，或 escpos:/dev/usb/lp0、escpos-file:/路径（默认取配置）")
    parser.add_argument("--format", choices=("roll80", "a4"), default=None,
                        help="纸张：roll80 或 a4（默认取配置项 receipt_format；热敏打印机总是卷纸）")
    parser.add_argument("--config", metavar="FILE", default=None, help="配置文件（默认按常规位置查找）")
    parser.add_argument("--staff", metavar="USERNAME", default=None, help="以该工作人员的名义记入审计日志")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import getpass

    from kiosk.clock import SystemClock
    from kiosk.config import load_config
    from kiosk.errors import PrintError, ValidationError
    from kiosk.printing import printer_status
    from kiosk.printing.service import print_request_receipt
    from kiosk.trust.staff import Actor, actor_for

    config = load_config(args.config)
    printer = args.printer if args.printer is not None else config.printer
    if args.status:
        status = printer_status(printer)
        print(status.message, file=sys.stdout if status.ready else sys.stderr)
        return 0 if status.ready else 1
    if not args.number:
        raise ValidationError("请给出申请编号，例如 gongkai print 362430101-K01-2026-00017-R")
    db = open_db(args)
    actor = actor_for(db, args.staff) if args.staff else Actor.system(getpass.getuser())
    try:
        result = print_request_receipt(db, SystemClock(), args.number, printer=printer,
                                       fmt=args.format or config.receipt_format, actor=actor.name,
                                       status_base=config.public_status_base)
    except PrintError as exc:
        print(f"打印失败：{exc}\n申请已保存，未受影响；处理好打印机后可再次运行 gongkai print {args.number.strip()} 重新打印。",
              file=sys.stderr)
        return 1
    print(result.message)
    return 0
