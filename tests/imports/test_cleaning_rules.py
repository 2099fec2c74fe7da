"""The rules one by one: what must go, what must stay, what must be flagged."""

from __future__ import annotations

import pytest

from kiosk.cleaning import clean_text
from kiosk.cleaning.lists import load_lists
from kiosk.paths import resources_dir


def cleaned(text: str) -> str:
    return clean_text(text).text


@pytest.mark.parametrize("text", [
    "（一）加强组织领导。",
    "依据《条例》（2019年修订）执行。",
    "根据国办发〔2021〕12号文件（国办发〔2021〕12号）执行。",
    "全部支持IPV6访问（IPV6）。",
    "政府信息公开（Government Information Disclosure）专栏。",
    "详见附件（2）和说明（a）。",
    "中国（China）。",
    "标准为每亩105.5元（含税）。",
])
def test_legitimate_brackets_survive(text):
    assert cleaned(text) == text


@pytest.mark.parametrize(("dirty", "clean"), [
    ("政(zheng)(zheng)務(wu)(wu)公開", "政务公开"),
    ("政（zhèng）务（wù）", "政务"),
    ("政(zheng4)务(wu4)", "政务"),
    ("法律(lǜ)法律(lv4)法律(lu:)", "法律法律法律"),
    ("重(chong)要(yao)的重(zhong)任", "重要的重任"),      # polyphones: any reading of the character
    ("(四(si))完善", "（四）完善"),
    ("政（ｚｈｅｎｇ）务（Ｗｕ４）", "政务"),               # readings typed full-width
    ("政务(zhengwu)公开(gong kai)", "政务公开"),          # readings of whole words
    ("审核(ZHENG)", "审核（ZHENG）"),                      # not a reading of 核: stays
])
def test_readings_go_only_when_they_read_the_character_before(dirty, clean):
    assert cleaned(dirty) == clean


def test_segmentation_marks_go_but_an_email_keeps_its_at():
    result = clean_text("监督@@邮箱@@@@：zwgk@zj.gov.cn")
    assert result.text == "监督邮箱：zwgk@zj.gov.cn"
    assert result.changes["segmentation_marks"] == 2 and result.flags == []


def test_government_latin_and_app_names_survive():
    text = "请登录“浙里办”APP或i深圳办理，各级网站支持IPV6访问，PM2.5浓度下降，覆盖5G网络。"
    result = clean_text(text)
    assert result.text == text and result.flags == []


def test_blocklisted_brands_are_removed_and_flagged_with_context():
    result = clean_text("各部门借助各级开云体育官网政务服务大厅，设立专区。")
    assert result.text == "各部门借助各级政务服务大厅，设立专区。"
    [flag] = result.flags
    assert (flag.kind, flag.text, flag.action) == ("spam_brand", "开云体育官网", "removed")
    assert "各级开云体育官网政务" in flag.context


def test_allowed_places_that_contain_a_brand_word_survive():
    text = "金沙江流域生态补偿资金下达金沙县。福利彩票公益金用于养老服务。"
    assert clean_text(text).text == text and clean_text(text).flags == []


def test_an_unknown_lowercase_word_inside_chinese_is_removed_and_flagged():
    result = clean_text("推进政务服务xinbet大厅建设。")
    assert result.text == "推进政务服务大厅建设。"
    assert [(f.kind, f.text, f.action) for f in result.flags] == [("latin_word", "xinbet", "removed")]


def test_an_unknown_acronym_is_kept_but_flagged():
    result = clean_text("推进QXZ平台建设。")
    assert result.text == "推进QXZ平台建设。"
    assert [(f.kind, f.text, f.action) for f in result.flags] == [("latin_word", "QXZ", "kept")]


def test_units_after_numbers_are_not_brand_words():
    text = "新建道路3.5km，储水200t。"
    assert clean_text(text).text == text and clean_text(text).flags == []


def test_links_to_unknown_domains_are_removed_and_government_links_kept():
    result = clean_text("详见http://www.zj.gov.cn/art/2021/5/8/art_1.html，下载请访问www.88bet-app.vip领取。")
    assert result.text == "详见http://www.zj.gov.cn/art/2021/5/8/art_1.html，下载请访问领取。"
    assert [(f.kind, f.text, f.action) for f in result.flags] == [("link", "www.88bet-app.vip", "removed")]


def test_a_mailbox_on_a_public_mail_service_is_kept_but_flagged():
    result = clean_text("监督邮箱：qhzjb@163.com。")
    assert result.text == "监督邮箱：qhzjb@163.com。"
    assert [(f.kind, f.action) for f in result.flags] == [("link", "kept")]


def test_editor_and_source_lines_go_and_are_reported():
    raw = "来源：省政府办公厅 发布时间：2021-05-08\n正文第一段。\n正文第二段。（编辑：李四）\n责任编辑：张三\n【打印本页】 【关闭窗口】"
    result = clean_text(raw)
    assert result.text == "正文第一段。\n正文第二段。"
    assert result.changes["footer_lines"] == 4
    assert "来源：省政府办公厅 发布时间：2021-05-08" in result.removed_lines


def test_a_sentence_mentioning_a_source_is_not_a_footer():
    text = "通过集中统一平台定期公开偿债资金来源等信息。\n编辑出版政务公开年报。"
    assert cleaned(text) == text


def test_punctuation_and_width_are_normalised_in_chinese_text():
    raw = "各市(州)政府:共6项任务;一是规范,二是公开?「放管服」改革 ， ＩＰＶ６全年１，０００元,12:30前完成."
    assert cleaned(raw) == "各市（州）政府：共6项任务；一是规范，二是公开？“放管服”改革，IPV6全年1,000元，12:30前完成。"


