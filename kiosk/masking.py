"""Masking recipient names for public display (去标识化). Config `name_masking` picks the profile.

There is no national pattern (shared/DOMAIN.md §4.2); the safe default shows the surname only.
"""

from __future__ import annotations

from kiosk.errors import ConfigError

PROFILES = ("surname", "surname_last", "none")

# Two-character surnames, so 欧阳娜娜 masks to 欧阳* rather than 欧*.
COMPOUND_SURNAMES = frozenset(
    ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯", "轩辕", "端木", "西门", "南宫", "独孤", "呼延", "澹台", "万俟", "闻人"]
)


def surname_of(name: str) -> str:
    return name[:2] if len(name) > 2 and name[:2] in COMPOUND_SURNAMES else name[:1]


def mask_name(name: str, profile: str = "surname") -> str:
    """张三丰 -> 张* (surname) or 张*丰 (surname_last); a one-character name becomes *."""
    name = name.strip()
    if profile == "none":
        return name
    if profile not in PROFILES:
        raise ConfigError(f"未知的姓名脱敏方式: {profile}（可选 {'、'.join(PROFILES)}）")
    if len(name) <= 1:
        return "*"
    surname = surname_of(name)
    given = name[len(surname):]
    if profile == "surname_last" and len(given) >= 2:
        return f"{surname}*{given[-1]}"
    return f"{surname}*"


def mask_id_last4(last4: str) -> str:
    """Only the last four ID characters are known here; show them behind 14 stars (18-digit layout)."""
    return "*" * 14 + last4.upper()
