"""Images are bounded (issue 25): a 7900×7900 picture is refused at the county's import and at the kiosk's
apply, with its size and the limit; the kiosk decodes pictures at the size it shows them."""

from __future__ import annotations

import struct
import zlib

import pytest

from kiosk.content.image_limits import MAX_PIXELS, check_image
from kiosk.errors import BundleRejected, ValidationError
from sync.apply import _bounded
from sync.bundle import Attachment


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header says width×height: the size is read from it without decoding anything."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    idat = b"IDAT" + zlib.compress(b"")  # a first data chunk: readers take the header from before it
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))
            + struct.pack(">I", len(idat) - 4) + idat + struct.pack(">I", zlib.crc32(idat))
            + struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND")))


def test_a_huge_picture_is_refused_with_its_size_and_the_limit():
    with pytest.raises(ValidationError, match=r"图片 停水.png 为 7900×7900 像素.*上限 24 百万像素"):
        check_image(png_header(7900, 7900), "停水.png")
    check_image(png_header(4000, 3000), "ok.png")  # a camera photo passes
    assert 4000 * 3000 <= MAX_PIXELS


def test_the_county_import_refuses_it_before_publishing(source, repo, publish_again):
    notice = sorted((source / "notices").glob("*.txt"))[0]
    head, _, body = notice.read_text(encoding="utf-8").partition("\n\n")
    head = "\n".join(line for line in head.splitlines() if not line.startswith("图片"))
    notice.write_text(head + "\n图片：巨幅.png\n\n" + body, encoding="utf-8")
    (source / "notices" / "images").mkdir(exist_ok=True)
    (source / "notices" / "images" / "巨幅.png").write_bytes(png_header(7900, 7900))
    published = sorted(p.name for p in (repo / "public").rglob("manifest.json"))
    with pytest.raises(ValidationError, match=r"巨幅.png 为 7900×7900 像素"):
        publish_again(source)
    assert sorted(p.name for p in (repo / "public").rglob("manifest.json")) == published


def test_the_kiosk_apply_refuses_it_too():
    with pytest.raises(BundleRejected, match=r"7900×7900 像素.*整个数据包已拒绝"):
        _bounded(Attachment("ab" * 32, "image/png", 100), png_header(7900, 7900))
    data = png_header(800, 600)
    assert _bounded(Attachment("cd" * 32, "image/png", len(data)), data) == data
