"""The township code, checked the same way everywhere it comes in: setup, request numbers, bundle
manifests, the county's source folders and console.

A township code is the township's 统计用区划代码: 9 digits (e.g. 362430101), or the statistics
office's 12-digit form of it. Only digits, so a code is also safe in a path and a request number.

    is_township_code("362430101")        # True
    check_township_code(" 362430101 ")   # '362430101', or ValidationError in words a clerk can act on
"""

from __future__ import annotations

import re

from kiosk.errors import ValidationError

PATTERN = r"\d{9}|\d{12}"  # for embedding in a larger pattern (request numbers): group it
_CODE = re.compile(PATTERN, re.ASCII)


def is_township_code(value: object) -> bool:
    return isinstance(value, str) and _CODE.fullmatch(value) is not None


def check_township_code(text: object, field: str = "township") -> str:
    """The code without surrounding white space; ValidationError when it is not a township code."""
    code = text.strip() if isinstance(text, str) else text
    if not is_township_code(code):
        raise ValidationError(f"乡镇代码应为9位或12位数字（统计用区划代码），例如 362430101；收到“{text}”", field)
    return code
