"""Pictures are decoded at the size they are shown, never whole (issue 25: a 7900×7900 PNG took 650 MB)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage

from ui.models import images

QML = Path(__file__).resolve().parents[2] / "ui" / "qml"


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_attachments_decode_at_the_requested_size_and_never_above_the_cap(qapp, monkeypatch):
    data = _png(3000, 2000)
    size = QSize()
    thumb = images._decode_bounded(data, size, QSize(320, 320))
    assert (size.width(), size.height()) == (3000, 2000), "the picture's own size is reported"
    assert thumb.width() == 320 and thumb.height() <= 320
    monkeypatch.setattr(images, "MAX_DECODED_PIXELS", 1_000_000)
    whole = images._decode_bounded(data, None, QSize())  # an Image without sourceSize
    assert whole.width() * whole.height() <= 1_000_000 and whole.width() > 1000


def test_every_picture_in_the_screens_has_a_source_size():
    missing = []
    for path in sorted(QML.rglob("*.qml")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\bImage\s*\{", text):
            block, depth = "", 0
            for ch in text[match.end() - 1:]:
                block += ch
                depth += {"{": 1, "}": -1}.get(ch, 0)
                if depth == 0:
                    break
            # QR images come from our own provider at their own small size.
            if "sourceSize" not in block and "Qr" not in block and "qr" not in block.lower():
                missing.append(f"{path.name}: {block[:60]!r}")
    assert missing == []


def test_a_picture_over_the_pixel_cap_is_not_decoded_at_all(qapp):
    from tests.sync.test_image_limits import png_header

    size = QSize()
    image = images._decode_bounded(png_header(7900, 7900), size, QSize(1080, 1920))
    assert image.isNull() and (size.width(), size.height()) == (7900, 7900)
