"""gongkai import: policy texts, payout rosters and the standard catalogue; review of flagged texts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gongkai.common import add_db_option, open_db, print_json

DEFAULT_ACTOR = "命令行导入"


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="以 JSON 对象输出结果")
    parser.add_argument("--by", default=DEFAULT_ACTOR, metavar="NAME", help=f"操作人，记入审计日志（默认“{DEFAULT_ACTOR}”）")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import", help="导入政策文件、补贴发放名单、标准目录；审核被标记的文件",
        description="把县里收集的内容导入本机：从网站复制的政策文件及解读（自动清理），"
                    "补贴发放名单和标准目录（.xlsx 或 .csv，按表头名称识别列）。表格有错误行时整个文件都不导入，"
                    "除非加 --skip-bad。",
    )
    parser.set_defaults(func=lambda _args: parser.print_help() or 0)
    sub = parser.add_subparsers(dest="what", metavar="内容", title="内容", help="要导入的内容")

    policy = sub.add_parser(
        "policy", help="导入政策文件或政策解读（文本或网页）",
        description="清理并导入政策文件。标题、日期和文号尽量从文本中识别；解读会按正文提到的《文件名》"
                    "关联到已导入的文件，或用 --interprets 指定。被标记了疑似广告的文件进入待审核，"
                    "居民看不到，直到工作人员用 gongkai import accept 确认。",
    )
    policy.add_argument("files", nargs="+", type=Path, metavar="FILE", help="文本（.txt）或网页（.html）文件，可多个")
    policy.add_argument("--title", help="标题（只导入一个文件时可用；默认从文件中识别）")
    policy.add_argument("--date", help="发布日期，如 2021-05-08（默认从文件中识别）")
    policy.add_argument("--interprets", type=int, metavar="ID", help="这些文件是对编号为 ID 的政策文件的解读")
    policy.add_argument("--replace", action="store_true", help="同名同日期的文件已导入时，用新文本替换它")
    _common(policy)
    policy.set_defaults(func=run_policy)

    for name, label, runner in (("roster", "补贴发放名单", run_roster), ("catalogue", "标准目录", run_catalogue)):
        table = sub.add_parser(
            name, help=f"导入{label}（.xlsx 或 .csv）",
            description=f"导入{label}。按表头名称识别列，多余的列忽略，缺少必需的列会报错。每一行都检查，"
                        "有错误的行逐行列出行号和原因；有错误时整个文件都不导入，除非加 --skip-bad。"
                        + ("身份证号只保留后四位。同一村、同一项目、同一期的名单重新导入时替换旧的。" if name == "roster"
                           else "已有的事项（领域、一级事项、二级事项都相同）会被更新。"),
        )
        table.add_argument("file", type=Path, metavar="FILE", help=".xlsx 或 .csv 文件")
        table.add_argument("--skip-bad", action="store_true", help="跳过有错误的行，只导入正确的行")
        if name == "catalogue":
            table.add_argument("--domain", metavar="领域", help="表格没有“领域”列时（一个领域一张表），所有事项归入这个领域")
        _common(table)
        table.set_defaults(func=runner)

    pending = sub.add_parser("pending", help="列出待审核的政策文件",
                             description="列出因被标记（疑似广告、可疑链接、外文词）而暂不公开的政策文件，以及被标记的内容。")
    add_db_option(pending)
    pending.add_argument("--json", action="store_true", help="以 JSON 数组输出")
    pending.set_defaults(func=run_pending)

    accept = sub.add_parser("accept", help="审核通过一个待审核的政策文件",
                            description="工作人员核对过标记的内容后，发布这个文件（按清理后的文本），居民即可看到。")
    accept.add_argument("policy_id", type=int, metavar="POLICY_ID", help="政策文件编号（见 gongkai import pending）")
    _common(accept)
    accept.set_defaults(func=run_accept)


def _clock():
    from kiosk.clock import SystemClock

    return SystemClock()


def run_policy(args: argparse.Namespace) -> int:
    from kiosk.errors import ValidationError
    from kiosk.imports.policy import read_policy, save_policies

    if args.title and len(args.files) > 1:
        raise ValidationError("--title 只能在导入一个文件时使用")
    kind = "interpretation" if args.interprets is not None else None
    drafts = [read_policy(f, title=args.title, published_on=args.date, kind=kind) for f in args.files]
    db = open_db(args, create=True)
    saved = save_policies(db, drafts, clock=_clock(), actor=args.by, interprets_id=args.interprets,
                          replace=args.replace)
    if args.json:
        print_json([s.to_dict() for s in saved])
        return 0
    for s in saved:
        kind_text = "政策解读" if s.kind == "interpretation" else "政策文件"
        state = "待审核（居民暂时看不到）" if s.status == "review" else "已发布"
        link = f"，解读编号 {s.interprets_id} 的文件" if s.interprets_id else ""
        verb = "已替换" if s.replaced else "已导入"
        print(f"{verb}{kind_text} 编号 {s.id}《{s.title}》{s.published_on}，{s.headings} 个标题{link}：{state}")
        for flag in s.flags:
            action = "已删除" if flag["action"] == "removed" else "已保留"
            print(f"  需核对（{action}）：{flag['text']}：{flag['reason']}；上下文：{flag['context']}")
        for warning in s.warnings:
            print(f"  注意：{warning}", file=sys.stderr)
    if any(s.status == "review" for s in saved):
        print("核对后用 gongkai import accept 编号 发布。")
    return 0


def _print_report(report, label: str, json_out: bool) -> None:
    if json_out:
        print_json(report.to_dict())
        return
    parts = [f"导入 {report.imported} 行"]
    if report.updated:
        parts.append(f"更新 {report.updated} 项")
    if report.replaced:
        parts.append(f"替换旧记录 {report.replaced} 条")
    created = {"subsidy_items": "新增补贴项目", "catalogue_domains": "新增领域"}
    parts += [f"{created.get(k, k)} {n} 个" for k, n in report.created.items()]
    print(f"{label} {report.file}：" + "，".join(parts))
    if report.skipped:
        print(f"跳过 {len(report.skipped)} 行有错误的数据：", file=sys.stderr)
        for error in report.skipped:
            print(f"  {error}", file=sys.stderr)


def _rejected_as_json(args: argparse.Namespace, do_import) -> int | None:
    """With --json, a refused file is reported as JSON too (exit 2); otherwise the error propagates."""
    from kiosk.errors import RowsRejected

    try:
        return do_import()
    except RowsRejected as exc:
        if not args.json:
            raise
        print_json({"file": args.file.name, "imported": 0, "good_rows": exc.good,
                    "errors": [e.to_dict() for e in exc.errors]})
        print(str(exc), file=sys.stderr)
        return 2


def run_roster(args: argparse.Namespace) -> int:
    from kiosk.clock import today
    from kiosk.imports.roster import import_roster

    def do_import() -> int:
        clock = _clock()
        report = import_roster(open_db(args, create=True), args.file, clock=clock, actor=args.by, skip_bad=args.skip_bad,
                               today=today(clock))
        _print_report(report, "补贴发放名单", args.json)
        return 0
    return _rejected_as_json(args, do_import)


def run_catalogue(args: argparse.Namespace) -> int:
    from kiosk.imports.catalogue import import_catalogue

    def do_import() -> int:
        report = import_catalogue(open_db(args, create=True), args.file, clock=_clock(), actor=args.by, skip_bad=args.skip_bad,
                                  domain=args.domain)
        _print_report(report, "标准目录", args.json)
        return 0
    return _rejected_as_json(args, do_import)


def run_pending(args: argparse.Namespace) -> int:
    from kiosk.imports.policy import pending

    rows = pending(open_db(args, create=True))
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("没有待审核的政策文件。")
        return 0
    for row in rows:
        print(f"编号 {row['id']}《{row['title']}》{row['published_on']}：{len(row['flags'])} 处需核对")
        for flag in row["flags"]:
            action = "已删除" if flag["action"] == "removed" else "已保留"
            print(f"  （{action}）{flag['text']}：{flag['reason']}；上下文：{flag['context']}")
    return 0


def run_accept(args: argparse.Namespace) -> int:
    from kiosk.imports.policy import accept_policy

    summary = accept_policy(open_db(args, create=True), args.policy_id, clock=_clock(), actor=args.by)
    if args.json:
        print_json(summary)
    else:
        print(f"已发布编号 {summary['id']}《{summary['title']}》。")
    return 0
