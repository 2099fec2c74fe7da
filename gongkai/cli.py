"""`gongkai` and its subcommands.

Each module in gongkai/commands defines `register(subparsers)` and is found automatically, so
a new capability adds a module rather than editing this file. Command modules keep heavy
imports inside their functions: `gongkai --help` must stay instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from kiosk import __version__
from kiosk.errors import KioskError, ValidationError

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
EXIT_INTERNAL = 70  # EX_SOFTWARE (sysexits.h): a bug, never bad input


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gongkai",
        description="公开一体机（Gongkai Kiosk）：乡镇政务公开专区的触摸查询、依申请公开登记与夜间同步。",
        epilog="每个命令都可加 --help 查看说明。例如：gongkai demo --help",
    )
    parser.add_argument("--version", action="version", version=f"gongkai {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="命令", title="命令", help="要执行的命令")
    from gongkai import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"gongkai.commands.{info.name}").register(subparsers)
    _describe_from_help(parser)
    return parser


def _describe_from_help(parser: argparse.ArgumentParser) -> None:
    """A subcommand registered with only a one-line help= shows that line on its own --help page too."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                if not sub.description and helps.get(name):
                    sub.description = helps[name]
                _describe_from_help(sub)


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand. No traceback ever reaches the user: bad input is a message and exit 2,
    a refusal or failure the project foresaw is a message and exit 1, and anything else is a bug:
    an internal error with a log file holding the traceback, exit 70."""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return EXIT_OK
        code = _run(args)
        sys.stdout.flush()  # a reader that left early shows here, not as "Exception ignored" at exit
        return code
    except BrokenPipeError:
        return _quiet_broken_pipe()


def _run(args: argparse.Namespace) -> int:
    try:
        return args.func(args) or EXIT_OK
    except ValidationError as exc:  # only the project's own checks call input bad
        print(f"输入有误：{exc}", file=sys.stderr)
        return EXIT_INVALID
    except KioskError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise
    except OSError as exc:  # the machine's files: a full disk, a missing or unreadable path
        if os.environ.get("GONGKAI_DEBUG"):
            raise
        where = f"：{exc.filename}" if exc.filename else ""
        print(f"错误：文件读写失败{where}（{exc.strerror or type(exc).__name__}）", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - a bug: say so, keep the traceback for whoever fixes it
        if os.environ.get("GONGKAI_DEBUG"):
            raise
        return _internal_error(args, exc)


def _internal_error(args: argparse.Namespace, exc: BaseException) -> int:
    """An exception no check foresaw: the traceback goes to a log file, the user gets its path and ID."""
    from gongkai.crash_log import write_crash_log

    incident, path = write_crash_log(exc, command=getattr(args, "command", None))
    where = f"详情已写入 {path}" if path else "详情无法写入日志文件"
    print(f"内部错误：程序出现意外问题（{type(exc).__name__}），这不是输入的问题。{where}，"
          f"编号 {incident}；请把编号和该文件交给技术支持。", file=sys.stderr)
    return EXIT_INTERNAL


def _quiet_broken_pipe() -> int:
    """The reader went away (`gongkai clean FILE | head`): stop quietly, as other Unix tools do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a tool killed by the closed pipe
