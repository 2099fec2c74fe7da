"""Finding and registering the CJK font that receipts embed.

reportlab embeds TrueType-outline fonts only: every Noto Sans CJK file is CFF and is refused
("postscript outlines are not supported"), and the built-in STSong-Light CID font is not
embedded, so printers and viewers without it lose the text (shared/TECH.md §4). WenQuanYi Micro
Hei (fonts-wqy-microhei) is the font of choice; a few other glyf-outline CJK fonts are fallbacks.
"""

from __future__ import annotations

import os
import subprocess
import unicodedata
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


# --- per-character fallback: names with rare characters print as typed (issue 25) ---------------
# The receipt font (WenQuanYi) covers the common hanzi only. Hanazono Mincho (fonts-hanazono, TrueType
# outlines, so reportlab embeds it) covers CJK Extension A in HanaMinA and Extensions B-F in HanaMinB:
# the 生僻字 of real names (𠀀, 𡒄, 𬌗). Each character is drawn in the first font that has it.
FALLBACK_FONT_FILES = (
    ("GongkaiCJK-A", "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),
    ("GongkaiCJK-B", "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),
)
FALLBACK_ENV = "GONGKAI_FALLBACK_FONTS"  # os.pathsep-separated .ttf paths instead of the two above


def _to_unicode_cmap(fontname, subset):
    """reportlab's ToUnicode CMap with characters beyond U+FFFF written as UTF-16 surrogate pairs.

    reportlab 4/5 writes them as "<2C317>", which PDF readers cut to U+2C31: the receipt showed 𬌗
    but copying or searching it (and pdftotext) gave "ⰱ". The PDF spec wants UTF-16BE here."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper() if code > 0xFFFF else f"{code:04X}"

    text = _original_to_unicode_cmap(fontname, subset)
    head, _, _ = text.partition("beginbfchar")
    start = head.rsplit("\n", 1)[0]
    chars = "\n".join(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset))
    return (f"{start}\n{len(subset)} beginbfchar\n{chars}\nendbfchar\nendcmap\n"
            "CMapName currentdict /CMap defineresource pop\nend\nend")


def _patch_to_unicode() -> None:
    global _original_to_unicode_cmap
    from reportlab.pdfbase import ttfonts

    if ttfonts.makeToUnicodeCMap is not _to_unicode_cmap:
        _original_to_unicode_cmap = ttfonts.makeToUnicodeCMap
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


_original_to_unicode_cmap = None


@lru_cache(maxsize=1)
def _fonts() -> tuple[tuple[str, frozenset | dict], ...]:
    """(registered name, its character map) of the receipt font, then of each fallback that loads."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    register_cjk_font()
    _patch_to_unicode()
    found = [(FONT_NAME, pdfmetrics.getFont(FONT_NAME).face.charToGlyph)]
    explicit = os.environ.get(FALLBACK_ENV)
    files = ([(f"GongkaiCJK-F{n}", p) for n, p in enumerate(explicit.split(os.pathsep)) if p] if explicit
             else list(FALLBACK_FONT_FILES))
    for name, path in files:
        if not Path(path).is_file():
            continue
        try:
            font = TTFont(name, path)
        except (TTFError, OSError, ValueError):
            continue
        pdfmetrics.registerFont(font)
        found.append((name, font.face.charToGlyph))
    return tuple(found)


def _printable_anyway(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Mn", "Me")


def font_for(ch: str) -> str | None:
    """The registered font that draws `ch`; None when no installed font has it."""
    code = ord(ch)
    for name, cmap in _fonts():
        if code in cmap:
            return name
    return FONT_NAME if _printable_anyway(ch) else None


# Printed where a character no installed font has would otherwise print as nothing (a Uyghur name left
# the 申请人 line blank): flagged, never dropped. Callers name the characters (`unprintable`).
MISSING_MARK = "□"


def font_runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (font name, run) pieces; a character no font has prints as MISSING_MARK."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        name = font_for(ch)
        if name is None:
            ch, name = MISSING_MARK, FONT_NAME
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    return runs


def unprintable(text: str) -> list[str]:
    """The characters of `text` that no installed print font has (each once, in order)."""
    seen: list[str] = []
    for ch in unicodedata.normalize("NFC", text or ""):
        if ch not in seen and font_for(ch) is None:
            seen.append(ch)
    return seen


def paragraph_markup(text: str) -> str:
    """`text` for a reportlab Paragraph: escaped (its markup shows as typed), rare characters in a
    <font> of the fallback that has them."""
    from xml.sax.saxutils import escape

    return "".join(escape(run) if font == FONT_NAME else f'<font name="{font}">{escape(run)}</font>'
                   for font, run in font_runs(text))
