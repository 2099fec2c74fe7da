"""gongkai voice: the resident's voice (issue 26) from the command line.

County side (--root REPO_DIR): ratings (list, CSV export, yearly counts), a 差评's follow-up, questions
(list, CSV export), an answer, publishing an answer as a 简明问答; drafts (with the overdue flag), their
comments (list, CSV export), a comment's adoption decision, publishing a draft's 采纳情况. Kiosk side (--db): the counter's
现场咨询解答 log and this kiosk's rating counts."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from gongkai.common import add_db_option, open_db, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "voice", help="好差评、留言与简明问答：列出、导出、答复、整改、发布",
        description="县级（--root）：ratings 列出或导出评价并统计；followup 登记差评整改；questions 列出或导出留言；"
                    "answer 答复留言；publish-faq 把答复写入乡镇源文件夹，下次 gongkai publish 发到各一体机。"
                    "一体机（--db）：counter-log 现场咨询解答台账（按类别统计）；kiosk-ratings 本机评价统计。",
    )
    sub = parser.add_subparsers(dest="action", metavar="操作", required=True, help="要执行的操作（加 --help 查看）")
    ratings = sub.add_parser("ratings", help="列出评价（按乡镇和服务统计，差评及整改状态）")
    _county(ratings)
    ratings.add_argument("--township", default="", help="只看一个乡镇")
    ratings.add_argument("--year", type=int, default=None, help="该年度各等级数量（年报用）")
    ratings.add_argument("--csv", type=Path, default=None, metavar="FILE", help="导出全部评价到 CSV")
    ratings.add_argument("--json", action="store_true", help="以 JSON 输出")
    follow = sub.add_parser("followup", help="登记差评的整改状态")
    follow.add_argument("ref", help="评价编号")
    _county(follow)
    follow.add_argument("--status", required=True, help="待整改 / 整改中 / 已整改")
    follow.add_argument("--note", default="", help="整改情况")
    follow.add_argument("--actor", default="县级政务公开办", help="经办人或单位")
    asked = sub.add_parser("questions", help="列出留言和现场咨询（含答复和发布状态）")
    _county(asked)
    asked.add_argument("--township", default="", help="只看一个乡镇")
    asked.add_argument("--csv", type=Path, default=None, metavar="FILE", help="导出到 CSV（含回电号码，仅限内部使用）")
    asked.add_argument("--json", action="store_true", help="以 JSON 输出")
    answer = sub.add_parser("answer", help="答复一条留言")
    answer.add_argument("ref", help="留言编号")
    answer.add_argument("text", help="答复内容（不能含身份证号码或电话号码）")
    _county(answer)
    answer.add_argument("--actor", default="县级政务公开办", help="经办人或单位")
    faq = sub.add_parser("publish-faq", help="把已答复的留言发布为简明问答（写入乡镇源文件夹 faq/）")
    faq.add_argument("ref", help="留言编号")
    _county(faq)
    faq.add_argument("--sources", type=Path, required=True, metavar="DIR", help="各乡镇源文件夹所在目录")
    faq.add_argument("--question", default="", help="公开的问题措辞（默认用群众原话）")
    drafts = sub.add_parser("drafts", help="列出一个乡镇的征求意见稿（截止一个月未公布采纳情况的标出）")
    _county(drafts)
    drafts.add_argument("--sources", type=Path, required=True, metavar="DIR", help="各乡镇源文件夹所在目录")
    drafts.add_argument("--township", required=True, help="乡镇代码")
    drafts.add_argument("--json", action="store_true", help="以 JSON 输出")
    comments = sub.add_parser("comments", help="列出或导出草案意见（含姓名电话，仅限内部使用）")
    _county(comments)
    comments.add_argument("--township", default="", help="只看一个乡镇")
    comments.add_argument("--draft", type=int, default=None, help="只看一份草案（编号）")
    comments.add_argument("--csv", type=Path, default=None, metavar="FILE", help="导出到 CSV")
    comments.add_argument("--json", action="store_true", help="以 JSON 输出")
    decide = sub.add_parser("decide", help="标明一条草案意见的采纳情况")
    decide.add_argument("ref", help="意见编号")
    _county(decide)
    decide.add_argument("--decision", required=True, help="采纳 / 部分采纳 / 未采纳")
    decide.add_argument("--reason", default="", help="理由（部分采纳、未采纳必填；会公开）")
    decide.add_argument("--actor", default="县级政务公开办", help="经办人或单位")
    adoption = sub.add_parser("publish-adoption", help="发布一份草案的意见采纳情况（写入源文件夹 drafts/）")
    _county(adoption)
    adoption.add_argument("--sources", type=Path, required=True, metavar="DIR", help="各乡镇源文件夹所在目录")
    adoption.add_argument("--township", required=True, help="乡镇代码")
    adoption.add_argument("--draft", type=int, required=True, help="草案编号（gongkai voice drafts 列出）")
    log = sub.add_parser("counter-log", help="本机现场咨询解答台账（按类别统计）")
    add_db_option(log)
    log.add_argument("--year", type=int, required=True, help="年度")
    log.add_argument("--json", action="store_true", help="以 JSON 输出")
    mine = sub.add_parser("kiosk-ratings", help="本机评价统计")
    add_db_option(mine)
    mine.add_argument("--year", type=int, default=None, help="年度")
    mine.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.set_defaults(func=run)


def _county(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, required=True, metavar="REPO_DIR", help="县级数据目录")
    parser.add_argument("--db-url", default=None, metavar="URL", help="县级数据库（默认 REPO_DIR/county/county.db）")


def run(args: argparse.Namespace) -> int:
    if args.action in ("counter-log", "kiosk-ratings"):
        return _kiosk(args)
    import county
    from county import drafts as county_drafts
    from county import feedback
    from kiosk.clock import SystemClock

    store = county.open_county_db(args.root, args.db_url)
    try:
        if args.action == "ratings":
            return _ratings(args, feedback.ratings(store, args.township))
        if args.action == "followup":
            feedback.set_followup(store, SystemClock(), args.ref, args.status, args.note, args.actor)
            print(f"已登记整改状态：{args.status}")
        elif args.action == "questions":
            return _questions(args, feedback.questions(store, args.township))
        elif args.action == "answer":
            feedback.answer(store, SystemClock(), args.ref, args.text, args.actor)
            print("已答复；可用 gongkai voice publish-faq 发布为简明问答")
        elif args.action == "drafts":
            from kiosk.clock import today

            listed = county_drafts.drafts(args.sources, args.township, today(SystemClock()))
            if args.json:
                print_json(listed)
            for d in [] if args.json else listed:
                state = ("已公布采纳情况" if d["adoption_published"] else
                         "逾期未公布采纳情况" if d["overdue"] else "待公布采纳情况" if d["closed"] else "征求意见中")
                print(f"{d['id']}  {d['title']}  {d['opens_on']}至{d['closes_on']}  [{state}]")
        elif args.action == "comments":
            items = county_drafts.comments(store, args.township, args.draft)
            if args.csv:
                _write_csv(args.csv, items, {"ref": "编号", "township": "乡镇", "draft_id": "草案编号",
                                             "draft_title": "草案", "commented_at": "时间", "text": "意见",
                                             "name": "姓名", "phone": "电话", "decision": "采纳情况", "reason": "理由"})
            elif args.json:
                print_json(items)
            else:
                for c in items:
                    print(f"{c['ref']}  {c['commented_at'][:10]} 《{c['draft_title']}》 [{c['decision'] or '未标明'}] "
                          f"{c['text']}")
        elif args.action == "decide":
            county_drafts.decide(store, SystemClock(), args.ref, args.decision, args.reason, args.actor)
            print(f"已标明：{args.decision}")
        elif args.action == "publish-adoption":
            path = county_drafts.publish_adoption(store, SystemClock(), args.sources, args.township, args.draft)
            print(f"已写入 {path}；下次 gongkai publish 后各一体机在草案旁显示")
        elif args.action == "publish-faq":
            path = feedback.publish_faq(store, SystemClock(), args.sources, args.ref, args.question)
            print(f"已写入 {path}；下次 gongkai publish 后各一体机收到")
        return 0
    finally:
        store.close()


def _write_csv(path: Path, rows: list[dict], columns: dict[str, str]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(columns.values())
        out.writerows([[r.get(k, "") for k in columns] for r in rows])
    print(f"已导出 {len(rows)} 条到 {path}", file=sys.stderr)


def _ratings(args: argparse.Namespace, items: list[dict]) -> int:
    from county import feedback

    if args.csv:
        _write_csv(args.csv, items, {"ref": "评价编号", "township": "乡镇", "kiosk_id": "一体机", "rated_at": "时间",
                                     "service": "服务", "channel": "渠道", "level": "评价", "reason": "原因",
                                     "request_number": "申请编号", "followup": "整改状态", "note": "整改情况"})
        return 0
    if args.year:
        counts = feedback.year_counts(items, args.year)
        if args.json:
            print_json(counts)
        else:
            print(f"{args.year} 年好差评：" + "，".join(f"{k} {v}" for k, v in counts.items()))
        return 0
    rows = feedback.by_service(items)
    if args.json:
        print_json({"by_service": rows, "bad": [r for r in items if r["bad"]]})
        return 0
    from kiosk.feedback.ratings import LEVELS

    print("乡镇\t服务\t" + "\t".join(label for _, label in LEVELS) + "\t合计\t待整改")
    for r in rows:
        print("\t".join([r["township"], r["service"], *map(str, r["levels"]), str(r["total"]), str(r["open"])]))
    for r in items:
        if r["bad"]:
            print(f"差评 {r['ref']}  {r['rated_at'][:10]} {r['township']} {r['service']} {r['level']}："
                  f"{r['reason']}  [{r['followup']}] {r['note']}")
    return 0


def _questions(args: argparse.Namespace, items: list[dict]) -> int:
    if args.csv:
        _write_csv(args.csv, items, {"ref": "编号", "township": "乡镇", "kiosk_id": "一体机", "asked_at": "时间",
                                     "channel": "渠道", "topic": "类别", "text": "问题", "phone": "回电号码",
                                     "counter_answer": "现场解答", "answer": "县级答复", "published_as": "简明问答"})
        return 0
    if args.json:
        print_json(items)
        return 0
    for q in items:
        state = "已发布" if q["published_as"] else ("已答复" if q["answer"] else "待答复")
        print(f"{q['ref']}  {q['asked_at'][:10]} {q['township']} {q['channel']}·{q['topic']}  [{state}]  {q['text']}")
    return 0


def _kiosk(args: argparse.Namespace) -> int:
    from kiosk.feedback import questions, ratings

    db = open_db(args)
    if args.action == "counter-log":
        counts = questions.consultation_log(db, args.year)
        if args.json:
            print_json(counts)
        else:
            print(f"{args.year} 年现场咨询解答 {sum(counts.values())} 次：" +
                  "，".join(f"{k} {v}" for k, v in counts.items() if v))
        return 0
    counts = {label: ratings.counts(db, args.year)[score] for score, label in ratings.LEVELS}
    if args.json:
        print_json(counts)
    else:
        print("本机好差评：" + "，".join(f"{k} {v}" for k, v in counts.items()))
    return 0
