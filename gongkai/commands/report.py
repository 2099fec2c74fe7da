"""gongkai report annual: section 三 of the annual OGI report, computed from the request log."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gongkai.common import add_db_option, open_db


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="政府信息公开工作年度报告（依申请公开部分）")
    commands = parser.add_subparsers(dest="report_command", metavar="子命令", title="子命令", help="要执行的操作（加 --help 查看）")
    annual = commands.add_parser(
        "annual", help="年度报告第三部分：收到和处理政府信息公开申请情况",
        description="按2021年年报模板（国办公开办函〔2021〕30号）统计7列申请人 × 全部办理结果行，"
                    "并逐列核对 一 + 二 = 三(七) + 四；不平衡时报错退出。办理结果与年报行的对应关系见 "
                    "resources/config/annual_report.json。",
    )
    add_db_option(annual)
    annual.add_argument("--year", type=int, required=True, metavar="YYYY", help="报告年度")
    annual.add_argument("--format", choices=("csv", "json", "pdf"), default="csv", help="输出格式（默认 csv）")
    annual.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help="输出文件（csv/json 默认打印到屏幕；pdf 默认 annual-report-YYYY.pdf）")
    annual.set_defaults(func=run_annual)
    voice = commands.add_parser("voice", help="年度好差评、现场咨询解答（按类别）、留言和草案意见数量",
                                description="本机一年的好差评各等级数量、现场咨询解答台账按类别统计、查询机留言和草案意见条数，"
                                            "供年度报告引用。")
    add_db_option(voice)
    voice.add_argument("--year", type=int, required=True, metavar="YYYY", help="报告年度")
    voice.add_argument("--json", action="store_true", help="以 JSON 输出")
    voice.set_defaults(func=run_voice)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def run_annual(args: argparse.Namespace) -> int:
    from kiosk.reports.annual import annual_table, as_json_text
    from kiosk.store import township_repo

    db = open_db(args)
    if not 2008 <= args.year <= 2200:
        from kiosk.errors import ValidationError

        raise ValidationError("--year 应为 2008 至 2200 之间的四位年份")
    table = annual_table(db, args.year)
    if args.format == "pdf":
        from kiosk.reports.pdf import write_annual_pdf

        township = township_repo.get_township(db) or {}
        out = args.out or Path(f"annual-report-{args.year}.pdf")
        write_annual_pdf(table, out, township.get("name", ""))
        print(f"已生成 {out}")
        return 0
    text = as_json_text(table) + "\n" if args.format == "json" else table.as_csv()
    if args.out:
        args.out.write_text(text, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
        print(f"已生成 {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def run_voice(args: argparse.Namespace) -> int:
    from gongkai.common import print_json
    from kiosk.reports.voice import as_lines, voice_figures

    figures = voice_figures(open_db(args), args.year)
    if args.json:
        print_json(figures)
    else:
        print("\n".join(as_lines(figures)))
    return 0
