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
from functools import lru_cache

from reportlab.lib.colors import toColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kiosk.receipts.cjk_text import NO_LINE_END, NO_LINE_START
from kiosk.receipts.fonts import FONT_NAME, font_runs, register_cjk_font

DOT = 72 / 203  # one thermal-printer dot, in points
BRACKETS = "（）〔〕《》「」『』【】〈〉“”‘’"
BRACKET_KEEP_EM = 0.08  # white space a bracket keeps on each side after trimming


@lru_cache(maxsize=4)
def _bracket_trims(font_path: str) -> dict[str, tuple[float, float]]:
    """(left, right) blank, in em, that each full-width bracket's glyph carries in this font.

    CJK fonts centre brackets in a full em, which prints as a space inside 「（ 代为填写 ）」; the
    receipt draws them with that blank trimmed (measured from the glyph's ink with Pillow)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(font_path, 200)
    trims: dict[str, tuple[float, float]] = {}
    for ch in BRACKETS:
        image = Image.new("L", (400, 400), 0)
        ImageDraw.Draw(image).text((100, 50), ch, font=font, fill=255)
        box = image.getbbox()
        if box is None:
            continue
        advance = font.getlength(ch)
        left, right = (box[0] - 100) / 200, (advance - (box[2] - 100)) / 200
        trims[ch] = (max(0.0, left - BRACKET_KEEP_EM), max(0.0, right - BRACKET_KEEP_EM))
    return trims


def _trims() -> dict[str, tuple[float, float]]:
    return _bracket_trims(register_cjk_font())


def _pieces(text: str, trims: dict) -> list[str]:
    """`text` split into runs without brackets and single brackets."""
    pieces: list[str] = []
    for ch in text:
        if ch in trims or not pieces or pieces[-1] in trims:
            pieces.append(ch)
        else:
            pieces[-1] += ch
    return pieces


def _runs_width(text: str, size: float) -> float:
    """Width of `text` drawn with the per-character font fallback (fonts.font_runs)."""
    return sum(stringWidth(run, font, size) for font, run in font_runs(text))


def text_width(text: str, size: float) -> float:
    """Printed width of `text` in points, brackets trimmed."""
    trims = _trims()
    trimmed = sum(sum(trims[ch]) for ch in text if ch in trims)
    return _runs_width(text, size) - trimmed * size


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
A4 = PageSpec("a4", 210 * mm, 297 * mm, 22 * mm, 15 * mm, 1.25, 30 * mm, 8)
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


MIN_LAST_LINE_EM = 3  # a paragraph's last line holds at least this many characters besides its punctuation


def wrap(text: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width` points (explicit newlines are kept).

    Kinsoku: closing punctuation never starts a line and opening punctuation never ends one, and a
    paragraph never ends on a line of one or two characters (「讼。」, 「告知）」): characters move down
    from the line above until the last line holds MIN_LAST_LINE_EM of them.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        rows = _break_paragraph(_tokens(paragraph), size, width)
        for row in rows:
            lines.extend(_cut_long("".join(row), size, width))
    return lines


def _width(tokens: list[str], size: float) -> float:
    return text_width("".join(tokens), size)


def _break_paragraph(tokens: list[str], size: float, width: float) -> list[list[str]]:
    rows: list[list[str]] = []
    line: list[str] = []
    for token in tokens:
        if not line and token == " ":
            continue  # a wrapped line never starts with a space
        if not line or _width([*line, token], size) <= width:
            line.append(token)
            continue
        carried: list[str] = []
        while len(line) > 1 and ((carried[0] if carried else token) in NO_LINE_START or line[-1] in NO_LINE_END):
            carried.insert(0, line.pop())
        rows.append(_rstrip(line))
        line = [*carried, token] if token != " " or carried else []
    if line or not rows:
        rows.append(_rstrip(line))  # an empty paragraph stays an empty line
    if len(rows) >= 2:
        _no_orphan(rows, size, width)
    return rows


def _rstrip(line: list[str]) -> list[str]:
    while len(line) > 1 and line[-1] == " ":
        line.pop()
    return line


def _no_orphan(rows: list[list[str]], size: float, width: float) -> None:
    """Move characters from the second-to-last line down until the last one is not an orphan."""

    def body(line: list[str]) -> float:  # width of the line without its punctuation
        return _width([t for t in line if t not in NO_LINE_START and t not in NO_LINE_END], size)

    prev, last = rows[-2], rows[-1]
    while body(last) < MIN_LAST_LINE_EM * size * 0.99 and len(prev) > MIN_LAST_LINE_EM + 1:
        moved = [prev.pop()]
        # Keep the break legal: the new last line must not start with closing punctuation, nor the
        # line above end with opening punctuation.
        while len(prev) > 1 and (moved[0] in NO_LINE_START or prev[-1] in NO_LINE_END):
            moved.insert(0, prev.pop())
        if _width([*moved, *last], size) > width:
            prev.extend(moved)  # it would not fit: leave it as it is
            break
        last[:0] = moved
    while prev and prev[-1] == " ":
        prev.pop()
    while last and last[0] == " ":
        last.pop(0)


def _cut_long(rest: str, size: float, width: float) -> list[str]:
    """One unbreakable run (a long code) wider than the column: cut it where it must."""
    out: list[str] = []
    while text_width(rest, size) > width and len(rest) > 1:
        cut = len(rest) - 1
        while cut > 1 and text_width(rest[:cut], size) > width:
            cut -= 1
        out.append(rest[:cut])
        rest = rest[cut:]
    out.append(rest)
    return out


def truncate_lines(lines: list[str], max_lines: int, size: float, width: float) -> list[str]:
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    while last and text_width(last + "……", size) > width:
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
        if text_width(label, size) > label_width - size * 0.5:
            self.y += size * 1.35  # a label wider than its column: the value starts on the next line
        for line in lines:
            self._line(line, size, self.left + label_width, width, "left", bold, "#000000")
            self.y += size * 1.35

    def signature(self, label: str, right_label: str, points: float) -> None:
        """「label：________   right_label：______」: a line to sign (and date) on, at pen height."""
        size = self.size(points)
        self.y += size * 1.2  # room above the line for handwriting
        top, left, width = self.y, self.left, self.width
        label = label if label.endswith("：") or "：" in label else label + "："
        label_w = text_width(label, size)
        right_w = text_width(right_label, size)
        split = left + width * 0.66
        self._line(label, size, left, label_w, "left", False, "#000000")
        self._line(right_label, size, split + size * 0.5, right_w, "left", False, "#000000")
        baseline = top + size * 1.0

        def op(c: Canvas, page_h: float) -> None:
            c.saveState()
            c.setLineWidth(0.6)
            c.line(left + label_w, page_h - baseline, split, page_h - baseline)
            c.line(split + size * 0.5 + right_w, page_h - baseline, left + width, page_h - baseline)
            c.restoreState()

        self.ops.append(op)
        self.y += size * 1.5

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
            used = text_width(text, size)
            x = left if align == "left" else left + (width - used) / (2 if align == "center" else 1)
            c.saveState()  # the text render mode outlives BT/ET, so scope it
            t = c.beginText(x, page_h - baseline)
            t.setFont(FONT_NAME, size)
            t.setFillColor(_color(color))
            if bold:
                # The font has no bold face: fill and stroke the outline for a heavier stroke.
                t.setTextRenderMode(2)
                c.setStrokeColor(_color(color))
                c.setLineWidth(size * 0.035)
            trims = _trims()
            pen = x  # brackets are drawn one by one, shifted left by their trimmed blank
            for piece in _pieces(text, trims):
                left_trim, right_trim = trims.get(piece, (0.0, 0.0))
                t.setTextOrigin(pen - left_trim * size, page_h - baseline)
                for font, run in font_runs(piece):  # a rare character in the first font that has it
                    t.setFont(font, size)
                    t.textOut(run)
                pen += _runs_width(piece, size) - (left_trim + right_trim) * size
            c.drawText(t)
            c.restoreState()

        self.ops.append(op)


@lru_cache(maxsize=32)
def _color(name: str):
    """A reportlab Color, parsed once per process (parsing a colour name on every line cost more than drawing it)."""
    return toColor(name)


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
        # A layout bug, not bad input: the fields are bounded so that a receipt fits (issue 25: a bug must
        # not read as "输入有误", which the CLI says for a ValueError).
        raise RuntimeError(f"receipt content overflows the {page.name} page by {(flow.y - page.height) / mm:.1f} mm")
    for op in flow.ops:
        op(canvas, height)
    canvas.showPage()
    canvas.save()
    return out.getvalue(), page.width / mm, height / mm
