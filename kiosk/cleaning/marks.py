"""Segmentation marks left by word-splitting tools (政务@@公开@@): runs of two or more '@'.

A single '@' is kept: it belongs to e-mail addresses.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"@{2,}")


def strip_marks(text: str) -> tuple[str, int]:
    """Remove segmentation marks; returns the text and how many runs were removed."""
    return _MARKS.subn("", text)
