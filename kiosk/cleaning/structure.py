"""Heading structure of Chinese official documents: 一、 (一) 1. (1).

Headings stand on their own lines:
- a heading marker that follows a full stop inside a line (paragraphs run together on a web
  page) starts a new line;
- a run-in heading, "（一）深化政务公开。正文……", is split after its first sentence when that
  sentence is short enough to be a heading; the text itself is not changed;
- a heading followed by a wide gap ("一、总体要求    正文") is split at the gap.
Blank lines go: one paragraph per line.
"""

from __future__ import annotations

import re

MAX_HEADING = 40  # characters, marker included
_NUM = "一二三四五六七八九十"
_MARKER = rf"(?:[{_NUM}]{{1,3}}、|[（(][{_NUM}]{{1,3}}[）)]|\d{{1,2}}[.．、](?!\d)|[（(]\d{{1,2}}[）)])"
HEADING = re.compile(
    rf"^(?:(?P<l1>[{_NUM}]{{1,3}}、)|(?P<l2>（[{_NUM}]{{1,3}}）)|(?P<l3>\d{{1,2}}[.．、](?!\d))|(?P<l4>（\d{{1,2}}）))"
)
_INLINE = re.compile(rf"(?<=。)\s*(?={_MARKER})")
_GAP = re.compile(rf"^(\s*{_MARKER}[^。，；\n]{{1,{MAX_HEADING}}}?)(?:[ \t\u3000]{{2,}}|\u3000)(?=\S)")


def heading_level(line: str) -> int:
    """1 for 一、, 2 for （一）, 3 for 1., 4 for （1）; 0 for a paragraph."""
    match = HEADING.match(line)
    if not match:
        return 0
    return next(level for level, name in enumerate(("l1", "l2", "l3", "l4"), start=1) if match.group(name))


def split_gapped_headings(text: str) -> tuple[str, int]:
    """'一、总体要求    正文' -> two lines. Runs before whitespace is normalised away."""
    lines, split = [], 0
    for line in text.split("\n"):
        match = _GAP.match(line)
        if match:
            lines.extend([match.group(1), line[match.end():]])
            split += 1
        else:
            lines.append(line)
    return "\n".join(lines), split


def _run_in(line: str) -> list[str]:
    if not heading_level(line):
        return [line]
    stop = line.find("。")
    if 0 < stop < MAX_HEADING and stop + 1 < len(line):
        return [line[:stop + 1], line[stop + 1:]]
    return [line]


def arrange(text: str) -> tuple[str, int]:
    """Headings on their own lines, no blank lines. Returns (text, lines split)."""
    lines: list[str] = []
    for line in text.split("\n"):
        for part in _INLINE.split(line.strip()):
            if part.strip():
                lines.extend(_run_in(part.strip()))
    paragraphs = sum(1 for line in text.split("\n") if line.strip())
    return "\n".join(lines), len(lines) - paragraphs


def outline(text: str) -> list[dict]:
    """The headings of a cleaned text: [{"level", "line", "text"}], lines counted from 1."""
    return [
        {"level": heading_level(line), "line": number, "text": line}
        for number, line in enumerate(text.split("\n"), start=1)
        if heading_level(line)
    ]
