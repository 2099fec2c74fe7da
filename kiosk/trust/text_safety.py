"""Refusing text that would print wrong, hide itself or fool a reader.

`unsafe_reason(text)` returns None for ordinary text, else a short Chinese reason: control
characters (NUL, ESC, DEL, C1), bidi overrides and isolates, other invisible format characters
(zero-width space/joiners, soft hyphen, BOM), surrogates, private-use and unassigned code points.
Tab, CR and LF are allowed only where `allow_newlines` says so. `is_invisible_only(text)` is True
for text that shows nothing at all once those and white space are taken away.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NEWLINES = frozenset("\t\n\r")


def unsafe_reason(text: str, allow_newlines: bool = False) -> str | None:
    for ch in text:
        if ch in _NEWLINES:
            if allow_newlines:
                continue
            return "不能含有换行或制表符"
        if ch in BIDI_CONTROLS:
            return "不能含有文字方向控制字符"
        category = unicodedata.category(ch)
        if category == "Cc":
            return "不能含有控制字符"
        if category == "Cf":
            return "不能含有不可见的格式字符（如零宽字符）"
        if category == "Cs":
            return "含有无效的字符"
        if category in ("Co", "Cn"):
            return "含有无法显示的字符"
    return None


def is_invisible_only(text: str) -> bool:
    return bool(text) and all(ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Mn") for ch in text)
