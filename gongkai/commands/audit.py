"""gongkai audit: verify the hash chain of the staff audit log; show recent entries."""

from __future__ import annotations

import argparse

from gongkai.common import add_db_option, open_db, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="审计日志：校验、查看",
                                   description="工作人员的每项操作都记入只增不改、哈希链接的审计日志。")
    commands = parser.add_subparsers(dest="audit_command", metavar="子命令", title="子命令", help="要执行的操作（加 --help 查看）")
    verify = commands.add_parser(
        "verify", help="校验哈希链和本机密钥的签名（被修改、删除、截断时退出码为 1，并指出第一条有问题的记录）",
        description="校验审计日志：哈希链、每条记录的本机密钥签名（kiosk_key，环境变量 GONGKAI_KIOSK_KEY），"
                    "本机密钥旁记录的最新日志头，以及申请和工作人员账户是否与其最后一条审计记录相符。"
                    "给出 --head（县级服务器从心跳中收到的 audit_head）时，也校验日志没有被截断或清空。")
    add_db_option(verify)
    verify.add_argument("--head", default=None, metavar="HASH",
                        help="县级记录的最新审计日志头（64位十六进制，可写作 编号:哈希）")
    verify.add_argument("--public-key", default=None, metavar="BASE64",
                        help="用这个本机公钥校验签名（在别的电脑上校验拷出的数据库时使用）")
    verify.set_defaults(func=run_verify)
    head = commands.add_parser("head", help="打印最新审计日志头（心跳中发给县级的 audit_head）")
    add_db_option(head)
    head.set_defaults(func=run_head)
    show = commands.add_parser("list", help="最近的审计记录")
    add_db_option(show)
    show.add_argument("--limit", type=int, default=30, metavar="N", help="显示最近多少条（默认 30）")
    show.add_argument("--actor", default=None, metavar="NAME", help="只看某人的操作")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(func=run_list)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def run_verify(args: argparse.Namespace) -> int:
    import sys

    from kiosk.trust.audit import verify

    key = True
    if args.public_key:
        from kiosk.trust.kiosk_key import verify_key_from

        key = verify_key_from(args.public_key)
    check = verify(open_db(args), key=key, head=args.head)
    print(check.message(), file=sys.stdout if check.ok else sys.stderr)
    return 0 if check.ok else 1


def run_head(args: argparse.Namespace) -> int:
    from kiosk.trust.audit import head_hash

    print(head_hash(open_db(args)) or "（审计日志为空）")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kiosk.store import audit_repo

    rows = audit_repo.recent(open_db(args), args.limit, args.actor)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(f"{row['id']:>6}  {row['at']}  {row['actor']:<14} {row['action']:<22} {row['detail']}")
    return 0
