"""Charts drawn on the server as inline SVG: nothing is loaded from anywhere else (the console's
Content-Security-Policy allows only itself). Every chart has a <title> and a <desc> for screen
readers; the page also lists the figures as a table."""

from __future__ import annotations

import math

from markupsafe import Markup, escape

PALETTE = ("#0b5cad", "#e07b00", "#2e8b57", "#b42318", "#7a4fb5", "#00838f", "#8d6e63", "#c2185b", "#5c6bc0",
           "#9e9d24")
FONT = 'font-family="Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif"'


def _nice_max(value: int) -> int:
    """A round top for the y axis (1, 2, 5 x 10^n) at or above `value`."""
    if value <= 5:
        return 5
    power = 10 ** int(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _svg(width: int, height: int, title: str, desc: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'style="max-width:{width}px" {FONT}><title>{escape(title)}</title>'
        f'<desc>{escape(desc)}</desc>' + "".join(body) + "</svg>")


def _axis(left: int, top: int, plot_w: int, plot_h: int, top_value: int) -> list[str]:
    parts = []
    for i in range(6):
        value = top_value * i // 5
        y = top + plot_h - plot_h * i / 5
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e4e7eb"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" fill="#52606d">{value}</text>')
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#52606d"/>')
    return parts


def stacked_bars(title: str, categories: list[str], series: list[tuple[str, list[int]]],
                 width: int = 760, height: int = 300) -> Markup:
    """Bars per category, each stacked from the series (e.g. months x townships), with a legend."""
    left, top, right = 44, 16, 150
    plot_w, plot_h = width - left - right, height - top - 36
    totals = [sum(values[i] for _, values in series) for i in range(len(categories))]
    top_value = _nice_max(max(totals, default=0))
    parts = _axis(left, top, plot_w, plot_h, top_value)
    slot = plot_w / max(len(categories), 1)
    bar = slot * 0.62
    for i, label in enumerate(categories):
        x = left + slot * i + (slot - bar) / 2
        base = top + plot_h
        for s, (name, values) in enumerate(series):
            if not values[i]:
                continue
            h = plot_h * values[i] / top_value
            base -= h
            parts.append(f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[s % len(PALETTE)]}"><title>{escape(name)} {escape(label)}：{values[i]} 件'
                         f'</title></rect>')
        if totals[i]:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{base - 4:.1f}" font-size="11" text-anchor="middle" '
                         f'fill="#1f2933">{totals[i]}</text>')
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 18}" font-size="12" text-anchor="middle" '
                     f'fill="#1f2933">{escape(label)}</text>')
    for s, (name, _values) in enumerate(series[:12]):
        y = top + 8 + s * 20
        parts.append(f'<rect x="{width - right + 16}" y="{y - 10}" width="12" height="12" '
                     f'fill="{PALETTE[s % len(PALETTE)]}"/>')
        parts.append(f'<text x="{width - right + 34}" y="{y}" font-size="12" fill="#1f2933">{escape(name)}</text>')
    desc = "；".join(f"{label} {total} 件" for label, total in zip(categories, totals, strict=True))
    return _svg(width, height, title, desc, parts)


def line(title: str, categories: list[str], values: list[int], width: int = 760, height: int = 240,
         colour: str = "#b42318") -> Markup:
    """A line with a dot and its value at each category (e.g. overdue requests at each month's end)."""
    left, top, right = 44, 20, 20
    plot_w, plot_h = width - left - right, height - top - 36
    top_value = _nice_max(max(values, default=0))
    parts = _axis(left, top, plot_w, plot_h, top_value)
    slot = plot_w / max(len(categories), 1)
    points = [(left + slot * i + slot / 2, top + plot_h - plot_h * v / top_value) for i, v in enumerate(values)]
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
    for (x, y), label, value in zip(points, categories, values, strict=True):
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"><title>{escape(label)}：{value} 件'
                     f'</title></circle>')
        parts.append(f'<text x="{x:.1f}" y="{y - 8:.1f}" font-size="11" text-anchor="middle" fill="#1f2933">{value}</text>')
        parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 18}" font-size="12" text-anchor="middle" '
                     f'fill="#1f2933">{escape(label)}</text>')
    desc = "；".join(f"{label} {value} 件" for label, value in zip(categories, values, strict=True))
    return _svg(width, height, title, desc, parts)


def donut(title: str, part: int, whole: int, caption: str, size: int = 220) -> Markup:
    """A ring filled to part/whole with the percentage in the middle (e.g. replies on time)."""
    r, stroke = size * 0.36, size * 0.12
    c = size / 2
    circumference = 2 * math.pi * r
    share = part / whole if whole else 0.0
    text = f"{share * 100:.1f}%" if whole else "—"
    parts = [f'<circle cx="{c}" cy="{c}" r="{r:.1f}" fill="none" stroke="#e4e7eb" stroke-width="{stroke:.1f}"/>']
    if whole:
        parts.append(f'<circle cx="{c}" cy="{c}" r="{r:.1f}" fill="none" stroke="#2e8b57" stroke-width="{stroke:.1f}" '
                     f'stroke-dasharray="{circumference * share:.2f} {circumference:.2f}" '
                     f'transform="rotate(-90 {c} {c})"/>')
    parts.append(f'<text x="{c}" y="{c + 2}" font-size="{size * 0.13:.0f}" text-anchor="middle" font-weight="bold" '
                 f'fill="#1f2933">{text}</text>')
    parts.append(f'<text x="{c}" y="{c + size * 0.13:.0f}" font-size="12" text-anchor="middle" fill="#52606d">'
                 f'{escape(caption)}</text>')
    return _svg(size, size, title, f"{title}：{text}（{part}/{whole}）", parts)
