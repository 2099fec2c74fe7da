"""gongkai export requests: the request register for the county (full personal data)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gongkai.common import add_db_option, open_db


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="导出数据（供县级政务公开办）")
    commands = parser.add_subparsers(dest="export_command", metavar="子命令", title="子命令", help="要执行的操作（加 --help 查看）")
    requests = commands.add_parser(
        "requests", help="导出依申请公开登记台账（CSV 或 XLSX）",
        description="导出全部申请（含完整证件号码和电话，仅供县级政务公开办使用）；导出操作记入审计日志。",
    )
    add_db_option(requests)
    requests.add_argument("--format", choices=("csv", "xlsx"), default="csv", help="文件格式（默认 csv）")
    requests.add_argument("--out", type=Path, default=None, metavar="FILE",
                          help="输出文件（csv 默认打印到标准输出；xlsx 默认 requests.xlsx）")
    requests.add_argument("--from", dest="received_from", default=None, metavar="YYYY-MM-DD", help="收到日期起")
    requests.add_argument("--to", dest="received_to", default=None, metavar="YYYY-MM-DD", help="收到日期止")
    requests.add_argument("--staff", metavar="USERNAME", default=None, help="以该工作人员的名义记入审计日志")
    requests.set_defaults(func=run_requests)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def run_requests(args: argparse.Namespace) -> int:
    import datetime as dt
    import getpass
    import re

    from kiosk.clock import SystemClock
    from kiosk.errors import ValidationError
    from kiosk.reports.register_export import export_requests
    from kiosk.trust import audit
    from kiosk.trust.staff import Actor, actor_for

    for flag, value in (("--from", args.received_from), ("--to", args.received_to)):
        if value is not None:
            try:
                if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
                    raise ValueError(value)
                dt.date.fromisoformat(value)
            except ValueError:
                raise ValidationError(f"{flag} 的日期格式应为 YYYY-MM-DD，例如 2026-11-22") from None
    db, clock = open_db(args), SystemClock()
    actor = actor_for(db, args.staff) if args.staff else Actor.system(getpass.getuser())
    out = args.out or (Path("requests.xlsx") if args.format == "xlsx" else None)
    count, data = export_requests(db, args.format, out, args.received_from, args.received_to)
    with db.atomic():
        audit.record(db, clock, actor.name, "requests.export",
                     {"format": args.format, "rows": count, "file": str(out) if out else "stdout"})
    if data is not None:
        sys.stdout.buffer.write(data)
    else:
        print(f"已导出 {count} 件申请到 {out}", file=sys.stderr)
    return 0
