"""Reading back what an ESC/POS printer would print: the GS v 0 raster blocks, stacked."""

from __future__ import annotations

from PIL import Image

GS_V_0 = b"\x1dv0"


def raster_images(data: bytes) -> list[Image.Image]:
    """Every `GS v 0 m xL xH yL yH d1…dk` block in `data` as a 1-bit image (black = printed dot)."""
    images = []
    at = data.find(GS_V_0)
    while at != -1:
        header = data[at + 3: at + 8]
        width_bytes = header[1] | header[2] << 8
        height = header[3] | header[4] << 8
        start = at + 8
        bits = data[start: start + width_bytes * height]
        assert len(bits) == width_bytes * height, "truncated raster block"
        # In ESC/POS a set bit burns a dot; in PIL mode "1" a set bit is white: invert.
        inverted = bytes(b ^ 0xFF for b in bits)
        images.append(Image.frombytes("1", (width_bytes * 8, height), inverted))
        at = data.find(GS_V_0, start + len(bits))
    return images


def printed_image(data: bytes) -> Image.Image:
    """All raster blocks one below the other, as the paper would come out."""
    blocks = raster_images(data)
    assert blocks, "no GS v 0 raster image in the printer output"
    width = max(b.width for b in blocks)
    page = Image.new("1", (width, sum(b.height for b in blocks)), 1)
    y = 0
    for block in blocks:
        page.paste(block, (0, y))
        y += block.height
    return page
