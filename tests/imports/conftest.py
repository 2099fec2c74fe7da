"""Shared material for the import tests: the seed texts and a clean reference document."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from kiosk.paths import resources_dir

SEEDS = resources_dir() / "demo" / "seeds"
WORK_POINTS = SEEDS / "000_48829811cf089af9.txt"
INTERPRETATION = SEEDS / "003_760c2856fb5f4647.txt"

# A clean Simplified document as the kiosk should show it: headings on their own lines (a run-in
# heading split from its paragraph), Chinese punctuation, and bracketed things that are not pinyin.
CLEAN_SAMPLE = """青禾镇2026年耕地地力保护补贴实施方案
为贯彻落实《国务院办公厅关于印发2021年政务公开工作要点的通知》（国办发〔2021〕12号），切实保障群众合法权益，制定本方案。
一、补贴对象和标准
（一）补贴对象。
拥有耕地承包权的种地农民，重点支持规模经营主体。
（二）补贴标准。
每亩105.5元，按承包耕地面积计算（2021年度面积为准）。
1.申请人应当如实提供家庭收入、财产等相关材料。
2.审核结果在村务公开栏公示7个工作日，接受群众监督。
二、工作步骤
各级政府网站全部支持IPV6访问，二、三级页面支持度不低于90%。
群众可登录“浙里办”APP或拨打12345热线咨询，网址为www.gov.cn。
（一）行政复议机构审理重点难点问题，推动“同案不同判”问题解决。
三、保障措施
镇纪委、村务监督委员会加强全过程监督（见附件1）。"""


def sentences(text: str) -> list[str]:
    """Sentences of a text, split after 。；！？ and at line ends."""
    parts = []
    for line in text.split("\n"):
        buf = ""
        for char in line:
            buf += char
            if char in "。；！？;!?":
                parts.append(buf)
                buf = ""
        if buf.strip():
            parts.append(buf)
    return [p.strip() for p in parts if p.strip()]


def letters_only(text: str) -> str:
    """Hanzi, Latin letters and digits only: compares sentences regardless of punctuation width."""
    return "".join(c for c in text if c.isalnum())


@pytest.fixture(scope="session")
def t2s():
    return opencc.OpenCC("t2s").convert


@pytest.fixture(scope="session")
def s2t():
    return opencc.OpenCC("s2t").convert


@pytest.fixture
def sample() -> str:
    return CLEAN_SAMPLE


@pytest.fixture
def seed_paths() -> tuple[Path, Path]:
    return WORK_POINTS, INTERPRETATION
