"""gongkai clean: show what a scraped text looks like after cleaning."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gongkai.common import print_json

KIND_LABELS = {
    "html": "网页标记", "segmentation_marks": "分词标记@@", "pinyin_readings": "拼音注音",
    "traditional_chars": "繁体字", "footer_lines": "编辑/来源行", "spam": "疑似广告",
    "punctuation": "标点全半角", "whitespace": "空白", "headings_split": "标题另起一行",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "clean", help="清理从网上复制的文件文本（繁体、拼音、@@、广告、网页标记）",
        description="读入一个文本或网页文件，输出清理后的简体中文：去掉拼音注音、分词标记、编辑和来源行、网页标记，"
                    "繁体转简体，统一全半角标点，标题各占一行。疑似植入的博彩广告和未知网站链接会被删除并标记出来。"
                    "只显示结果，不写入数据库。",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="要清理的文本或 HTML 文件（- 表示标准输入）")
    parser.add_argument("--json", action="store_true",
                        help="输出一个 JSON 对象：text（清理后的正文）、changes（各类改动的次数）、flags（需要人工核对的地方）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.cleaning import clean_text
    from kiosk.errors import ValidationError
    from kiosk.imports.policy import read_text_file

    if str(args.file) == "-":
        from gongkai.common import read_stdin_text

        raw = read_stdin_text()
    else:
        try:
            raw = read_text_file(args.file)
        except OSError as exc:
            raise ValidationError(f"无法读取 {args.file}（{exc.strerror}）") from exc
    result = clean_text(raw)
    if args.json:
        print_json(result.to_dict())
        return 0
    print(result.text)
    summary = "，".join(f"{KIND_LABELS.get(k, k)} {n} 处" for k, n in result.changes.items()) or "无改动"
    print(f"\n—— 清理：{summary}", file=sys.stderr)
    for flag in result.flags:
        action = "已删除" if flag.action == "removed" else "已保留"
        print(f"—— 需核对（{action}）：{flag.text}：{flag.reason}；上下文：{flag.context}", file=sys.stderr)
    return 0
