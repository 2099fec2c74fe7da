"""Characters and scripts: what counts as hanzi, and Traditional -> Simplified with OpenCC."""

from __future__ import annotations

from functools import lru_cache

import opencc


def is_han(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or code >= 0x20000


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def simplify(text: str) -> tuple[str, int]:
    """Traditional -> Simplified; returns the text and how many characters changed."""
    converted = to_simplified(text)
    if len(converted) == len(text):
        changed = sum(1 for a, b in zip(text, converted, strict=True) if a != b)
    else:
        changed = abs(len(converted) - len(text)) + sum(1 for a, b in zip(text, converted, strict=False) if a != b)
    return converted, changed
