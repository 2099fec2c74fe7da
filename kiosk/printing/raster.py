"""A receipt PDF as a 1-bit image exactly as wide as a thermal printer's print head.

The roll receipt is 80 mm wide with 4 mm side margins, i.e. 72 mm of content. It is rasterised
(poppler's pdftoppm) at the resolution that maps those 72 mm onto the printer's dots, the margins
are cut off, and the grey levels are thresholded, not dithered: dithering frays the QR modules.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from kiosk.errors import PrintError

Image.preinit()  # load the PNG plugin now, not lazily inside a print worker thread
MM_PER_INCH = 25.4
THRESHOLD = 150  # grey level below which a dot is burnt


def rasterise_page(pdf: bytes, dpi: float) -> Image.Image:
    """The first page of `pdf` as an 8-bit greyscale image at `dpi`."""
    with tempfile.TemporaryDirectory(prefix="gongkai-raster-") as tmp:
        source = Path(tmp) / "receipt.pdf"
        source.write_bytes(pdf)
        try:
            done = subprocess.run(
                ["pdftoppm", "-r", f"{dpi:.3f}", "-gray", "-png", "-singlefile", str(source), str(Path(tmp) / "page")],
                capture_output=True, timeout=60, check=False,
            )
        except FileNotFoundError:
            raise PrintError("本机缺少 pdftoppm（poppler-utils），无法生成热敏打印图像") from None
        if done.returncode != 0:
            raise PrintError(f"回执无法转换为打印图像：{done.stderr.decode(errors='replace').strip()}")
        with Image.open(Path(tmp) / "page.png") as image:
            image.load()
            return image.convert("L")


def receipt_bitmap(receipt, width_px: int, *, content_mm: float = 72.0, margin_mm: float = 4.0) -> Image.Image:
    """The roll receipt as a black-and-white image `width_px` wide, margins cut off."""
    dpi = width_px / (content_mm / MM_PER_INCH)
    page = rasterise_page(receipt.pdf, dpi)
    left = round(margin_mm / MM_PER_INCH * dpi)
    page = page.crop((left, 0, left + width_px, page.height))
    return page.point(lambda grey: 255 if grey >= THRESHOLD else 0).convert("1", dither=Image.Dither.NONE)


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
