"""Image providers: notice photos from the attachments table (by SHA-256) and take-away QR codes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtQuick import QQuickImageProvider

from kiosk.content import image_limits, notices
from kiosk.errors import KioskError
from kiosk.printing.qr import qr_png


def qr_source(url: str) -> str:
    """image://qr/<hex of an ASCII payload> (a receipt's status link or number): hex keeps ?, # and % out of
    the image URL."""
    return f"image://qr/{url.encode('ascii').hex()}" if url else ""


# Decoded at most this many pixels, whatever the Image asks: a picture that got past the import and apply
# checks (kiosk/content/image_limits.py), or an Image without sourceSize, still cannot fill the memory.
MAX_DECODED_PIXELS = 4096 * 4096


def _decode_bounded(data: bytes, size: QSize | None, requested: QSize) -> QImage:
    """Decode at the displayed size (the Image's sourceSize), never above MAX_DECODED_PIXELS: the reader
    scales while decoding, so the full picture is never held in memory."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    full = reader.size()
    if size is not None and full.isValid():
        size.setWidth(full.width())
        size.setHeight(full.height())
    if full.isValid() and full.width() * full.height() > image_limits.MAX_PIXELS:
        # Refused at import and apply; never decoded here either (Qt decodes a PNG whole before scaling it).
        return QImage()
    if full.isValid() and full.width() > 0 and full.height() > 0:
        target = QSize(full)
        if requested.isValid() and requested.width() > 0 and requested.height() > 0:
            from PySide6.QtCore import Qt  # here: Qt's namespace costs ~15 ms to build (ui/models/rows.py)

            target = full.scaled(requested, Qt.AspectRatioMode.KeepAspectRatio)
            if target.width() > full.width():
                target = QSize(full)
        pixels = target.width() * target.height()
        if pixels > MAX_DECODED_PIXELS:
            factor = (MAX_DECODED_PIXELS / pixels) ** 0.5
            target = QSize(max(1, int(target.width() * factor)), max(1, int(target.height() * factor)))
        if target != full:
            reader.setScaledSize(target)
    image = reader.read()
    return image if not image.isNull() else QImage()


def text_qr_source(text: str) -> str:
    """image://qr/t<hex of UTF-8 text>: a QR that carries the text itself (read offline)."""
    return f"image://qr/t{text.encode('utf-8').hex()}" if text else ""


def _text_qr_image(text: str) -> QImage:
    """The QR of `text`, one module a pixel with a 4-module quiet zone, drawn straight into a QImage (Pillow
    and a PNG round trip cost 2 MB of a kiosk's memory); the Image scales it up without smoothing."""
    from kiosk.receipts.slip import qr_matrix

    matrix = qr_matrix(text)
    border = 4
    side = len(matrix) + 2 * border
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(255)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                image.setPixel(c + border, r + border, 0)
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
        return _decode_bounded(data, size, requested)


class QrImageProvider(QQuickImageProvider):
    """image://qr/<hex of an ASCII payload>, or image://qr/t<hex of UTF-8 text>"""

    def __init__(self):
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:  # noqa: N802
        try:
            if image_id.startswith("t"):  # the text itself, UTF-8 with an ECI header
                image = _text_qr_image(bytes.fromhex(image_id[1:]).decode("utf-8"))
            else:
                payload = bytes.fromhex(image_id).decode("ascii")
                image = QImage.fromData(qr_png(payload, box_size=8, border=4))
        except (ValueError, KioskError):
            return QImage()
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
