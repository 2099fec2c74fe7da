"""gongkai recover: after a damaged database, make a fresh one and bring back what was salvaged."""

from __future__ import annotations

import argparse
from pathlib import Path

from gongkai.common import add_db_option, db_path, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "recover", help="数据库损坏后：新建数据库并导入找回的待上传记录和编号计数",
        description="数据库损坏、被截断或被其他文件替换时使用。损坏的文件先改名保存（不删除、不改写），"
                    "从中找回所有待上传的记录（申请、事件、评价、留言、意见等）和申请编号计数，写入恢复文件；"
                    "然后新建数据库并导入恢复文件"
                    "（以及同一目录下尚未导入的恢复文件）。申请编号从本机记录和县级服务器告知的最大编号之后继续，"
                    "不会重复。完成后运行 gongkai sync 重新下载公开内容。",
    )
    add_db_option(parser)
    parser.add_argument("--from", dest="from_file", metavar="FILE", type=Path, default=None,
                        help="只导入这个恢复文件（默认：数据库旁所有尚未导入的 *.recovery-*.json）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.errors import DatabaseUnusable, StoreError
    from kiosk.store import health, open_store, outbox_repo, refuse_unusable, salvage
    from sync import upward

    path = db_path(args)
    found = health.examine(path)
    moved = ""
    if found.state == health.NEWER:
        refuse_unusable(path, found)
    if found.state in (health.DAMAGED, health.FOREIGN):
        body = salvage.salvage(path) if found.state == health.DAMAGED else {
            "format": salvage.RECOVERY_FORMAT, "source": str(path), "counters": {}, "outbox": [], "tables": [],
            "unread": []}
        moved = str(salvage.set_aside(path))
        salvage.write_recovery(path, body)
    files = [args.from_file] if args.from_file else salvage.pending_recoveries(path)
    bodies = [(f, salvage.read_recovery(f)) for f in files]
    try:
        db = open_store(path, allow_pending_recovery=True)
    except DatabaseUnusable as exc:
        raise StoreError(str(exc)) from None
    totals = {"records": 0, "requests": 0, "events": 0, "skipped": 0, "counters": 0}
    try:
        for file, body in bodies:
            got = salvage.import_recovery(db, body)
            for key in totals:
                totals[key] += got[key]
            if file.name.endswith(".json") and not args.from_file:
                salvage.mark_imported(file)
        pending = db.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
        by_kind = outbox_repo.pending_counts(db)["by_kind"]
    finally:
        db.close()
    result = {"db": str(path), "set_aside": moved, "files": [str(f) for f in files], **totals,
              "pending_outbox": pending, "pending_by_kind": by_kind}
    if args.json:
        print_json(result)
        return 0
    if moved:
        print(f"原数据库（{found.reason}）已改名保存为 {moved}")
    print(f"数据库 {path} 可以使用：从 {len(files)} 个恢复文件导入 {totals['records']} 条记录"
          f"（其中 {totals['requests']} 件申请、{totals['events']} 条事件）、{totals['counters']} 个编号计数；"
          f"{pending} 条记录等待上传{'：' + upward.summary(by_kind) if pending else ''}。")
    if totals["skipped"]:
        print(f"注意：{totals['skipped']} 条记录无法导入（本机数据库没有它的表或它所指的记录），仍保存在恢复文件中。")
    print("下一步：运行 gongkai sync 重新下载公开内容。")
    return 0
