"""Editor and source lines (责任编辑：张三, 来源：省政府办公厅) and web-page furniture (打印本页,
breadcrumbs such as 首页 > 通知公告).

Such a line is dropped wherever it stands, if it is short; a bracketed one at the end of a
paragraph ("……落实。（编辑：李四）") is cut off. The dropped lines are returned, because an
importer can read the source and the publishing date from them.
"""

from __future__ import annotations

import re

MAX_LINE = 80
# A breadcrumb: "当前位置：首页 > 通知公告".
# Site footers: copyright and registration lines (ICP备…号, 公网安备…号) say nothing a resident needs.
_SITE_FOOTER = re.compile(r"^(?:版权所有|copyright|©)|ICP备\s*\d+|公网安备\s*\d+|网站标识码", re.IGNORECASE)
_SENTENCE = re.compile(r"[。，；！？,;]")
_BREADCRUMB = re.compile(r"^(?:您?当前(?:的)?位置\s*[:：]\s*)?(?:网站)?首页\s*(?:>|»|›|→|/)")


def _label_pattern(labels: tuple[str, ...]) -> str:
    return "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))


def strip_footers(text: str, labels: tuple[str, ...], crumbs: tuple[str, ...]) -> tuple[str, int, list[str]]:
    """Returns (text, lines or tails removed, the removed lines)."""
    if not labels:
        return text, 0, []
    names = _label_pattern(labels)
    label_line = re.compile(rf"^[（(【\[]?\s*(?:{names})\s*[:：]")
    tail = re.compile(rf"\s*[（(【\[]\s*(?:{names})\s*[:：][^（）()【】\[\]\n]{{0,40}}[）)】\]]\s*$")
    crumb = re.compile("|".join(re.escape(c) for c in sorted(crumbs, key=len, reverse=True))) if crumbs else None
    kept, removed = [], []
    for line in text.split("\n"):
        bare = line.strip()
        label = label_line.match(bare) if bare and len(bare) <= MAX_LINE else None
        # "审核：镇政府在10个工作日内完成审核。" is a sentence, not an editor line: values are names and dates.
        if ((label and not _SENTENCE.search(bare[label.end():]))
                or (bare and len(bare) <= MAX_LINE and (_BREADCRUMB.match(bare) or _SITE_FOOTER.search(bare)))):
            removed.append(bare)
            continue
        if bare and crumb and len(bare) <= MAX_LINE:
            leftover = re.sub(r"[\s|｜/:：·•\-]", "", crumb.sub("", bare))
            if not leftover:
                removed.append(bare)
                continue
        cut = tail.search(line)
        if cut and cut.start() > 0:
            removed.append(line[cut.start():].strip())
            line = line[:cut.start()]
        kept.append(line)
    return "\n".join(kept), len(removed), removed
