"""gongkai screenshot: render one resident screen offscreen to a PNG."""

from __future__ import annotations

import argparse
import json
import os
import sys

from gongkai.common import add_db_option, db_path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "screenshot", help="把触摸界面的某一页渲染成 PNG（离屏，无需显示器）",
        description=(
            "离屏渲染一体机界面的一页并保存为 PNG。详情页自动选一条有代表性的记录。"
            "页面：home catalogue catalogue-domain catalogue-item document notices notice-list notice image "
            "subsidies subsidy-items payouts my-payouts policies policy interpretation apply status search idle staff"
        ),
    )
    parser.add_argument("page", metavar="PAGE", help="页面名，如 home、catalogue、notice、search")
    add_db_option(parser)
    parser.add_argument("--size", default="1920x1080", help="窗口尺寸 WxH（默认 1920x1080；竖屏用 1080x1920）")
    parser.add_argument("--elder", action="store_true", help="长辈模式（大字、高对比度）")
    parser.add_argument("--query", default=None,
                        help="search 的搜索词；status 的申请编号；my-payouts 的“姓名,身份证后4位”")
    parser.add_argument("--lang", default="zh", help="界面语言：zh（默认）、en、ug，或任一有翻译文件的语言代码")
    parser.add_argument("--out", default=None, help="输出的 PNG 文件（用 --check 或 --speech 时可省略）")
    parser.add_argument("--speech", default=None, metavar="FILE.txt",
                        help="把这一页「朗读」会读的文字写入 FILE.txt（第一行是页面标题）")
    parser.add_argument("--check", action="store_true",
                        help="无障碍检查：在标准输出打印 JSON 报告；发现文字被截断、触控区域过小、对比度不足"
                             "或可点元素在窗口外时退出码为 1")
    parser.set_defaults(func=run)


def _size(text: str) -> tuple[int, int]:
    from kiosk.errors import ValidationError

    try:
        width, height = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise ValidationError(f"--size 应为 宽x高，例如 1920x1080，而不是 {text}") from None
    if not (320 <= width <= 8000 and 320 <= height <= 8000):
        raise ValidationError("--size 超出范围（320–8000 像素）")
    return width, height


def run(args: argparse.Namespace) -> int:
    from kiosk.errors import StoreError, ValidationError
    from ui.shots import PAGES

    if args.page not in PAGES:
        raise ValidationError(f"未知页面：{args.page}（可选：{'、'.join(PAGES)}）")
    if not (args.out or args.check or args.speech):
        raise ValidationError("请给出 --out FILE.png、--speech FILE.txt 或 --check")
    size = _size(args.size)
    path = db_path(args)
    if not path.exists():
        raise StoreError(f"数据库不存在：{path}（先运行 gongkai demo）")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from ui.app import KioskUi, ensure_app
    from ui.screenshot import grab_window, settle
    from ui.shots import page_speech, show_page

    ensure_app(args.lang)
    ui = KioskUi(path, windowed=True, size=size)
    code = 0
    try:
        ui.window.resize(*size)
        ui.theme.elder = args.elder
        settle(30)
        show_page(ui, args.page, args.query)
        settle(150)
        if args.out:
            print(grab_window(ui.window, args.out), file=sys.stderr if args.check else sys.stdout)
        if args.speech:
            from pathlib import Path

            Path(args.speech).write_text(page_speech(ui) + "\n", encoding="utf-8")
        if args.check:
            from ui.a11y_lint import check_window

            report = check_window(ui.window, page=args.page, mode="elder" if args.elder else "normal")
            print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
            code = 0 if report.ok else 1
    finally:
        ui.close()
    return code
