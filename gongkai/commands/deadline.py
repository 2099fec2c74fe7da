"""gongkai deadline: the statutory due date for a receipt date."""

from __future__ import annotations

import argparse

from gongkai.common import add_db_option, db_path, open_db


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "deadline", help="计算法定期限（工作日）",
        description="收到申请之日不计入，按国务院节假日安排（含调休上班日）数工作日，打印到期日 YYYY-MM-DD。"
                    "所经年份的节假日安排尚未导入时按双休日计算，并在日期后加 “ provisional”（暂定）。",
    )
    add_db_option(parser)
    parser.add_argument("received", metavar="RECEIVED_DATE", help="收到申请日期 YYYY-MM-DD")
    parser.add_argument("--workdays", type=int, default=20, metavar="N",
                        help="工作日数（默认 20：答复期限；补正通知 7；延期后 40）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.calendar.strict_dates import read_day
    from kiosk.calendar.workdays import WorkCalendar, deadline, shipped_calendar
    from kiosk.errors import ValidationError

    received = read_day(args.received)
    if not 1 <= args.workdays <= 1000:
        raise ValidationError("--workdays 应在 1 至 1000 之间")
    path = db_path(args)
    if path.exists():
        due = deadline(open_db(args), received, args.workdays)
    else:  # no kiosk database here: the calendars shipped with the software still apply
        due = WorkCalendar(*shipped_calendar()).add_workdays(received, args.workdays)
    print(due.text())
    return 0
