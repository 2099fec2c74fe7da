"""gongkai staff: staff accounts (add, disable, enable, list, set-pin, unlock, role)."""

from __future__ import annotations

import argparse
import sys

from gongkai.common import add_db_option, open_db, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser("staff", help="工作人员账户：添加、停用、解锁、列出",
                                   description="柜台工作人员账户（办事员 clerk / 管理员 admin），登录使用6至12位数字 PIN。")
    commands = parser.add_subparsers(dest="staff_command", metavar="子命令", title="子命令", help="要执行的操作（加 --help 查看）")

    add = commands.add_parser("add", help="添加账户",
                              description="PIN 不写在命令行上：加 --pin-stdin 从标准输入读取，否则交互输入两次。")
    _common(add)
    add.add_argument("username", metavar="用户名", help="登录用的用户名")
    add.add_argument("--role", choices=("clerk", "admin"), default="clerk", help="角色（默认 clerk 办事员）")
    add.add_argument("--name", default="", metavar="姓名", help="显示的姓名")
    add.add_argument("--pin-stdin", action="store_true", help="从标准输入读取 PIN（一行）")
    add.set_defaults(func=run_add)

    for name, helptext, disabled in (("disable", "停用账户", True), ("enable", "恢复账户", False)):
        sub = commands.add_parser(name, help=helptext)
        _common(sub)
        sub.add_argument("username", metavar="用户名", help="工作人员的用户名")
        sub.set_defaults(func=run_disable, disabled=disabled)

    pin = commands.add_parser("set-pin", help="重设 PIN（同时解除锁定）")
    _common(pin)
    pin.add_argument("username", metavar="用户名", help="工作人员的用户名")
    pin.add_argument("--pin-stdin", action="store_true", help="从标准输入读取 PIN（一行）")
    pin.set_defaults(func=run_set_pin)

    unlock = commands.add_parser("unlock", help="解除 PIN 错误过多造成的锁定（PIN 不变，记入审计日志）")
    _common(unlock)
    unlock.add_argument("username", metavar="用户名", help="工作人员的用户名")
    unlock.set_defaults(func=run_unlock)

    role = commands.add_parser("role", help="更改角色（记入审计日志）")
    _common(role)
    role.add_argument("username", metavar="用户名", help="工作人员的用户名")
    role.add_argument("role", choices=("clerk", "admin"), help="新角色：clerk 办事员 / admin 管理员")
    role.set_defaults(func=run_role)

    listing = commands.add_parser("list", help="列出账户")
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(func=run_list)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    parser.add_argument("--staff", metavar="USERNAME", default=None,
                        help="以该管理员的名义操作（默认记为操作系统用户）")


def _actor(db, args):
    import getpass

    from kiosk.trust.staff import Actor, actor_for

    return actor_for(db, args.staff) if args.staff else Actor.system(getpass.getuser())


def _read_pin(from_stdin: bool) -> str:
    import getpass

    from kiosk.errors import ValidationError

    if from_stdin:
        from gongkai.common import read_stdin_line

        return read_stdin_line("PIN").strip()
    if not sys.stdin.isatty():
        raise ValidationError("没有终端可输入 PIN：请加 --pin-stdin 并从标准输入提供")
    first = getpass.getpass("PIN（6至12位数字）：")
    if getpass.getpass("再输入一次：") != first:
        raise ValidationError("两次输入的 PIN 不一致", "pin")
    return first


def run_add(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.trust.staff import add_staff, check_pin_format

    db = open_db(args, create=True)  # the first account of a new kiosk
    actor = _actor(db, args)
    pin = check_pin_format(_read_pin(args.pin_stdin))
    row = add_staff(db, SystemClock(), actor, args.username, args.name, args.role, pin)
    print(f"已添加 {row['role_label']} {row['username']}（{row['display_name']}）")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.trust.staff import set_disabled

    db = open_db(args)
    row = set_disabled(db, SystemClock(), _actor(db, args), args.username, args.disabled)
    print(f"{row['username']} 已{'停用' if row['disabled'] else '恢复'}")
    return 0


def run_role(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.trust.staff import set_role

    db = open_db(args)
    row = set_role(db, SystemClock(), _actor(db, args), args.username, args.role)
    print(f"{row['username']} 现在是{row['role_label']}")
    return 0


def run_set_pin(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.trust.staff import change_pin

    db = open_db(args)
    change_pin(db, SystemClock(), _actor(db, args), args.username, _read_pin(args.pin_stdin))
    print(f"{args.username} 的 PIN 已重设")
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    from kiosk.clock import SystemClock
    from kiosk.trust.staff import unlock

    db = open_db(args)
    if unlock(db, SystemClock(), _actor(db, args), args.username):
        print(f"{args.username} 已解锁，可以用原来的 PIN 登录")
    else:
        print(f"{args.username} 没有被锁定，未作改动")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kiosk.trust.staff import list_staff

    rows = list_staff(open_db(args))
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("还没有工作人员账户；用 gongkai staff add 用户名 --role admin 添加")
    for row in rows:
        state = "已停用" if row["disabled"] else ("锁定至 " + row["locked_until"] if row["locked_until"] else "正常")
        print(f"{row['username']:<16} {row['role_label']:<4} {row['display_name']:<10} {state}")
    return 0
