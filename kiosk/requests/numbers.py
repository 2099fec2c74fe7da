"""Request numbers: `TOWNSHIP-KIOSK-YEAR-SERIAL-C`, e.g. `362430101-K01-2026-00017-N`.

- TOWNSHIP is the township's administrative code (township.code, else Config.township), KIOSK is
  Config.kiosk_id: two kiosks never hand out the same number, with no network between them.
- YEAR is the year of receipt; SERIAL counts per township, kiosk and year from 1 (at least five
  digits; it simply grows wider after 99999).
- C is an ISO 7064 MOD 37,36 check character (0-9, A-Z) over every letter and digit before it,
  hyphens ignored. It catches every single wrong character and nearly every swap of two neighbours,
  which is what a clerk or a handheld scanner gets wrong.

The serial comes from the `counters` table, incremented inside the same transaction that inserts
the request (see requests_repo.allocate_serial): a crash before COMMIT undoes both, and a number
that was committed is never handed out again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kiosk.errors import ValidationError
from kiosk.township_code import PATTERN as TOWNSHIP_CODE

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_M = 36
_PATTERN = re.compile(rf"({TOWNSHIP_CODE})-([0-9A-Z]{{2,4}})-(\d{{4}})-(\d{{5,9}})-([0-9A-Z])", re.ASCII)


def mod37_36_check_char(payload: str) -> str:
    """The ISO 7064 MOD 37,36 (hybrid) check character for a string of 0-9/A-Z (other characters ignored)."""
    p = _M
    for char in payload.upper():
        if char not in ALPHABET:
            continue
        s = (p + ALPHABET.index(char)) % _M or _M
        p = (2 * s) % (_M + 1)
    return ALPHABET[(_M + 1 - p) % _M]


def mod37_36_is_valid(text: str) -> bool:
    """True when the last character is the right check character for the ones before it."""
    chars = [c for c in text.upper() if c in ALPHABET]
    return len(chars) >= 2 and mod37_36_check_char("".join(chars[:-1])) == chars[-1]


@dataclass(frozen=True)
class RequestNumber:
    township: str
    kiosk: str
    year: int
    serial: int

    def __str__(self) -> str:
        body = f"{self.township}-{self.kiosk}-{self.year:04d}-{self.serial:05d}"
        return f"{body}-{mod37_36_check_char(body)}"


def counter_name(township: str, kiosk: str, year: int) -> str:
    """The `counters` row that numbers one kiosk's requests in one year."""
    return f"request:{township}:{kiosk}:{year:04d}"


def format_number(township: str, kiosk: str, year: int, serial: int) -> str:
    return str(RequestNumber(township.upper(), kiosk.upper(), year, serial))


def shaped_like_a_number(text: str) -> str | None:
    """The typed or scanned text in the number's canonical form when it has the number's shape (check
    character not checked), else None."""
    text = unicodedata.normalize("NFKC", str(text or ""))  # full-width ＡＢ１２－ from a Chinese IME
    cleaned = re.sub(r"[\s_‐-―－]+", "-", text.strip()).upper().strip("-")
    return cleaned if _PATTERN.fullmatch(cleaned) else None


def parse_number(text: str) -> str:
    """Normalise a typed or scanned request number and check it; raises ValidationError.

    Case and surrounding white space do not matter, nor do full-width characters or an underscore
    or space instead of a hyphen (scanners with the wrong keyboard layout)."""
    cleaned = shaped_like_a_number(text)
    if cleaned is None:
        raise ValidationError(
            "申请编号格式不正确，应形如 362430101-K01-2026-00017-N（乡镇-终端-年份-序号-校验位）", "number"
        )
    if not mod37_36_is_valid(cleaned):
        raise ValidationError("申请编号校验位不正确，请核对是否输错或扫描错误", "number")
    return cleaned


def split_number(number: str) -> RequestNumber:
    """The parts of a valid number (after `parse_number`)."""
    township, kiosk, year, serial, _ = _PATTERN.fullmatch(parse_number(number)).groups()
    return RequestNumber(township, kiosk, int(year), int(serial))
