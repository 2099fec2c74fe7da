"""Image providers: notice photos from the attachments table (by SHA-256) and take-away QR codes."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.content import notices
from kiosk.errors import KioskError
from kiosk.printing.qr import qr_png


def qr_source(url: str) -> str:
    """image://qr/<hex of the ASCII url>: hex keeps ?, # and % out of the image URL."""
    return f"image://qr/{url.encode('ascii').hex()}" if url else ""


def text_qr_source(text: str) -> str:
    """image://qr/t<hex of UTF-8 text>: a QR that carries the text itself (read offline)."""
    return f"image://qr/t{text.encode('utf-8').hex()}" if text else ""


def _text_qr_png(text: str) -> bytes:
    import io

    from PIL import Image

    from kiosk.receipts.slip import qr_matrix

    matrix = qr_matrix(text)
    box, border = 8, 4
    side = (len(matrix) + 2 * border) * box
    image = Image.new("1", (side, side), 1)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                image.paste(0, ((c + border) * box, (r + border) * box, (c + border + 1) * box, (r + border + 1) * box))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _scaled(image: QImage, requested: QSize) -> QImage:
    if requested.isValid() and requested.width() > 0 and requested.height() > 0 and not image.isNull():
        return image.scaled(requested.width(), requested.height(), aspectMode=1, mode=1)
    return image


class AttachmentImageProvider(QQuickImageProvider):
    """image://attachment/<sha256>"""

    def __init__(self, db):
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._db = db

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802
        try:
            _mime, data = notices.attachment(self._db, image_id.split("?")[0])
        except KioskError:
            return QImage()
        image = QImage.fromData(data)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return _scaled(image, requested)


class QrImageProvider(QQuickImageProvider):
    """image://qr/<hex of an ASCII payload>, or image://qr/t<hex of UTF-8 text>"""

    def __init__(self):
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802
        try:
            if image_id.startswith("t"):  # the text itself, UTF-8 with an ECI header
                image = QImage.fromData(_text_qr_png(bytes.fromhex(image_id[1:]).decode("utf-8")))
            else:
                payload = bytes.fromhex(image_id).decode("ascii")
                image = QImage.fromData(qr_png(payload, box_size=8, border=4))
        except (ValueError, KioskError):
            return QImage()
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
