"""Take-away QR codes: an ASCII payload (zbar misreads UTF-8 without ECI, TECH.md §4) as PNG bytes."""

from __future__ import annotations

import io
from urllib.parse import quote, urljoin

from kiosk.errors import ValidationError


def public_url(base_url: str, path: str) -> str:
    """The township's public web address for a page, percent-encoded so the payload is pure ASCII."""
    base = (base_url or "").strip()
    if not base:
        raise ValidationError("未配置公开网站地址（township.public_base_url）")
    if not base.endswith("/"):
        base += "/"
    url = urljoin(base, path.lstrip("/"))
    return quote(url, safe=":/?&=#%~+,;@!$'()*[]")


def ascii_payload(text: str) -> str:
    if not text.isascii():
        raise ValidationError("二维码内容必须是 ASCII（中文请先百分号编码）")
    return text


def qr_png(payload: str, *, box_size: int = 8, border: int = 4) -> bytes:
    """PNG bytes of a QR code for an ASCII payload, black on white with the standard quiet zone."""
    # Imported on first use: qrcode brings PIL, which the kiosk's first frame does not need.
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=border)
    code.add_data(ascii_payload(payload).encode("ascii"))
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(buffer, format="PNG")
    return buffer.getvalue()
