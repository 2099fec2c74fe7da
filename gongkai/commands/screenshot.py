"""gongkai screenshot: render one resident screen offscreen to a PNG."""

from __future__ import annotations

import argparse
import os

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
    parser.add_argument("--lang", default="zh", help="界面语言：zh（默认）或 en")
    parser.add_argument("--out", required=True, help="输出的 PNG 文件")
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
    size = _size(args.size)
    path = db_path(args)
    if not path.exists():
        raise StoreError(f"数据库不存在：{path}（先运行 gongkai demo）")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from ui.app import KioskUi, ensure_app
    from ui.screenshot import grab_window, settle
    from ui.shots import show_page

    ensure_app(args.lang)
    ui = KioskUi(path, windowed=True, size=size)
    try:
        ui.window.resize(*size)
        ui.theme.elder = args.elder
        settle(30)
        show_page(ui, args.page, args.query)
        settle(150)
        out = grab_window(ui.window, args.out)
    finally:
        ui.close()
    print(out)
    return 0
