"""gongkai search: the resident search from the command line."""

from __future__ import annotations

import argparse
import dataclasses

from gongkai.common import add_db_option, open_db, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "search", help="搜索公开内容（与一体机上的搜索相同）",
        description="在标准目录、公开文件、村务公开和政策解读中按相关程度搜索，列出一个排好序的结果表"
                    "（每条注明类别）。支持群众的说法和问句（“低保怎么申请”）、同义词和简称、"
                    "全拼（dibao）、首字母（db）和同音字（低宝）。问“怎么办”时先列出最佳答案。补贴发放名单不参与搜索。",
    )
    parser.add_argument("query", metavar="QUERY", help="要搜索的文字、问句或拼音")
    add_db_option(parser)
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="最多列出几条（默认 20）")
    parser.add_argument("--json", action="store_true",
                        help="以 JSON 输出：hits（排好序的结果）、best（最佳答案）、did_you_mean、suggestions")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.errors import ValidationError
    from kiosk.search import counter_help, find, nearest_topics, suggestions

    if args.limit < 1:
        raise ValidationError("--limit 至少为 1")
    db = open_db(args)
    result = find(db, args.query, limit=args.limit)
    # The same decisions as the screen: a routed answer is `best` (kind = the function); when
    # nothing answers, no best, no hits, and the nearest topics held here in `suggestions`.
    nearest = nearest_topics(db, args.query) if result.no_answer else []
    if args.json:
        print_json({"query": result.query, "words": list(result.words), "concepts": list(result.concepts),
                    "how_to": result.how_to, "no_answer": result.no_answer,
                    "hits": [dataclasses.asdict(h) for h in result.hits],
                    "best": dataclasses.asdict(result.best) if result.best else None,
                    "did_you_mean": result.did_you_mean,
                    "suggestions": nearest if result.no_answer else suggestions(db, args.query),
                    "counter": counter_help(db) if result.no_answer else None})
        return 0
    if result.best:
        best = result.best
        print(f"最佳答案：{best.title}")
        if best.note:
            print(f"  {best.note}")
        for label, value in (("需要带的材料", best.materials), ("到哪里办", best.place),
                             ("多久办好", best.time_limit), ("办公时间", best.hours), ("咨询电话", best.phone)):
            if value:
                print(f"  {label}：{value}")
        print()
    if not result.hits:
        if result.no_answer:
            print(f"没有找到与“{args.query}”相关的内容：本镇没有直接回答这个问题的公开内容。")
            if nearest:
                print("相近的内容：" + "、".join(nearest))
            office = counter_help(db)
            ask = f"请到{office['office_name'] or '政务公开窗口'}咨询工作人员或留下问题"
            print(ask + (f"，电话：{office['office_phone']}" if office["office_phone"] else "") + "。")
        return 0
    for n, hit in enumerate(result.hits, start=1):
        print(f"{n:>2}. 【{hit.label}】[{hit.ref_id}] {hit.title}")
        if hit.snippet:
            print(f"      {hit.snippet}")
    return 0
