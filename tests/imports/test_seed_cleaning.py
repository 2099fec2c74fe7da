"""The two real seed documents clean to readable Simplified Chinese with nothing lost."""

from __future__ import annotations

import re

import pytest

from kiosk.cleaning import clean_text
from tests.imports.conftest import INTERPRETATION, WORK_POINTS, letters_only, sentences

LATIN_IN_BRACKETS = re.compile(r"[(（][A-Za-z:üāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ ]+[0-5]?[)）]")


def reference_work_points(t2s) -> str:
    """Independent reference: drop every (latin) bracket with one regex, then OpenCC t2s."""
    raw = WORK_POINTS.read_text(encoding="utf-8")
    return t2s(re.sub(r"\([a-z]+\)", "", raw))


def reference_interpretation() -> str:
    raw = INTERPRETATION.read_text(encoding="utf-8")
    text = raw.replace("@@", "").replace("乐动安卓app ", "")
    return "\n".join(line for line in text.split("\n") if not line.startswith("责任编辑"))


@pytest.fixture(scope="module")
def cleaned():
    return (clean_text(WORK_POINTS.read_text(encoding="utf-8")),
            clean_text(INTERPRETATION.read_text(encoding="utf-8")))


def test_no_pinyin_marks_spam_or_footer_left(cleaned):
    for result in cleaned:
        assert not LATIN_IN_BRACKETS.search(result.text)
        assert "@@" not in result.text and "@" not in result.text
        assert "乐动" not in result.text and "app" not in result.text.lower()
        assert "责任编辑" not in result.text and "zhouxin" not in result.text


def test_no_traditional_characters_are_left(cleaned, t2s, s2t):
    work_points, interpretation = cleaned
    raw = WORK_POINTS.read_text(encoding="utf-8")
    traditional_in_source = {c for c in raw if t2s(c) != c}
    assert len(traditional_in_source) > 100  # the seed really is Traditional
    for result in cleaned:
        assert t2s(result.text) == result.text
        assert not traditional_in_source & set(result.text)
    # Characters whose Simplified and Traditional forms differ appear in their Simplified form.
    assert "务" in work_points.text and "務" not in work_points.text
    changed_by_s2t = {c for c in work_points.text if s2t(c) != c}
    assert {"务", "开", "规", "级", "区"} <= changed_by_s2t


def test_every_sentence_of_the_work_points_is_present(cleaned, t2s):
    text = letters_only(cleaned[0].text)
    reference = sentences(reference_work_points(t2s))
    assert len(reference) > 80
    missing = [s for s in reference if letters_only(s) not in text]
    assert missing == []


def test_every_sentence_of_the_interpretation_is_present(cleaned):
    text = letters_only(cleaned[1].text)
    reference = sentences(reference_interpretation())
    assert len(reference) > 25
    missing = [s for s in reference if letters_only(s) not in text]
    assert missing == []


def test_key_sentences_read_exactly_as_a_person_checked_them(cleaned):
    work_points, interpretation = cleaned
    assert work_points.text.startswith(
        "2021年全省政务公开工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，以人民为中心深化政务公开，"
    )
    assert "（四）完善财政信息公开机制，促进财政资金使用绩效提升。" in work_points.text
    assert "（省跑改办牵头）" in work_points.text
    assert "严格落实《重大行政决策程序暂行条例》，依法履行决策事项向社会公开征求意见程序，" in work_points.text
    assert "推动惠民惠农政策和资金发放信息公开向村（社区）延伸并与村（居）务公开有效衔接。" in work_points.text
    assert "（国办发〔2021〕12号）" in interpretation.text
    assert "各级政府网站全部支持IPV6访问，二、三级页面支持度不低于90%。" in interpretation.text
    assert "要求2021年底前各地区、各部门借助各级大厅、市民服务中心、社区便民服务点等服务群众较集中的场所和设施" \
        in interpretation.text
    assert "三是充分征求并吸纳各市（州）政府和省政府各委、办、厅、局的意见建议，" in interpretation.text


def test_headings_stay_on_their_own_lines(cleaned):
    work_points, interpretation = cleaned
    lines = work_points.text.split("\n")
    assert [line for line in lines if re.match(r"^[一二三四五]、", line)] == [
        "一、聚焦重点领域深化政务公开", "二、聚焦解读回应深化政务公开", "三、聚焦依申请公开深化政务公开",
        "四、聚焦政务公开数字化深化政务公开", "五、聚焦强基础强保障深化政务公开",
    ]
    assert sum(1 for line in lines if re.match(r"^（[一二三四五]）", line)) == 15
    lines = interpretation.text.split("\n")
    assert "一、起草背景和过程" in lines and "二、主要内容" in lines
    assert sum(1 for line in lines if line.startswith("（")) == 5
    assert all(line == line.strip() and line for line in lines)


def test_the_report_counts_what_changed_and_flags_the_spam(cleaned):
    work_points, interpretation = cleaned
    assert work_points.changes["pinyin_readings"] > 2000
    assert work_points.changes["traditional_chars"] > 1000
    assert work_points.flags == []
    assert interpretation.changes["segmentation_marks"] > 200
    assert interpretation.changes["footer_lines"] == 1
    assert interpretation.changes["spam"] == 1
    [flag] = interpretation.flags
    assert (flag.kind, flag.text, flag.action) == ("spam_brand", "乐动安卓app", "removed")
    assert "各级乐动安卓app" in flag.context
    assert interpretation.removed_lines == ["责任编辑:zhouxin"]


def test_cleaning_is_idempotent(cleaned):
    for result in cleaned:
        again = clean_text(result.text)
        assert again.text == result.text
        assert again.flags == [] and again.changes == {}
