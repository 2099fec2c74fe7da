"""How big a published picture may be, in pixels (issue 25).

A 7900×7900 PNG of a few megabytes decodes to 250 MB of pixels, and the kiosk held 650 MB resident for
one screen. A picture above MAX_PIXELS is refused where it comes in (the county's import, the kiosk's
bundle apply), with its size and the limit; the screen decodes the rest at the size it shows them.
Only the header is read here: nothing is decoded.
"""

from __future__ import annotations

import io
import warnings

from kiosk.errors import ValidationError

MAX_PIXELS = 24_000_000  # e.g. 6000×4000, a 24-megapixel camera photo
MAX_SIDE = 12_000


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from the image's header; None when it is not an image Pillow knows."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's own decompression-bomb warning: we decide below
            with Image.open(io.BytesIO(data)) as image:
                return image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def check_image(data: bytes, name: str) -> None:
    """Raise ValidationError when the picture `name` is too large to show on a kiosk."""
    size = image_size(data)
    if size is None:
        return
    width, height = size
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        raise ValidationError(
            f"图片 {name} 为 {width}×{height} 像素（{width * height / 1e6:.0f} 百万像素），超过一体机的上限 "
            f"{MAX_PIXELS / 1e6:.0f} 百万像素（单边不超过 {MAX_SIDE}）；请缩小后再发布，例如缩到 4000×3000")
