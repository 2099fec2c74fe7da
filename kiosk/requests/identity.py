"""Identity documents and contact numbers: checks, normalisation and masking.

- Resident ID (居民身份证, GB 11643-1999): 17 digits + a check character. Weights 2^(17-i) mod 11,
  check = (12 - sum mod 11) mod 11, where 10 is written X. The 6-digit region must start with a
  province digit 1-8 and the birth date (digits 7-14) must be a real, past date.
- Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
  0-9A-Z without I O S V Z; weights 3^i mod 31; check = 31 - (sum mod 31), 31 -> 0.
  Positions 3-8 are a region code (digits).
- Passports, Hong Kong/Macao and Taiwan permits carry no public check digit: their format is checked.

`mask_id_number` / `mask_phone` are what every non-staff surface (receipts, the resident screen)
shows. Full numbers appear only in staff views and the county export.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from kiosk.errors import ValidationError

ID_TYPES = ("resident_id", "uscc", "passport", "hk_macau_permit", "taiwan_permit")

_RESIDENT_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = [3**i % 31 for i in range(17)]


def resident_id_check_char(first17: str) -> str:
    """The GB 11643 check character for 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _RESIDENT_WEIGHTS, strict=True))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def uscc_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters of a credit code."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def normalise_document_number(text: str) -> str:
    """Upper case, no spaces, no brackets (台胞证 numbers are often written 1234567890(B))."""
    return re.sub(r"[\s()（）]", "", unicodedata.normalize("NFKC", str(text))).upper()


def check_resident_id(number: str, today: dt.date | None = None) -> str:
    number = normalise_document_number(number)
    if not re.fullmatch(r"\d{17}[\dX]", number):
        raise ValidationError("居民身份证号码应为18位：17位数字加1位校验码（数字或X）", "id_number")
    if number[0] not in "12345678":
        raise ValidationError("居民身份证号码的地区码不正确", "id_number")
    try:
        born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError("居民身份证号码中的出生日期不存在", "id_number") from None
    if born.year < 1900 or (today is not None and born > today):
        raise ValidationError("居民身份证号码中的出生日期不合理", "id_number")
    if resident_id_check_char(number[:17]) != number[17]:
        raise ValidationError("居民身份证号码校验码不正确，请核对是否输错", "id_number")
    return number


def check_uscc(code: str) -> str:
    code = normalise_document_number(code)
    if len(code) != 18:
        raise ValidationError("统一社会信用代码应为18位", "id_number")
    bad = sorted({c for c in code if c not in USCC_ALPHABET})
    if bad:
        raise ValidationError(f"统一社会信用代码含有不允许的字符：{''.join(bad)}（不使用 I、O、S、V、Z）", "id_number")
    if not code[2:8].isdigit():
        raise ValidationError("统一社会信用代码第3至8位应为行政区划代码（数字）", "id_number")
    if uscc_check_char(code[:17]) != code[17]:
        raise ValidationError("统一社会信用代码校验码不正确，请核对是否输错", "id_number")
    return code


