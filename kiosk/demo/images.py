"""Small PNG pictures for demo notices: a notice board with a sheet pinned to it.

Drawn, not photographed, so they are deterministic and need no files from outside.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

BOARD_COLOURS = [(176, 36, 36), (32, 90, 150), (40, 120, 70), (120, 80, 40)]


def notice_board_png(rng: random.Random, width: int = 640, height: int = 480) -> bytes:
    board = rng.choice(BOARD_COLOURS)
    image = Image.new("RGB", (width, height), board)
    draw = ImageDraw.Draw(image)
    margin = 40
    draw.rectangle([margin, margin + 30, width - margin, height - margin], fill=(250, 248, 240))
    draw.rectangle([margin, margin, width - margin, margin + 30], fill=tuple(min(255, c + 50) for c in board))
    y = margin + 60
    while y < height - margin - 20:
        line_end = width - margin - 20 - rng.randrange(0, 160)
        draw.line([margin + 20, y, line_end, y], fill=(90, 90, 90), width=3)
        y += rng.choice((18, 22, 26))
    # a red seal in the corner, as on official notices
    cx, cy = width - margin - 70, height - margin - 60
    draw.ellipse([cx - 40, cy - 40, cx + 40, cy + 40], outline=(200, 20, 20), width=5)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
