"""The code a request receipt carries in its QR: the request number and its check (kiosk side and county side).

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

Since issue 15 the printed QR holds the county's public status page instead, an https URL a phone
opens (shared/COMMON.md, agreed with the county service):

    {public_status_base}/s/{number}?c={check}

    https://gongkai.example-county.gov.cn/s/362430101-K01-2026-00017-R?c=5D1C09A3

Since issue 23 the URL's check is no longer the CRC (anyone could compute it from the sequential
number and walk every request): it is `status_code`, 10 random characters from the QR alphanumeric
set made when the request is logged (`new_status_code`), stored with it and uploaded to the county,
which compares it in constant time. A request logged before has no code: its receipt keeps the GK1
payload, read by the kiosk's scanner only. `parse_scanned` accepts what a scanner may type at the kiosk:
that URL (any host: the kiosk checks the check value, not the server), the old GK1 payload of
receipts already handed out, or a bare request number.
"""

from __future__ import annotations

import re
import secrets
import zlib
from urllib.parse import parse_qs, quote, unquote, urlsplit

from kiosk.errors import ValidationError

PREFIX = "GK1"
_PAYLOAD = re.compile(r"GK1:([0-9A-Z][0-9A-Z-]{2,40}):([0-9A-F]{8})")


STATUS_CODE = re.compile(r"[0-9A-Z]{8,16}")
_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: a code may be typed from paper


def new_status_code() -> str:
    """The per-request secret of the status URL: 10 characters, 50 random bits."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10))


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


def status_url(base: str, number: str, code: str) -> str:
    """The public status page of `number` under `base` (config key public_status_base), opened with
    the request's random `code` (its `status_code`)."""
    number = parse_receipt_payload(receipt_payload(number))  # same checks as the payload
    if not STATUS_CODE.fullmatch(str(code or "")):
        raise ValidationError("这件申请没有查询码，回执二维码只能在查询机上扫描", "status_code")
    base = str(base or "").strip().rstrip("/")
    if not re.fullmatch(r"https?://[!-~]+", base):
        raise ValidationError(f"public_status_base 应是 https:// 开头的网址：{base or '（空）'}", "public_status_base")
    return f"{base}/s/{quote(number)}?c={code}"


def receipt_qr_text(base: str, number: str, code: str | None = None) -> str:
    """What the receipt's QR holds: the status URL, or the GK1 payload when no base is configured
    (or the request predates status codes)."""
    return status_url(base, number, code) if str(base or "").strip() and code else receipt_payload(number)


_URL_PATH = re.compile(r"/s/([^/?#]+)/?$")


def parse_status_url(text: str) -> str:
    """The request number from a scanned status URL; raises ValidationError if it is not one."""
    parts = urlsplit(str(text or "").strip())
    match = _URL_PATH.search(parts.path)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or not match:
        raise ValidationError("这不是本系统回执上的二维码", "qr")
    number = unquote(match.group(1)).strip().upper()
    check = (parse_qs(parts.query).get("c") or [""])[0].strip().upper()
    if not re.fullmatch(r"[0-9A-Z][0-9A-Z-]{2,40}", number) or not STATUS_CODE.fullmatch(check):
        raise ValidationError("这不是本系统回执上的二维码", "qr")
    # The kiosk shows a request by its number alone (the counter's own screen); the code matters
    # only to the county's public page, which checks it against the stored one.
    return number


def parse_scanned(text: str) -> str | None:
    """A request number from a scanned URL or GK1 payload; None when `text` is neither (a typed
    number, to be looked up as it is). Raises ValidationError for a damaged receipt code."""
    raw = str(text or "").strip()
    if re.match(r"(?i)https?://", raw):
        return parse_status_url(raw)
    if raw.upper().startswith(f"{PREFIX}:"):
        return parse_receipt_payload(raw)
    return None
