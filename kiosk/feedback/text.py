"""Free text a resident types, or a county answer made public: bounded, stripped, and refused when
it holds what the counter refuses too (control, invisible or bidi characters: kiosk/trust/text_safety)
or looks like personal data (an ID number or a phone number)."""

from __future__ import annotations

import re
import unicodedata

from kiosk.errors import ValidationError
from kiosk.trust.text_safety import is_invisible_only, unsafe_reason

# 15/18-character ID numbers, mobile numbers, landlines, and any run of 7+ digits (a number of some
# person's): none belongs in a published answer or an anonymous rating.
_ID = re.compile(r"(?<![0-9])\d{17}[0-9Xx](?![0-9])|(?<![0-9])\d{15}(?![0-9])")
_SEP = r"[ .\-·•_/,，、]?"  # what people put between groups of digits: 139.0796.1234, 139-0796-1234
_PHONE = re.compile(rf"(?<![0-9])1[3-9]\d{_SEP}\d{{4}}{_SEP}\d{{4}}(?![0-9])|(?<![0-9])0\d{{2,3}}{_SEP}\d{{7,8}}(?![0-9])")
_DIGITS = re.compile(r"\d{7,}")


# Digits as people write them out: 一三九零七九六一二三四, 幺 for 1 when read aloud, full-width and other scripts.
_SPOKEN_DIGITS = str.maketrans("〇零○一幺二两三四五六七八九", "00011223456789")


def _as_digits(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_SPOKEN_DIGITS)
    return "".join(str(unicodedata.digit(ch)) if ch.isdecimal() else ch for ch in text)


def looks_personal(text: str) -> bool:
    """True when the text holds something like an ID number or a phone number, however it is written:
    spaced, dotted or dashed, in full-width or other digits, or spelled out in Chinese numerals."""
    digits = _as_digits(text)
    squeezed = re.sub(r"\s", "", digits)
    return bool(_ID.search(squeezed) or _PHONE.search(digits) or _PHONE.search(squeezed)
                or _DIGITS.search(squeezed))


def bounded(text: str, limit: int, what: str, *, required: bool = False, public: bool = True) -> str:
    """The text stripped; ValidationError (in words a resident reads) when empty but required,
    longer than `limit` characters, or (when `public`) holding what looks like an ID or phone number."""
    if not isinstance(text, str):
        raise ValidationError(f"{what}格式错误")
    cleaned = text.strip()
    if required and (not cleaned or is_invisible_only(cleaned)):
        raise ValidationError(f"请填写{what}")
    reason = unsafe_reason(cleaned, allow_newlines=True)  # as at the counter: NUL, ESC, zero-width, bidi...
    if reason:
        raise ValidationError(f"{what}{reason}")
    if len(cleaned) > limit:
        raise ValidationError(f"{what}最多 {limit} 个字，现在有 {len(cleaned)} 个字")
    if public and looks_personal(cleaned):
        raise ValidationError(f"{what}中不能有身份证号码或电话号码")
    return cleaned
