"""gongkai stats: how much the kiosk holds."""

from __future__ import annotations

import argparse

from gongkai.common import add_db_option, open_db, print_json

LABELS = {
    "domains": "标准目录领域", "catalogue_items": "目录事项", "documents": "公开文件", "villages": "村（社区）",
    "notices": "村务/居务公开", "payouts": "补贴发放记录", "policies": "政策文件",
    "interpretations": "政策解读", "requests": "依申请公开", "calendar_years": "节假日日历（年）",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("stats", help="统计本机数据量", description="列出本机数据库里各类内容的数量。")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="以 JSON 对象输出")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.store import stats_repo, township_repo

    db = open_db(args)
    counts = stats_repo.counts(db)
    township = township_repo.get_township(db) or {"code": "", "name": ""}
    if args.json:
        print_json({**counts, "township": township["code"], "township_name": township["name"]})
        return 0
    print(f"乡镇：{township['name'] or '（未设置）'} {township['code']}")
    for key, label in LABELS.items():
        print(f"  {label}：{counts[key]:,}")
    return 0
