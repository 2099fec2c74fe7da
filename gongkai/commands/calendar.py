"""gongkai calendar: the statutory holiday calendar (import a year, list what is covered)."""

from __future__ import annotations

import argparse
from pathlib import Path

from gongkai.common import add_db_option, open_db


def register(subparsers) -> None:
    parser = subparsers.add_parser("calendar", help="法定节假日日历：导入、查看",
                                   description="每年的国务院节假日安排（含调休）作为数据导入；未导入的年份按双休日暂定计算。")
    commands = parser.add_subparsers(dest="calendar_command", metavar="子命令", title="子命令", help="要执行的操作（加 --help 查看）")
    imp = commands.add_parser(
        "import", help="导入一年的节假日安排（JSON）",
        description='文件格式：{"year": 2027, "source": "国务院办公厅通知…", "holidays": [{"name": "春节", '
                    '"from": "2027-02-05", "to": "2027-02-11", "workdays": ["2027-02-13"]}]}。'
                    "导入后重新计算所有办理中申请的答复期限。",
    )
    add_db_option(imp)
    imp.add_argument("file", metavar="FILE", type=Path, help="国务院办公厅放假通知整理成的日历 JSON 文件")
    imp.set_defaults(func=run_import)
    show = commands.add_parser("list", help="列出已有日历的年份及工作日数")
    add_db_option(show)
    show.set_defaults(func=run_list)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def run_import(args: argparse.Namespace) -> int:
    import getpass

    from kiosk.calendar.holidays import import_calendar
    from kiosk.clock import SystemClock
    from kiosk.requests.service import recompute_open_requests
    from kiosk.trust import audit

    db, clock = open_db(args, create=True), SystemClock()  # a new kiosk may get next year's calendar first
    year = import_calendar(db, args.file, clock)
    with db.atomic():
        audit.record(db, clock, f"os:{getpass.getuser()}", "calendar.import", {"year": year})
    count = recompute_open_requests(db, clock)
    print(f"已导入 {year} 年节假日安排；重新计算了 {count} 件办理中申请的期限")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kiosk.calendar.workdays import load_calendar
    from kiosk.store import calendar_repo

    db = open_db(args)
    calendar = load_calendar(db)
    stored = calendar_repo.covered_years(db)
    for year in sorted(calendar.covered_years):
        origin = "已导入" if year in stored else "随软件提供"
        print(f"{year}  {origin}  全年工作日 {calendar.workdays_in_year(year)} 天")
    return 0
