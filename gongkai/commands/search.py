"""gongkai search: the resident search from the command line."""

from __future__ import annotations

import argparse
import dataclasses

from gongkai.common import add_db_option, open_db, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "search", help="搜索公开内容（与一体机上的搜索相同）",
        description="在标准目录、公开文件、村务公开和政策解读中搜索，按类别分组列出结果。"
                    "支持任意中文片段（两个字即可）和拼音首字母（例如 bt 找到“补贴”）。补贴发放名单不参与搜索。",
    )
    parser.add_argument("query", metavar="QUERY", help="要搜索的文字或拼音首字母")
    add_db_option(parser)
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="每个类别最多列出几条（默认 20）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出：分组列表，每组含结果")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.errors import ValidationError
    from kiosk.search import COUNT_LIMIT, search

    if args.limit < 1:
        raise ValidationError("--limit 至少为 1")
    groups = search(open_db(args), args.query, per_kind=args.limit)
    if args.json:
        print_json([dataclasses.asdict(g) for g in groups])
        return 0
    if not groups:
        print(f"没有找到与“{args.query}”相关的内容。")
        return 0
    for group in groups:
        total = f"{group.total}+" if group.total >= COUNT_LIMIT else str(group.total)
        print(f"{group.label}（共 {total} 条）")
        for hit in group.hits:
            print(f"  [{hit.ref_id}] {hit.title}")
            if hit.snippet:
                print(f"      {hit.snippet}")
    return 0