# Chinese passports: E + 8 digits, E + letter + 7 digits (2019 series), G/D/S/P series; foreign
# passports vary by country, so any 6-12 letters and digits with at least one digit is accepted.
_CN_PASSPORT = re.compile(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E?\d{7,8}")
_ANY_PASSPORT = re.compile(r"(?=.*\d)[A-Z0-9]{6,12}")


def check_passport(number: str) -> str:
    number = normalise_document_number(number)
    if not (_CN_PASSPORT.fullmatch(number) or _ANY_PASSPORT.fullmatch(number)):
        raise ValidationError("护照号码格式不正确（6至12位字母和数字）", "id_number")
    return number


def check_hk_macau_permit(number: str) -> str:
    """港澳居民来往内地通行证: H (Hong Kong) or M (Macao) + 8 digits (older cards: + 10 digits)."""
    number = normalise_document_number(number)
    if not re.fullmatch(r"[HM]\d{8}(\d{2})?", number):
        raise ValidationError("港澳居民来往内地通行证号码应为 H 或 M 加8位数字（旧证10位）", "id_number")
    return number


def check_taiwan_permit(number: str) -> str:
    """台湾居民来往大陆通行证: 8 digits (card since 2015), or 10 digits with an optional letter (old booklet)."""
    number = normalise_document_number(number)
    if not re.fullmatch(r"\d{8}|\d{10}[A-Z]?", number):
        raise ValidationError("台湾居民来往大陆通行证号码应为8位数字（旧证10位数字加1位字母）", "id_number")
    return number


def check_id_document(id_type: str, number: str, today: dt.date | None = None) -> str:
    """Check and normalise an identity document number of the given type."""
    if not str(number).strip():
        raise ValidationError("请填写证件号码", "id_number")
    if id_type == "resident_id":
        return check_resident_id(number, today)
    if id_type == "uscc":
        return check_uscc(number)
    if id_type == "passport":
        return check_passport(number)
    if id_type == "hk_macau_permit":
        return check_hk_macau_permit(number)
    if id_type == "taiwan_permit":
        return check_taiwan_permit(number)
    raise ValidationError(f"未知的证件类型：{id_type}", "id_type")


_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")
_LOCAL = re.compile(r"\d{7,8}")
_HK_MO_TW = re.compile(r"\+(852\d{8}|853\d{8}|886\d{9})")


def is_mobile(text: str) -> bool:
    """A whole mainland mobile number as typed (13812345678)."""
    return _MOBILE.fullmatch(text) is not None


def check_phone(text: str) -> str:
    """A mainland mobile (13812345678), a landline (0796-6123456, 07966123456, 6123456) or an
    HK/Macao/Taiwan number with its country code. Returns the normalised form."""
    raw = re.sub(r"[\s()（）—－]", lambda m: "-" if m.group() in "—－" else "", unicodedata.normalize("NFKC", str(text)))
    if not raw:
        raise ValidationError("请填写联系电话", "phone")
    if raw.startswith("+86"):
        raw = raw[3:]
    elif raw.startswith("0086"):
        raw = raw[4:]
    compact = raw.replace("-", "")
    if _MOBILE.fullmatch(compact):
        return compact
    if _HK_MO_TW.fullmatch(compact):
        return compact
    if _LANDLINE.fullmatch(raw) or _LOCAL.fullmatch(raw):
        if "-" not in raw and raw.startswith("0") and len(raw) in (11, 12):
            # 0796xxxxxxx: area codes are 3 digits (010, 020-029) or 4 digits; keep it readable.
            area = 3 if raw[1] in "12" else 4
            return f"{raw[:area]}-{raw[area:]}"
        return raw
    raise ValidationError("联系电话格式不正确：手机为11位（如13812345678），固定电话如 0796-6123456", "phone")


def mask_id_number(number: str) -> str:
    """The first 3 and last 4 characters of an ID number, stars between: 362***********1234.

    Short numbers (permits, passports) keep their first and last 2 characters."""
    number = str(number or "").strip()
    if len(number) >= 10:
        return number[:3] + "*" * (len(number) - 7) + number[-4:]
    if len(number) >= 5:
        return number[:1] + "*" * (len(number) - 3) + number[-2:]
    return "*" * len(number)


def mask_phone(phone: str) -> str:
    """138****5678 for mobiles; 0796-****456 for landlines (area code and last 3 digits)."""
    phone = str(phone or "").strip()
    digits = phone.replace("-", "")
    if _MOBILE.fullmatch(digits):
        return digits[:3] + "****" + digits[-4:]
    if "-" in phone:
        area, rest = phone.split("-", 1)
        rest = rest.replace("-", "")
        return f"{area}-" + "*" * max(len(rest) - 3, 0) + rest[-3:]
    if len(digits) > 4:
        return "*" * (len(digits) - 3) + digits[-3:]
    return "*" * len(digits)
