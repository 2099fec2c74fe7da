"""Looking at receipts the way a person would: PDF text, page size, a 203 dpi raster, zbar."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PIL import Image
from pyzbar.pyzbar import ZBarSymbol, decode

MM = 72 / 25.4


def pdf_text(pdf: Path) -> str:
    """The text with all white space removed, so words broken across wrapped lines still match."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def page_size_mm(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(w) / MM, float(h) / MM


def rasterise(pdf: Path, out_png: Path, dpi: int = 203) -> Path:
    stem = out_png.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(stem)], check=True)
    return out_png


def qr_texts(image: Image.Image | Path) -> list[str]:
    if isinstance(image, Path):
        image = Image.open(image)
    return [d.data.decode("ascii") for d in decode(image.convert("L"), symbols=[ZBarSymbol.QRCODE])]


def word_boxes(pdf: Path) -> tuple[float, float, list[tuple[str, float, float, float, float]]]:
    """(page width, page height, [(word, xMin, yMin, xMax, yMax)]) from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    w, h = (float(v) for v in re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
    words = [(m.group(5), *(float(m.group(i)) for i in range(1, 5))) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]
    return w, h, words
