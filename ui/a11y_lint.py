"""An accessibility lint over what a window shows now (`gongkai screenshot PAGE --check`).

Rules, each problem one dict in the report:
- `elided`: a Text cut short by elide or maximumLineCount (allowed when the item declares
  `property bool excerpt: true`, e.g. a search snippet);
- `clipped`: a Text whose content does not fit its box (no wrap, wider than its width), or that a clipping
  ancestor which does not scroll cuts off;
- `target`: a touch target (MouseArea, TapHandler owner, text field) smaller than the mode's minimum
  (44 dp normal, 60 dp elder) in either direction;
- `contrast`: a Text's colour against the background actually drawn behind it (sampled from the rendered
  frame) under the mode's minimum (4.5:1 normal, 7:1 elder);
- `outside`: an interactive item not wholly inside the window (and not inside a scrolling view, where it is
  reached by scrolling).
Disabled and transparent items are skipped, as are items scrolled out of their view.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickItem

from ui.models.theme import MIN_CONTRAST, MIN_TARGET, contrast_ratio

SCROLLERS = ("QQuickFlickable", "QQuickListView", "QQuickGridView", "QQuickPathView")


@dataclass
class Report:
    page: str
    mode: str
    size: tuple[int, int]
    problems: list[dict] = field(default_factory=list)
    checked: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"page": self.page, "mode": self.mode, "size": list(self.size), "ok": self.ok,
                "problems": self.problems, "checked": dict(self.checked)}


def _class_chain(item) -> list[str]:
    names, meta = [], item.metaObject()
    while meta is not None:
        names.append(meta.className())
        meta = meta.superClass()
    return names


def _is(item, names) -> bool:
    return any(c in names for c in _class_chain(item))


def _scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _opacity(item: QQuickItem) -> float:
    value = 1.0
    while item is not None:
        value *= item.opacity()
        item = item.parentItem()
    return value



def _walk(item: QQuickItem):
    """Visible items in paint order (children by z, then declaration order)."""
    for child in sorted(item.childItems(), key=lambda c: c.z()):
        if not child.isVisible() or child.opacity() <= 0.01:
            continue
        yield child
        yield from _walk(child)


def _on_top(items: list[QQuickItem], window: QRectF) -> list[QQuickItem]:
    """Drop what a modal overlay covers: an overlay is the parent of a MouseArea that fills the window."""
    blocker = None
    for i, item in enumerate(items):
        if "QQuickMouseArea" in _class_chain(item) and item.isEnabled():
            rect = _scene_rect(item)
            if rect.contains(window.adjusted(1, 1, -1, -1)):
                blocker = i
    if blocker is None:
        return items
    overlay = items[blocker].parentItem()

    def inside(item):
        while item is not None:
            if item is overlay:
                return True
            item = item.parentItem()
        return False

    return [item for i, item in enumerate(items) if inside(item) or i > blocker]


def _path(item: QQuickItem) -> str:
    names = []
    while item is not None and len(names) < 6:
        if item.objectName():
            names.append(item.objectName())
        item = item.parentItem()
    return "/".join(reversed(names))


def _visible_part(item: QQuickItem) -> tuple[QRectF, bool, bool]:
    """(the part of the item not cut off by clipping ancestors, inside a scroller?, cut by a non-scroller?)"""
    rect = _scene_rect(item)
    shown = QRectF(rect)
    in_scroller = False
    cut = False
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            bounds = _scene_rect(parent)
            if _is(parent, SCROLLERS):
                in_scroller = True
            elif not bounds.contains(rect.adjusted(1, 1, -1, -1)):
                cut = True
            shown = shown.intersected(bounds)
        if _is(parent, SCROLLERS):
            in_scroller = True
        parent = parent.parentItem()
    return shown, in_scroller, cut


def _describe(item: QQuickItem) -> dict:
    r = _scene_rect(item)
    text = item.property("text")
    return {"object": item.objectName() or item.metaObject().className(), "path": _path(item),
            "text": (text if isinstance(text, str) else "")[:60],
            "rect": [round(r.x()), round(r.y()), round(r.width()), round(r.height())]}


def _pil(image: QImage):
    """The rendered frame as a Pillow image (Pillow's C code samples colours; Python loops are too slow)."""
    from PIL import Image

    frame = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(frame.constBits())[: frame.bytesPerLine() * frame.height()]
    return Image.frombuffer("RGB", (frame.width(), frame.height()), data, "raw", "RGB", frame.bytesPerLine(), 1)


def _background(frame, rect: QRectF, ink: QColor) -> QColor | None:
    """The most common colour in the text's box, ignoring pixels close to the text colour itself."""
    from PIL import Image

    x0, y0 = max(0, int(rect.left())), max(0, int(rect.top()))
    x1, y1 = min(frame.width, int(rect.right())), min(frame.height, int(rect.bottom()))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    box = frame.crop((x0, y0, x1, y1))
    if box.width * box.height > 6400:
        scale = (6400 / (box.width * box.height)) ** 0.5
        box = box.resize((max(1, int(box.width * scale)), max(1, int(box.height * scale))), Image.Resampling.NEAREST)
    best, best_count = None, 0
    for count, (r, g, b) in box.getcolors(box.width * box.height) or []:
        if abs(r - ink.red()) + abs(g - ink.green()) + abs(b - ink.blue()) < 60:
            continue
        if count > best_count:
            best, best_count = (r, g, b), count
    return QColor(*best) if best else None


def _hex(c: QColor) -> str:
    return c.name(QColor.NameFormat.HexRgb)


def check_items(root: QQuickItem, window_size: tuple[int, int], image: QImage | None, mode: str,
                report: Report) -> Report:
    width, height = window_size
    frame = _pil(image) if image is not None else None
    window = QRectF(0, 0, width, height)
    minimum = MIN_TARGET[mode]
    min_contrast = MIN_CONTRAST[mode]
    for item in _on_top(list(_walk(root)), window):
        classes = _class_chain(item)
        is_text = "QQuickText" in classes and item.property("text") not in (None, "")
        shown, in_scroller, cut = _visible_part(item)
        on_screen = shown.width() > 1 and shown.height() > 1
        if is_text and on_screen and _opacity(item) > 0.6:
            report.checked["texts"] += 1
            excerpt = bool(item.property("excerpt"))
            if item.property("truncated") and not excerpt:
                report.problems.append({"rule": "elided", **_describe(item)})
            elif item.property("contentWidth") > item.width() + 2 and not excerpt:
                report.problems.append({"rule": "clipped", "why": "wider than its box", **_describe(item)})
            elif item.property("contentHeight") > item.height() + 3 and not excerpt:
                report.problems.append({"rule": "clipped", "why": "taller than its box", **_describe(item)})
            elif cut and not excerpt:
                report.problems.append({"rule": "clipped", "why": "cut off by its container", **_describe(item)})
            if image is not None and item.isEnabled():
                ink = item.property("color")
                if isinstance(ink, QColor):
                    box = _scene_rect(item).intersected(shown).intersected(window)
                    bg = _background(frame, box, ink)
                    if bg is not None:
                        ratio = contrast_ratio(_hex(ink), _hex(bg))
                        report.checked["contrast"] += 1
                        if ratio < min_contrast - 0.05:
                            report.problems.append({"rule": "contrast", "ratio": round(ratio, 2),
                                                    "minimum": min_contrast, "ink": _hex(ink),
                                                    "background": _hex(bg), **_describe(item)})
        interactive = item.isEnabled() and ("QQuickMouseArea" in classes or "QQuickTextField" in classes)
        if interactive:
            rect = _scene_rect(item)
            if rect.width() < 1 or rect.height() < 1:
                continue  # nothing drawn, nothing to hit (a delegate being laid out)
            if rect.width() >= width - 1 and rect.height() >= height - 1:
                continue  # a full-window blocker (an overlay's), not a target
            report.checked["targets"] += 1
            if rect.width() + 0.5 < minimum or rect.height() + 0.5 < minimum:
                report.problems.append({"rule": "target", "minimum": minimum, **_describe(item)})
            if not in_scroller and not window.contains(rect.adjusted(1, 1, -1, -1)):
                report.problems.append({"rule": "outside", **_describe(item)})
            elif not in_scroller and cut:
                report.problems.append({"rule": "outside", "why": "cut off by its container", **_describe(item)})
    return report


def check_window(window, *, page: str, mode: str) -> Report:
    """Lint what `window` (a QQuickWindow) shows now; renders one frame to sample backgrounds."""
    image = window.grabWindow()
    if image.width() != window.width() and window.width() > 0:
        image = image.scaled(window.width(), window.height())
    report = Report(page=page, mode=mode, size=(window.width(), window.height()))
    return check_items(window.contentItem(), (window.width(), window.height()), image, mode, report)
