"""ID documents: GB 11643 and GB 32100 check characters, permit formats, phones, masking."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.errors import ValidationError
from kiosk.requests.identity import (
    check_hk_macau_permit,
    check_id_document,
    check_passport,
    check_phone,
    check_resident_id,
    check_taiwan_permit,
    check_uscc,
    mask_id_number,
    mask_phone,
)
from tests.requests.conftest import resident_id

TODAY = dt.date(2026, 11, 22)
# GB 32100 weights and alphabet written out from the standard, independently of the code under test.
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(first17: str) -> str:
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return first17 + _USCC_CHARS[(31 - total % 31) % 31]


@pytest.mark.parametrize("first17", ["11010519491231002", "36243019560304128", "44030420000229001",
                                     "62010219880808351", "81000019900101123"])
def test_resident_ids_with_computed_check_characters_pass(first17):
    number = resident_id(first17)
    assert check_resident_id(number.lower(), TODAY) == number
    assert check_id_document("resident_id", f" {number} ", TODAY) == number


def test_the_standard_example_id_is_valid_and_ends_in_x():
    assert resident_id("11010519491231002") == "11010519491231002X"
    assert check_resident_id("11010519491231002x", TODAY) == "11010519491231002X"
    assert check_resident_id("１１０１０５１９４９１２３１００２Ｘ", TODAY) == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("110105194912310021", "校验码"),  # wrong check digit
        ("11010519491231002", "18位"),
        ("1101051949123100XX", "18位"),
        ("910105194912310020", "地区码"),
        ("110105194902300023", "出生日期不存在"),  # 1949-02-30
        (resident_id("11010520301231002"), "不合理"),  # born in 2030
    ],
)
def test_bad_resident_ids_are_refused_with_a_reason(number, message):
    with pytest.raises(ValidationError, match=message) as info:
        check_resident_id(number, TODAY)
    assert info.value.field == "id_number"


def test_every_single_digit_typo_in_a_resident_id_is_caught():
    number = resident_id("36243019560304128")
    for i in range(17):
        for digit in "0123456789":
            if digit != number[i]:
                typo = number[:i] + digit + number[i + 1:]
                with pytest.raises(ValidationError):
                    check_resident_id(typo, TODAY)


@pytest.mark.parametrize("first17", ["91350100M000100Y4", "91110000600037341", "12100000400010398",
                                     "52370000MJD628530", "31440000MD0152110"])
def test_credit_codes_with_computed_check_characters_pass(first17):
    code = uscc(first17)
    assert check_uscc(code.lower()) == code
    assert check_id_document("uscc", code) == code


def test_a_published_credit_code_checks():
    assert uscc("91350100M000100Y4") == "91350100M000100Y43"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("91350100M000100Y44", "校验码"),
        ("91350100M000100Y4", "18位"),
        ("91350100M000I00Y43", "不允许的字符"),
        ("913501A0M000100Y43", "行政区划"),
    ],
)
def test_bad_credit_codes_are_refused(code, message):
    with pytest.raises(ValidationError, match=message):
        check_uscc(code)


def test_passports_and_permits_are_checked_by_format():
    assert check_passport("e12345678") == "E12345678"
    assert check_passport("EA1234567") == "EA1234567"
    assert check_passport("X9876543") == "X9876543"  # a foreign passport
    for bad in ("E123", "ABCDEFGHI", "E1234567890123"):
        with pytest.raises(ValidationError, match="护照"):
            check_passport(bad)
    assert check_hk_macau_permit("h12345678") == "H12345678"
    assert check_hk_macau_permit("M1234567801") == "M1234567801"
    for bad in ("C12345678", "H1234567", "12345678"):
        with pytest.raises(ValidationError, match="港澳"):
            check_hk_macau_permit(bad)
    assert check_taiwan_permit("01234567") == "01234567"
    assert check_taiwan_permit("1234567890(B)") == "1234567890B"
    for bad in ("T1234567", "123456"):
        with pytest.raises(ValidationError, match="台湾"):
            check_taiwan_permit(bad)


def test_phones_mobile_landline_and_normalisation():
    assert check_phone("138 1234 5678") == "13812345678"
    assert check_phone("１３８１２３４５６７８") == "13812345678"  # typed with a Chinese IME
    assert check_phone("+86 138-1234-5678") == "13812345678"
    assert check_phone("0796-6123456") == "0796-6123456"
    assert check_phone("07966123456") == "0796-6123456"
    assert check_phone("010-12345678") == "010-12345678"
    assert check_phone("6123456") == "6123456"
    assert check_phone("+85291234567") == "+85291234567"
    for bad in ("12345", "23812345678", "abc", "1381234567"):
        with pytest.raises(ValidationError) as info:
            check_phone(bad)
        assert info.value.field == "phone"


def test_masking_hides_the_middle():
    assert mask_id_number("36243019560304128X") == "362***********128X"
    assert mask_id_number("H12345678") == "H******78"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0796-6123456") == "0796-****456"
    assert "2345" not in mask_phone("13812345678")
