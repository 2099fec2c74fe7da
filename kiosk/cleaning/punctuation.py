"""Full- and half-width punctuation and whitespace in Chinese text.

Letters, digits and spaces written full-width become ASCII (ＩＰＶ６ -> IPV6). In a line that
holds Chinese, ASCII sentence punctuation becomes the Chinese form (，；：？！（）“”) unless it
sits between digits (1,000  12:30) or inside a link. Spaces next to Chinese characters go;
other runs of spaces shrink to one.
"""

from __future__ import annotations

import re

from kiosk.cleaning.script import is_han

_CJK_PUNCT = "，。；：、！？“”‘’（）《》【】〔〕〈〉「」『』…—·％"
_SIMPLE = {",": "，", ";": "；", "?": "？", "!": "！"}
_CORNER = {"「": "“", "」": "”", "『": "‘", "』": "’"}
_LINK = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*[A-Za-z0-9\-_~/#=%&+]"
    r"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000\ufeff]+")


def _chinese(char: str) -> bool:
    return is_han(char) or char in _CJK_PUNCT


def half_width(text: str) -> tuple[str, int]:
    """Full-width letters and digits -> ASCII; 「」『』 -> “”‘’. Returns (text, characters changed)."""
    out, changed = [], 0
    for char in text:
        code = ord(char)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            out.append(chr(code - 0xFEE0))
            changed += 1
        elif char in _CORNER:
            out.append(_CORNER[char])
            changed += 1
        else:
            out.append(char)
    return "".join(out), changed


def _pair_brackets(line: str) -> dict[int, int]:
    stack, pairs = [], {}
    for i, char in enumerate(line):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            pairs[stack.pop()] = i
    return pairs


def _line_punctuation(line: str) -> tuple[str, int]:
    if not any(is_han(c) for c in line):
        return line, 0
    protected = [m.span() for m in _LINK.finditer(line)]
    def in_link(i: int) -> bool:
        return any(a <= i < b for a, b in protected)

    chars = list(line)
    changed = 0
    for open_at, close_at in _pair_brackets(line).items():
        if in_link(open_at):
            continue
        inner = line[open_at + 1:close_at]
        outside = line[open_at - 1:open_at] + line[close_at + 1:close_at + 2]
        if any(_chinese(c) for c in inner + outside) or open_at == 0:
            chars[open_at], chars[close_at] = "（", "）"
            changed += 2
    quote_open = True
    for i, char in enumerate(chars):
        if in_link(i):
            continue
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        between_digits = prev.isdigit() and nxt.isdigit()
        if char in _SIMPLE and not between_digits:
            chars[i] = _SIMPLE[char]
        elif char == ":" and not between_digits:
            chars[i] = "："
        elif char == "." and prev and is_han(prev) and (not nxt or nxt in " \t" or _chinese(nxt)):
            chars[i] = "。"
        elif char == '"':
            chars[i] = "“" if quote_open else "”"
            quote_open = not quote_open
        else:
            continue
        changed += 1
    return "".join(chars), changed


def _line_spaces(line: str) -> tuple[str, int]:
    changed = 0
    def squeeze(match: re.Match) -> str:
        nonlocal changed
        start, end = match.span()
        left = line[start - 1] if start else ""
        right = line[end] if end < len(line) else ""
        if not left or not right or _chinese(left) or _chinese(right):
            changed += 1
            return ""
        if match.group(0) != " ":
            changed += 1
        return " "
    return _SPACES.sub(squeeze, line), changed


_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")


def normalise(text: str) -> tuple[str, int, int]:
    """Returns (text, punctuation changes, whitespace changes). Run half_width first."""
    lines, punct, spaces = [], 0, 0
    for line in text.split("\n"):
        line, n_space = _line_spaces(line)
        line, n_punct = _line_punctuation(line)
        line, n_sep = _THOUSANDS.subn(",", line)  # 1，000 typed full-width is a thousands separator
        n_punct += n_sep
        lines.append(line)
        punct += n_punct
        spaces += n_space
    return "\n".join(lines), punct, spaces
