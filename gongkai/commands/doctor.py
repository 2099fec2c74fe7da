"""gongkai doctor: check that this kiosk can do its job, and say how to fix what is wrong."""

from __future__ import annotations

import argparse

from gongkai.common import add_db_option, db_path, print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "doctor", help="检查本机：字体、语音、打印机、数据库、磁盘、同步和时钟",
        description="逐项检查一体机能否正常工作，并给出修复方法：中文字体（屏幕和回执）、朗读语音、"
                    "回执打印机、数据库完整性、磁盘空间、最近一次同步、系统时钟。"
                    "有任何一项“错误”时退出码为 1。",
    )
    add_db_option(parser)
    parser.add_argument("--config", metavar="PATH", default=None,
                        help="配置文件（默认：$GONGKAI_CONFIG 或 /etc/gongkai/kiosk.toml）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出检查结果")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.config import Config, load_config
    from kiosk.doctor import DoctorContext, as_dicts, has_errors, run_checks
    from kiosk.errors import ConfigError

    # A broken configuration is one of the findings, not a reason to skip the other checks.
    try:
        config, config_error = load_config(args.config), ""
    except ConfigError as exc:
        config, config_error = Config(), str(exc)
    ctx = DoctorContext(db_path=db_path(args), config=config, config_error=config_error)
    findings = run_checks(ctx)
    failed = has_errors(findings)
    if args.json:
        print_json({"ok": not failed, "checks": as_dicts(findings)})
        return 1 if failed else 0
    for f in findings:
        print(f"[{f.label}] {f.title}：{f.message}")
        if f.fix:
            print(f"       修复：{f.fix}")
    errors = sum(f.level == "error" for f in findings)
    warnings = sum(f.level == "warning" for f in findings)
    print(f"\n共 {len(findings)} 项：{errors} 项错误，{warnings} 项警告。" if errors or warnings
          else f"\n共 {len(findings)} 项，全部正常。")
    return 1 if failed else 0
