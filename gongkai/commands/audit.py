"""gongkai audit: verify the hash chain of the staff audit log; show recent entries."""

from __future__ import annotations

import argparse

from gongkai.common import add_db_option, open_db, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="审计日志：校验、查看",
                                   description="工作人员的每项操作都记入只增不改、哈希链接的审计日志。")
    commands = parser.add_subparsers(dest="audit_command", metavar="子命令", title="子命令", help="要执行的操作（加 --help 查看）")
    verify = commands.add_parser("verify", help="校验哈希链（被修改或删除时退出码为 1，并指出第一条有问题的记录）")
    add_db_option(verify)
    verify.set_defaults(func=run_verify)
    show = commands.add_parser("list", help="最近的审计记录")
    add_db_option(show)
    show.add_argument("--limit", type=int, default=30, metavar="N", help="显示最近多少条（默认 30）")
    show.add_argument("--actor", default=None, metavar="NAME", help="只看某人的操作")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(func=run_list)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def run_verify(args: argparse.Namespace) -> int:
    import sys

    from kiosk.audit import verify

    check = verify(open_db(args))
    print(check.message(), file=sys.stdout if check.ok else sys.stderr)
    return 0 if check.ok else 1


def run_list(args: argparse.Namespace) -> int:
    from kiosk.store import audit_repo

    rows = audit_repo.recent(open_db(args), args.limit, args.actor)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['id']:>6}  {row['at']}  {row['actor']:<14} {row['action']:<22} {row['detail']}")
    return 0
