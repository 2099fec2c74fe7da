"""gongkai eligibility: 政策找人 from the command line (the same rules and results as the kiosk's guided flow)."""

from __future__ import annotations

import argparse
import json
import sys

from gongkai.common import add_db_option, open_db, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eligibility", help="政策找人：按回答列出可能享受的政策和补贴",
        description="按一体机“我能享受哪些政策”的问题回答，列出符合或可能符合的政策、补贴和办事指南，"
                    "每条写明原因、所需材料、办理地点和电话。回答只在本次运行中使用，不写入数据库、不记日志。"
                    "例：gongkai eligibility --answers '{\"age\":\"a80\",\"hukou\":\"rural\",\"family\":[\"lowincome\"]}'。"
                    "没写的问题按“跳过”处理（结果标“可能符合，请到窗口确认”）。",
    )
    parser.add_argument("--answers", metavar="JSON", default=None,
                        help="回答：{问题id: 答案id 或 [答案id, …]}；写 - 从标准输入读取；用 --questions 查看可用的 id")
    add_db_option(parser)
    parser.add_argument("--rules", metavar="FILE", default=None,
                        help="改用这个规则文件（先检查格式），而不是本机数据库中县里发布的规则")
    parser.add_argument("--questions", action="store_true", help="列出问题和答案 id，然后退出")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.set_defaults(func=run)


def _rules(args):
    from pathlib import Path

    from kiosk.eligibility.results import active_rules
    from kiosk.eligibility.schema import parse_rules
    from kiosk.errors import ValidationError

    if args.rules:
        try:
            return parse_rules(Path(args.rules).read_bytes())
        except OSError as exc:
            raise ValidationError(f"无法读取规则文件 {args.rules}：{exc.strerror}") from None
    rules = active_rules(open_db(args))
    if rules is None:
        raise ValidationError("本机还没有政策匹配规则（等待县里发布，或用 --rules 指定规则文件）")
    return rules


def run(args: argparse.Namespace) -> int:
    from kiosk.eligibility.results import find
    from kiosk.errors import ValidationError

    rules = _rules(args)
    if args.questions:
        listing = [{"id": q.id, "text": q.text, "kind": q.kind,
                    "options": [{"id": o.id, "label": o.label} for o in q.options]} for q in rules.questions]
        if args.json:
            print_json(listing)
        else:
            for q in listing:
                kind = "多选，写成列表" if q["kind"] == "multi" else "单选"
                print(f"{q['id']}：{q['text']}（{kind}）")
                for o in q["options"]:
                    print(f"    {o['id']}  {o['label']}")
        return 0
    if args.answers is None:
        raise ValidationError("请用 --answers 给出回答（JSON），或用 --questions 查看问题")
    raw = sys.stdin.read() if args.answers == "-" else args.answers
    try:
        answers = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"--answers 不是有效的 JSON：{exc.msg}") from None
    results = find(open_db(args), answers, rules)
    if args.json:
        print_json({"revision": rules.revision, "results": [r.to_dict() for r in results]})
        return 0
    if not results:
        print("根据您的回答，没有找到对应的政策。如有疑问，请到窗口咨询。")
        return 0
    for r in results:
        print(f"【{r.title}】{r.status_text}")
        print(f"  {r.reason}")
        if r.standard:
            print(f"  标准：{r.standard}")
        if r.materials:
            print(f"  带什么：{'、'.join(r.materials)}")
        print(f"  去哪里：{r.where}")
        if r.phone:
            print(f"  电话：{r.phone}")
        for link in r.links:
            print(f"  · {link['subtitle']}：{link['title']}")
    return 0
