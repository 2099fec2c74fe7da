"""Finding and registering the CJK font that receipts embed.

reportlab embeds TrueType-outline fonts only: every Noto Sans CJK file is CFF and is refused
("postscript outlines are not supported"), and the built-in STSong-Light CID font is not
embedded, so printers and viewers without it lose the text (shared/TECH.md §4). WenQuanYi Micro
Hei (fonts-wqy-microhei) is the font of choice; a few other glyf-outline CJK fonts are fallbacks.
"""

from __future__ import annotations

import os
import subprocess
from functools import lru_cache
from pathlib import Path

from kiosk.errors import FontMissing

FONT_NAME = "GongkaiCJK"

# Tried in order; the first one reportlab accepts wins.
KNOWN_FONT_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
FONTCONFIG_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN")
FONT_ENV = "GONGKAI_RECEIPT_FONT"  # an explicit .ttf/.ttc path overrides the search


def _fontconfig_candidates() -> list[str]:
    found: list[str] = []
    for family in FONTCONFIG_FAMILIES:
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{family}\t%{file}", family],
                capture_output=True, text=True, timeout=10, check=False,
            ).stdout
        except (OSError, subprocess.TimeoutExpired):
            return found  # no fontconfig tools: the known paths still apply
        matched_family, _, path = out.partition("\t")
        # fc-match always answers with *something*; only an exact family match counts.
        if family.lower() in matched_family.lower() and path:
            found.append(path)
    return found


def _loads(path: str):
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        return TTFont(FONT_NAME, path, subfontIndex=0)
    except (TTFError, OSError, ValueError):
        return None


def candidate_font_files() -> list[str]:
    explicit = os.environ.get(FONT_ENV)
    candidates = [explicit] if explicit else []
    candidates += [p for p in KNOWN_FONT_FILES if Path(p).is_file()]
    candidates += _fontconfig_candidates()
    seen: set[str] = set()
    return [c for c in candidates if not (c in seen or seen.add(c))]


def find_font():
    """The first candidate reportlab can embed, as a loaded TTFont; raises FontMissing."""
    tried = candidate_font_files()
    for path in tried:
        font = _loads(path)
        if font is not None:
            return font
    raise FontMissing(
        "找不到可嵌入回执的中文字体（需要 TrueType 轮廓字体，例如安装 fonts-wqy-microhei；"
        f"也可用环境变量 {FONT_ENV} 指定字体文件）。已尝试：{'、'.join(tried) or '无'}"
    )


@lru_cache(maxsize=1)
def register_cjk_font() -> str:
    """Register the receipt font with reportlab once per process and return its file path."""
    from reportlab.pdfbase import pdfmetrics

    font = find_font()
    pdfmetrics.registerFont(font)
    return font.face.filename
