"""Take-away QR codes: ASCII payload, PNG that decodes back to the same URL."""

import io

import pytest
from PIL import Image
from pyzbar.pyzbar import decode

from kiosk.errors import ValidationError
from kiosk.printing.qr import public_url, qr_png


def test_public_url_is_ascii_and_joins_paths():
    assert public_url("https://www.qingxi.gov.cn/qhz/", "doc/12.html") == "https://www.qingxi.gov.cn/qhz/doc/12.html"
    assert public_url("https://x.cn/qhz", "/notice/3.html") == "https://x.cn/qhz/notice/3.html"
    url = public_url("https://x.cn/", "搜索/补贴.html")
    assert url.isascii() and "%E8%A1%A5" in url


def test_png_decodes_back_to_the_payload():
    url = "https://www.qingxi.gov.cn/qhz/notice/11.html"
    png = qr_png(url)
    assert png.startswith(b"\x89PNG")
    decoded = decode(Image.open(io.BytesIO(png)))
    assert [d.data.decode("ascii") for d in decoded] == [url]


def test_non_ascii_payload_and_missing_base_are_refused():
    with pytest.raises(ValidationError):
        qr_png("https://x.cn/补贴")
    with pytest.raises(ValidationError, match="public_base_url"):
        public_url("", "doc/1.html")