def test_latin_text_keeps_its_own_punctuation():
    text = "Wi-Fi, IPv4 and IPv6: done."
    assert cleaned(text) == text


def test_headings_run_into_a_paragraph_are_moved_to_their_own_line():
    raw = "    一、总体要求  坚持公开为常态。二、主要任务（一）推进决策公开。1.完善目录。二、三级页面支持度不低于90%。"
    assert cleaned(raw).split("\n") == [
        "一、总体要求", "坚持公开为常态。", "二、主要任务（一）推进决策公开。", "1.完善目录。", "二、三级页面支持度不低于90%。",
    ]


def test_a_run_in_heading_is_split_from_its_paragraph_without_changing_a_character():
    raw = "（一）深化政务公开。共6项任务，一是公开规划。\n1.完善目录。\n（二）这是一个很长的编号段落，第一句话就超过了四十个字，所以它不是标题而是一段正文。下一句。"
    assert cleaned(raw).split("\n") == [
        "（一）深化政务公开。", "共6项任务，一是公开规划。", "1.完善目录。",
        "（二）这是一个很长的编号段落，第一句话就超过了四十个字，所以它不是标题而是一段正文。下一句。",
    ]


def test_stray_html_in_plain_text():
    raw = "第一段<br/>第二段&nbsp;有<b>加粗</b>文字&amp;符号。\n第三段。"
    result = clean_text(raw)
    assert result.text == "第一段\n第二段有加粗文字&符号。\n第三段。"
    assert result.changes["html"] >= 4


def test_blocklist_is_data_and_a_local_list_extends_it(tmp_path):
    shipped = resources_dir() / "cleaning"
    assert "乐动" in (shipped / "spam_blocklist.txt").read_text(encoding="utf-8")
    local = tmp_path / "cleaning"
    local.mkdir()
    (local / "spam_blocklist.txt").write_text("# 本县新发现\n青蛙彩坊\n", encoding="utf-8")
    (local / "allowlist.txt").write_text("QXZ\n", encoding="utf-8")
    lists = load_lists(shipped, local)
    result = clean_text("推进QXZ平台和青蛙彩坊app建设。", lists)
    assert result.text == "推进QXZ平台和建设。"
    assert [(f.text, f.action) for f in result.flags] == [("青蛙彩坊app", "removed")]


def test_a_procedure_step_that_starts_like_a_label_is_kept():
    text = "审核：镇政府在10个工作日内完成审核。\n来源：申请人提交的材料，由村委会初审。"
    assert cleaned(text) == text


def test_brand_words_glued_to_numbers_are_caught_but_units_are_not():
    result = clean_text("本月新建道路3.5km，覆盖5G网络，365bet大厅，储水200t。")
    assert result.text == "本月新建道路3.5km，覆盖5G网络，大厅，储水200t。"
    assert [(f.kind, f.text) for f in result.flags] == [("latin_word", "365bet")]


def test_a_latin_brand_does_not_eat_a_longer_word():
    text = "学习Leyuan规划经验。"
    result = clean_text(text)
    assert [(f.text, f.action) for f in result.flags] == [("Leyuan", "removed")]
    assert clean_text("推进bwin大厅建设。").flags[0].kind == "spam_brand"


def test_an_advert_alone_in_brackets_leaves_no_empty_brackets():
    result = clean_text("设立政务公开专区（澳门新葡京官网）。详见（www.kaiyun-ty.com）。")
    assert result.text == "设立政务公开专区。详见。"
    assert [f.kind for f in result.flags] == ["spam_brand", "link"]  # in reading order


def test_a_scraped_page_loses_its_site_furniture():
    page = """<html><body><div>当前位置：首页 > 政务公开 > 政策解读</div>
    <h1>关于高龄津贴的政策解读</h1><p>一、发给谁？</p><p>八十周岁以上老人。</p>
    <div class="foot"><p>主办单位：青禾镇人民政府　承办：镇党政办</p>
    <p>版权所有 © 2026 青禾镇人民政府 赣ICP备12345678号-1 赣公网安备 36243002000123号</p>
    <p>网站标识码：3624300001</p><p>扫一扫在手机打开当前页</p></div></body></html>"""
    result = clean_text(page)
    assert result.text == "关于高龄津贴的政策解读\n一、发给谁？\n八十周岁以上老人。"
    assert result.changes["footer_lines"] == 5 and result.meta["h1"] == "关于高龄津贴的政策解读"


def test_a_short_brand_without_an_advert_tail_is_flagged_not_deleted():
    result = clean_text("开展全民健身快乐动起来活动，拨开云雾见青天。")
    assert result.text == "开展全民健身快乐动起来活动，拨开云雾见青天。"
    assert [(f.text, f.action) for f in result.flags] == [("乐动", "kept"), ("开云", "kept")]


def test_a_cited_latin_name_is_kept_but_flagged():
    result = clean_text("关注微信公众号“qhzhen”，或添加微信号：qhzf2026。")
    assert result.text == "关注微信公众号“qhzhen”，或添加微信号：qhzf2026。"
    assert [(f.text, f.action) for f in result.flags] == [("qhzhen", "kept"), ("qhzf2026", "kept")]


def test_punctuation_after_a_link_is_still_normalised():
    raw = "网址为http://www.gov.cn/zhengce/,欢迎访问;电话:12345."
    assert cleaned(raw) == "网址为http://www.gov.cn/zhengce/，欢迎访问；电话：12345."
