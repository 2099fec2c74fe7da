"""The QR payload printed on a request receipt.

Format (ASCII only, every character in the QR alphanumeric set, so the code stays small and zbar
never has to guess a text encoding; shared/TECH.md §4):

    GK1:<request number>:<check>

    GK1:362430101-K01-2026-00017-R:5D1C09A3

- `GK1` names the format and its version; a reader refuses any other prefix.
- `<request number>` is the number exactly as printed (it carries its own MOD 37,36 check character).
- `<check>` is the CRC-32 (zlib/ISO-HDLC polynomial) of the ASCII bytes of `GK1:<request number>`,
  as 8 upper-case hexadecimal digits. It tells a scanned Gongkai receipt from any other QR code and
  catches a payload that was cut or edited by hand; it is not a signature.

`parse_receipt_payload` gives the request number back, or raises ValidationError.
"""

from __future__ import annotations

import re
import zlib

from kiosk.errors import ValidationError

PREFIX = "GK1"
_PAYLOAD = re.compile(r"GK1:([0-9A-Z][0-9A-Z-]{2,40}):([0-9A-F]{8})")


def receipt_check(number: str) -> str:
    return f"{zlib.crc32(f'{PREFIX}:{number}'.encode('ascii')):08X}"


def receipt_payload(number: str) -> str:
    number = number.strip().upper()
    if not number.isascii() or not re.fullmatch(r"[0-9A-Z-]+", number):
        raise ValidationError(f"申请编号不能放进回执二维码：{number}", "number")
    return f"{PREFIX}:{number}:{receipt_check(number)}"


def parse_receipt_payload(text: str) -> str:
    """The request number from a scanned receipt QR code; raises ValidationError if it is not one."""
    match = _PAYLOAD.fullmatch(str(text or "").strip().upper())
    if not match:
        raise ValidationError("这不是本系统回执上的二维码", "qr")
    number, check = match.groups()
    if receipt_check(number) != check:
        raise ValidationError("回执二维码校验不通过，请改为手工输入申请编号", "qr")
    return number
