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
    """image://qr/<hex of an ASCII payload>"""

    def __init__(self):
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802
        try:
            payload = bytes.fromhex(image_id).decode("ascii")
            image = QImage.fromData(qr_png(payload, box_size=8, border=4))
        except (ValueError, KioskError):
            return QImage()
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
