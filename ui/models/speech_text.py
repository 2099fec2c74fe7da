"""What 朗读 says on each page, composed as plain lines: the first line is always the page's title.

The one interface: every page item in Main.qml's StackView has a `speechText()` function, which
asks its view model (`speechText(first, last)` with the rows now on screen) for the text. New pages
plug in by giving their view model a `speechText` slot built from these helpers. The text goes to
ReadAloud.speakText unchanged; kiosk.speech then spells out digits, dates and amounts for espeak.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ui.i18n import tr, tr_data

MAX_ROWS = 8  # a list reads at most this many rows, then says how to hear more


def lines(*parts: str | Iterable[str] | None) -> str:
    """Join non-empty parts (strings or iterables of strings), one per line."""
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        if isinstance(part, str):
            out.append(part.strip())
        else:
            out.extend(p.strip() for p in part if p and p.strip())
    return "\n".join(p for p in out if p)


def visible_slice(count: int, first: int, last: int) -> tuple[int, int]:
    """The rows to read: those on screen (first..last), at most MAX_ROWS; from the top when unknown."""
    if count <= 0:
        return 0, -1
    first = first if 0 <= first < count else 0
    last = last if first <= last < count else count - 1
    return first, min(last, first + MAX_ROWS - 1)


def list_speech(title: str, header: str, rows: Sequence[dict], first: int, last: int, *,
                unit: str = "项", describe=None, empty: str = "", total: int | None = None) -> str:
    """A list: what it is, how many entries, then the entries on screen (first ones when at the top).

    `unit` is the Chinese measure word (项, 条, 笔; a translation may leave it out); `total` counts rows not
    yet loaded (a paged list), which are announced as more to come.
    """
    describe = describe or (lambda r: "，".join(x for x in (r.get("title"), r.get("subtitle"), r.get("detail"),
                                                            r.get("badge")) if x))
    count = len(rows)
    if count == 0:
        return lines(title, header, empty or tr("Speech", "暂无内容"))
    lo, hi = visible_slice(count, first, last)
    unit = tr_data("Speech", unit)
    where = tr("Speech", "共 {count} {unit}。").format(count=max(count, total or 0), unit=unit) + (
        tr("Speech", "下面读第 {first} 至第 {last} {unit}：").format(first=lo + 1, last=hi + 1, unit=unit) if hi > lo
        else tr("Speech", "第 {n} {unit}：").format(n=lo + 1, unit=unit))
    entries = [tr("Speech", "第 {n} {unit}，{entry}。").format(n=i + 1, unit=unit, entry=describe(rows[i]))
               for i in range(lo, hi + 1)]
    more = hi < count - 1 or (total or 0) > count
    tail = (tr("Speech", "还有更多内容，请点「下一页」后再点「朗读」。") if more
            else tr("Speech", "已读到最后一{unit}。").format(unit=unit))
    return lines(title, header, where, entries, tail)



def _units() -> tuple[str, ...]:
    """The measure words list_speech is given, spelled out here so that the catalogue lists them."""
    return tr("Speech", "项"), tr("Speech", "条"), tr("Speech", "笔")
