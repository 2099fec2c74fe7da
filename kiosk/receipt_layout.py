"""Laying out a receipt with reportlab: a vertical flow of blocks on an 80 mm roll or an A4 sheet.

The layout runs twice: first to measure (a roll page is exactly as tall as its content), then to
draw. Chinese text wraps per character, with closing punctuation kept off the start of a line.
The QR code is drawn as vector squares whose size and position sit on the 203 dpi dot grid of a
thermal head (8 dots/mm), so a raster of the page gives crisp, decodable modules.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kiosk.receipt_fonts import FONT_NAME, register_cjk_font

DOT = 72 / 203  # one thermal-printer dot, in points
NO_LINE_START = set("，。、；：？！）》」』】〕”’…·,.;:?!)%")
NO_LINE_END = set("（《「『【〔“‘(")


@dataclass(frozen=True)
class PageSpec:
    name: str
    width: float  # points
    height: float | None  # None: as tall as the content (roll paper)
    margin_x: float
    margin_y: float
    scale: float  # multiplies every font size
    label_width: float  # column for "申请编号：" style labels
    qr_module_dots: int  # QR module size in thermal dots
    min_height: float = 0.0


ROLL80 = PageSpec("roll80", 80 * mm, None, 4 * mm, 5 * mm, 1.0, 17 * mm, 6, min_height=100 * mm)
A4 = PageSpec("a4", 210 * mm, 297 * mm, 22 * mm, 18 * mm, 1.35, 32 * mm, 8)
PAGES = {p.name: p for p in (ROLL80, A4)}


def _tokens(text: str) -> list[str]:
    """Runs of non-space ASCII (numbers, masked IDs, codes) stay together; every other character
    is its own token, since Chinese may break between any two characters."""

    def latin(ch: str) -> bool:
        return ch.isascii() and not ch.isspace()

    tokens: list[str] = []
    for ch in text:
        if tokens and latin(ch) and latin(tokens[-1][-1]):
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def wrap(text: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width` points (explicit newlines are kept)."""

    def fits(tokens: list[str]) -> bool:
        return stringWidth("".join(tokens), FONT_NAME, size) <= width

    lines: list[str] = []

    def emit(tokens: list[str]) -> None:
        rest = "".join(tokens)
        while stringWidth(rest, FONT_NAME, size) > width and len(rest) > 1:
            # One unbreakable run (a long code) wider than the column: cut it where it must.
            cut = len(rest) - 1
            while cut > 1 and stringWidth(rest[:cut], FONT_NAME, size) > width:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        lines.append(rest)

    for paragraph in text.split("\n"):
        line: list[str] = []
        for token in _tokens(paragraph):
            if not line or fits([*line, token]):
                line.append(token)
                continue
            carried: list[str] = []
            if (token in NO_LINE_START or line[-1] in NO_LINE_END) and len(line) > 1:
                # Closing punctuation never starts a line, opening never ends one: move a token down.
                carried = [line.pop()]
            emit(line)
            line = [*carried, token]
        emit(line)
    return lines


def truncate_lines(lines: list[str], max_lines: int, size: float, width: float) -> list[str]:
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    while last and stringWidth(last + "……", FONT_NAME, size) > width:
        last = last[:-1]
    return lines[: max_lines - 1] + [last + "……"]


DrawOp = Callable[[Canvas, float], None]  # (canvas, page height): draws at its fixed offset from the top


