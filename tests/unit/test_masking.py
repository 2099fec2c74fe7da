"""Recipient names are masked before they reach the screen; no profile leaks a full name."""

import pytest

from kiosk.errors import ConfigError
from kiosk.masking import mask_id_last4, mask_name


@pytest.mark.parametrize(
    ("name", "profile", "shown"),
    [
        ("张三", "surname", "张*"),
        ("张三丰", "surname", "张*"),
        ("欧阳娜娜", "surname", "欧阳*"),
        ("张三丰", "surname_last", "张*丰"),
        ("张三", "surname_last", "张*"),  # showing the last character would show the whole name
        ("王", "surname", "*"),
        (" 李四 ", "surname", "李*"),
        ("张三丰", "none", "张三丰"),
    ],
)
def test_mask_name(name, profile, shown):
    assert mask_name(name, profile) == shown


@pytest.mark.parametrize("name", ["张三", "李小明", "欧阳修文", "司马相如", "阿依古丽·买买提"])
@pytest.mark.parametrize("profile", ["surname", "surname_last"])
def test_masked_name_is_never_the_full_name(name, profile):
    masked = mask_name(name, profile)
    assert masked != name and "*" in masked


def test_unknown_profile_is_a_config_error():
    with pytest.raises(ConfigError, match="脱敏"):
        mask_name("张三", "initials")


def test_id_shows_only_last_four():
    assert mask_id_last4("123x") == "**************123X"