@dataclass
class Flow:
    """Collects drawing operations top-down and knows how tall they are."""

    page: PageSpec
    y: float = 0.0  # distance from the top of the page
    ops: list[DrawOp] = field(default_factory=list)

    @property
    def left(self) -> float:
        return self.page.margin_x

    @property
    def width(self) -> float:
        return self.page.width - 2 * self.page.margin_x

    def size(self, points: float) -> float:
        return points * self.page.scale

    def space(self, points: float) -> None:
        self.y += points * self.page.scale

    def text(self, text: str, points: float, *, bold: bool = False, align: str = "left",
             indent: float = 0.0, max_lines: int | None = None, color: str = "#000000",
             leading: float = 1.35) -> None:
        size = self.size(points)
        width = self.width - indent
        lines = wrap(text, size, width)
        if max_lines:
            lines = truncate_lines(lines, max_lines, size, width)
        for line in lines:
            self._line(line, size, self.left + indent, width, align, bold, color)
            self.y += size * leading

    def field(self, label: str, value: str, points: float, *, bold: bool = False,
              max_lines: int | None = None) -> None:
        """「label」 in a fixed column, the value wrapping in the rest of the width."""
        size = self.size(points)
        label_width = self.page.label_width
        width = self.width - label_width
        lines = wrap(value or "—", size, width)
        if max_lines:
            lines = truncate_lines(lines, max_lines, size, width)
        self._line(label, size, self.left, label_width, "left", False, "#333333")
        if stringWidth(label, FONT_NAME, size) > label_width - size * 0.5:
            self.y += size * 1.35  # a label wider than its column: the value starts on the next line
        for line in lines:
            self._line(line, size, self.left + label_width, width, "left", bold, "#000000")
            self.y += size * 1.35

    def rule(self, *, dashed: bool = False, gap: float = 4.0) -> None:
        self.space(gap)
        top, left, right = self.y, self.left, self.left + self.width

        def op(c: Canvas, page_h: float) -> None:
            c.saveState()
            c.setLineWidth(0.6)
            if dashed:
                c.setDash(2, 2)
            c.line(left, page_h - top, right, page_h - top)
            c.restoreState()

        self.ops.append(op)
        self.space(gap)

    def box(self, build: Callable[[Flow], None], *, padding: float = 4.0, border: float = 1.2) -> None:
        """Draw whatever `build` adds to this flow inside a bordered box."""
        pad = padding * self.page.scale
        top = self.y
        self.y += pad
        outer = self.page
        self.page = replace(outer, margin_x=outer.margin_x + pad)
        build(self)
        self.page = outer
        self.y += pad * 0.4
        bottom = self.y
        left, width = self.left, self.width

        def op(c: Canvas, page_h: float) -> None:
            c.saveState()
            c.setLineWidth(border)
            c.rect(left, page_h - bottom, width, bottom - top, stroke=1, fill=0)
            c.restoreState()

        self.ops.append(op)

    def qr(self, matrix: list[list[bool]], module_dots: int, *, quiet_modules: int = 4) -> None:
        """Centre a QR matrix, snapped to the 203 dpi grid, with a quiet zone around it."""
        module = module_dots * DOT
        side = len(matrix) * module
        self.y += quiet_modules * module
        x = round((self.left + (self.width - side) / 2) / DOT) * DOT
        top = self.y
        runs: list[tuple[int, int, int]] = []  # (row, first column, length) of dark modules
        for r, row in enumerate(matrix):
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    runs.append((r, start, c - start))
                else:
                    c += 1

        def op(c: Canvas, page_h: float) -> None:
            # Snap the top edge to whole dots from the top of the page, where a raster starts.
            top_dots = round(top / DOT) * DOT
            c.saveState()
            c.setFillColorRGB(0, 0, 0)
            for r, start, length in runs:
                c.rect(x + start * module, page_h - top_dots - (r + 1) * module, length * module, module,
                       stroke=0, fill=1)
            c.restoreState()

        self.ops.append(op)
        self.y += side + quiet_modules * module

    def _line(self, text: str, size: float, left: float, width: float, align: str, bold: bool,
              color: str) -> None:
        baseline = self.y + size * 0.88  # ascent of WenQuanYi-like fonts

        def op(c: Canvas, page_h: float) -> None:
            text_width = stringWidth(text, FONT_NAME, size)
            x = left if align == "left" else left + (width - text_width) / (2 if align == "center" else 1)
            c.saveState()  # the text render mode outlives BT/ET, so scope it
            t = c.beginText(x, page_h - baseline)
            t.setFont(FONT_NAME, size)
            t.setFillColor(color)
            if bold:
                # The font has no bold face: fill and stroke the outline for a heavier stroke.
                t.setTextRenderMode(2)
                c.setStrokeColor(color)
                c.setLineWidth(size * 0.035)
            t.textLine(text)
            c.drawText(t)
            c.restoreState()

        self.ops.append(op)


def render(page: PageSpec, build: Callable[[Flow], None], *, title: str) -> tuple[bytes, float, float]:
    """Lay out with `build`, then draw; returns (PDF bytes, width mm, height mm)."""
    register_cjk_font()
    flow = Flow(page, y=page.margin_y)
    build(flow)
    height = page.height or max(page.min_height, flow.y + page.margin_y)
    # Whole millimetres keep the CUPS media name (Custom.80x<len>mm) exact.
    height = float(round(height / mm + 0.4999)) * mm if page.height is None else height
    out = io.BytesIO()
    # initialFontName: otherwise every page lists an unembedded Helvetica, which PDF/A checks flag.
    canvas = Canvas(out, pagesize=(page.width, height), pageCompression=1, invariant=1,
                    initialFontName=FONT_NAME, initialFontSize=10)
    canvas.setTitle(title)
    canvas.setAuthor("公开一体机")
    if page.height is not None and flow.y > page.height - page.margin_y / 2:
        raise ValueError(f"receipt content overflows the {page.name} page by {(flow.y - page.height) / mm:.1f} mm")
    for op in flow.ops:
        op(canvas, height)
    canvas.showPage()
    canvas.save()
    return out.getvalue(), page.width / mm, height / mm
