"""Rule evaluation: match, no match, "may match" when a question was skipped, and every demo rule."""

from __future__ import annotations

import copy
import json

import pytest

from kiosk.eligibility.evaluate import MATCH, MAYBE, MAYBE_TEXT, evaluate, facts_from_answers, should_ask
from kiosk.eligibility.results import active_rules, find, shipped_rules_text
from kiosk.eligibility.schema import MAX_QUESTIONS, parse_rules
from kiosk.errors import ValidationError


@pytest.fixture(scope="module")
def rules():
    return parse_rules(shipped_rules_text())


def ids(results):
    return {r.rule.id if hasattr(r, "rule") else r.id: r.status for r in results}


def run(rules, answers):
    return ids(evaluate(rules, facts_from_answers(rules, answers)))


def test_age_80_matches_gaoling_with_a_plain_reason(rules):
    found = evaluate(rules, facts_from_answers(rules, {"age": "a80"}))
    gaoling = next(m for m in found if m.rule.id == "gaoling")
    assert gaoling.status == MATCH
    assert gaoling.reason == "您年满80岁，可申请高龄津贴。"
    ninety = next(m for m in evaluate(rules, facts_from_answers(rules, {"age": "a90"})) if m.rule.id == "gaoling")
    assert ninety.reason == "您年满90岁，可申请高龄津贴。"


def test_under_80_does_not_match_gaoling(rules):
    assert "gaoling" not in run(rules, {"age": "a65"})
    assert "gaoling" not in run(rules, {"age": "under60"})


def test_skipped_age_means_may_match_with_the_window_note(rules):
    found = evaluate(rules, facts_from_answers(rules, {"hukou": "rural", "family": []}))
    gaoling = next(m for m in found if m.rule.id == "gaoling")
    assert gaoling.status == MAYBE and gaoling.status_text == MAYBE_TEXT
    assert "年满80周岁" in gaoling.reason


def test_rural_low_income_is_dibao_but_must_be_confirmed(rules):
    assert run(rules, {"hukou": "rural", "family": ["lowincome"]})["dibao"] == MAYBE
    # Answered "none of these": no 低保, no 临时救助.
    answered = run(rules, {"age": "a65", "hukou": "rural", "family": [], "pension": "employee", "land": [],
                           "events": []})
    assert "dibao" not in answered and "linshi_jiuzhu" not in answered
    assert answered == {"jiating_yisheng": MATCH}  # 65+ is a 家庭医生 priority group, nothing else applies


def test_farmland_and_disability_examples_from_the_issue(rules):
    assert run(rules, {"hukou": "rural", "land": ["farmland"]})["gengdi"] == MATCH
    found = run(rules, {"family": ["disabled"], "disability": "severe"})
    assert found["disabled_care"] == MATCH
    # The family question was answered without 收入低: the 低保-family 生活补贴 does not apply.
    assert "disabled_living" not in found
    assert "disabled_care" not in run(rules, {"family": ["disabled"], "disability": "mild"})
    assert run(rules, {"family": ["disabled", "lowincome"]})["disabled_care"] == MAYBE  # grade skipped


def test_conditional_question_is_asked_only_when_it_may_apply(rules):
    grade = next(q for q in rules.questions if q.id == "disability")
    land = next(q for q in rules.questions if q.id == "land")
    assert should_ask(grade, facts_from_answers(rules, {"family": ["disabled"]}))
    assert should_ask(grade, facts_from_answers(rules, {}))  # family skipped: ask
    assert not should_ask(grade, facts_from_answers(rules, {"family": ["lowincome"]}))
    assert not should_ask(land, facts_from_answers(rules, {"hukou": "urban"}))


def test_urban_resident_gets_no_farm_subsidies(rules):
    found = run(rules, {"age": "under60", "hukou": "urban", "family": ["student"], "pension": "none"})
    assert {"gengdi", "daogu", "gongyilin", "weifang", "yingyang", "fangfanpin"}.isdisjoint(found)
    assert found["yiwu_jiaoyu"] == MATCH and found["jumin_canbao"] == MATCH and found["jumin_yibao"] == MATCH


# One set of answers per demo rule that makes it apply; a rule added without a case here fails the test.
DEMO_CASES = {
    "gaoling": ({"age": "a100"}, MATCH),
    "dibao": ({"family": ["lowincome"]}, MAYBE),
    "tekun": ({"age": "a80", "family": ["nosupport", "lowincome"]}, MAYBE),
    "disabled_living": ({"family": ["disabled", "lowincome"]}, MAYBE),
    "disabled_care": ({"family": ["disabled"], "disability": "severe"}, MATCH),
    "gengdi": ({"hukou": "rural", "land": ["farmland"]}, MATCH),
    "daogu": ({"hukou": "rural", "land": ["rice"]}, MATCH),
    "gongyilin": ({"hukou": "rural", "land": ["forest"]}, MATCH),
    "nongji": ({"hukou": "rural", "land": ["machine"]}, MAYBE),
    "jumin_yanglao": ({"age": "a65", "pension": "resident"}, MAYBE),
    "jumin_canbao": ({"age": "under60", "pension": "none"}, MATCH),
    "jumin_yibao": ({"pension": "resident"}, MATCH),
    "yiliao_jiuzhu": ({"family": ["illness"]}, MAYBE),
    "linshi_jiuzhu": ({"family": ["hardship"]}, MAYBE),
    "yiwu_jiaoyu": ({"family": ["student"]}, MATCH),
    "yingyang": ({"hukou": "rural", "family": ["student"]}, MAYBE),
    "weifang": ({"hukou": "rural", "land": ["unsafe"]}, MAYBE),
    "fangfanpin": ({"hukou": "rural", "family": ["hardship"]}, MAYBE),
    "jiating_yisheng": ({"age": "a65"}, MATCH),
    "tanfang": ({"age": "a80", "family": ["alone"]}, MATCH),
    "falv_yuanzhu": ({"family": ["lowincome"]}, MAYBE),
    "jiuye": ({"age": "under60", "family": ["disabled"]}, MAYBE),
    "shouzai": ({"events": ["disaster"]}, MAYBE),
    "canbao_death": ({"events": ["death"]}, MAYBE),
    "chusheng": ({"events": ["birth"]}, MATCH),
    "shiye_baoxian": ({"events": ["jobless"], "pension": "employee"}, MAYBE),
    "fanxiang": ({"age": "under60", "events": ["returned"]}, MATCH),
}


def test_every_demo_rule_has_a_case(rules):
    assert set(DEMO_CASES) == {r.id for r in rules.rules}


@pytest.mark.parametrize("rule_id", sorted(DEMO_CASES))
def test_every_demo_rule_applies_and_drops_out(rules, rule_id):
    answers, status = DEMO_CASES[rule_id]
    assert run(rules, answers)[rule_id] == status
    rule = next(r for r in rules.rules if r.id == rule_id)
    assert rule.sources and all(s.criterion and s.source for s in rule.sources), "every criterion cites a source"
    # Answering every question in the least entitled way: the rule drops out (it can say "no").
    nothing = {"age": "under60", "hukou": "urban", "family": [], "pension": "employee", "events": []}
    assert rule_id not in run(rules, nothing) or rule_id == "jumin_yibao"


def test_demo_content_is_covered_by_the_rules(demo_db):
    """Every subsidy item the township pays and every policy of the demo names a rule (or why none applies)."""
    rules = active_rules(demo_db)
    assert rules is not None, "the demo installs the shipped rules"
    items = [r[0] for r in demo_db.execute("SELECT name FROM subsidy_items")]
    linked = {name for r in rules.rules for name in r.subsidy_items}
    assert set(items) <= linked
    policies = [r[0] for r in demo_db.execute("SELECT title FROM policies WHERE kind = 'policy'")]
    fragments = [f for r in rules.rules for f in r.policies] + [e.policy for e in rules.not_personal]
    uncovered = [t for t in policies if not any(f in t for f in fragments)]
    assert uncovered == []
    # Every named link exists in the demo content.
    for rule in rules.rules:
        for path in rule.catalogue:
            domain, level1 = path.split("/")
            assert demo_db.execute(
                "SELECT 1 FROM catalogue_items i JOIN catalogue_domains d ON d.id = i.domain_id "
                "WHERE d.name = ? AND i.level1 = ?", [domain, level1]).fetchone(), path
        for fragment in rule.policies:
            assert any(fragment in t for t in policies), fragment


def test_results_carry_standard_materials_place_phone_and_qr(demo_db):
    results = {r.id: r for r in find(demo_db, {"age": "a80", "hukou": "rural", "land": ["farmland"]})}
    gaoling = results["gaoling"]
    assert gaoling.standard == "80-89周岁每月50元，90-99周岁每月100元，百岁以上每月300元"  # the township's own
    assert "身份证" in "、".join(gaoling.materials)
    assert gaoling.where and gaoling.phone == "0796-6123456"
    assert gaoling.qr_url.startswith("https://www.qingxi.gov.cn/qhz/policy/")
    assert {link["target"] for link in gaoling.links} == {"subsidies", "catalogue-item", "policy"}
    assert "每亩105.5元" in results["gengdi"].standard
    assert "高龄津贴，符合条件。" in gaoling.speech()


def test_unknown_answers_are_refused_clearly(rules):
    with pytest.raises(ValidationError, match="没有这个问题"):
        facts_from_answers(rules, {"income": "low"})
    with pytest.raises(ValidationError, match="没有答案"):
        facts_from_answers(rules, {"age": "81"})
    with pytest.raises(ValidationError, match="多选题"):
        facts_from_answers(rules, {"family": "lowincome"})


def _broken(change) -> str:
    body = json.loads(shipped_rules_text())
    change(body)
    return json.dumps(body, ensure_ascii=False)


@pytest.mark.parametrize(("change", "message"), [
    (lambda b: b.update(format="other"), "format 应为 gongkai-eligibility"),
    (lambda b: b.update(format_version=2), "版本 2 不受支持"),
    (lambda b: b["rules"][0].update(when={"fact": "income", "gte": 3}), "没有任何问题回答的情况「income」"),
    (lambda b: b["rules"][0].update(when={"fact": "age", "eq": "old"}), "只能用 gte、lte 比较"),
    (lambda b: b["rules"][0].update(sources=[]), "出处"),
    (lambda b: b["rules"][1].update(id="gaoling"), "id「gaoling」重复"),
    (lambda b: b["questions"].append(copy.deepcopy(b["questions"][1]) | {"id": "x"}), f"最多 {MAX_QUESTIONS} 个问题"),
    (lambda b: b["questions"][0]["options"][0].update(value=[70, 60]), "范围 [70, 60] 无效"),
    (lambda b: b["rules"][2]["links"].update(catalogue=["社会救助"]), "领域/一级事项"),
])
def test_bad_rule_files_are_refused_with_the_place_named(change, message):
    with pytest.raises(ValidationError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_rules(_broken(change))


def test_not_json_is_refused_with_line_and_column():
    with pytest.raises(ValidationError, match="不是有效的 JSON（第 ?1 ?行"):
        parse_rules(b'{"format": ')


def test_a_storm_damaged_farmer_sees_the_disaster_help_first(rules):
    """#24: a farmer whose house the storm damaged: 受灾人员救助, 临时救助, 危房改造 and 返贫监测 come
    before the yearly farmland subsidy, and none of them says 符合 before the office has checked."""
    answers = {"age": "under60", "hukou": "rural", "family": [], "events": ["disaster", "house"],
               "land": ["farmland"], "pension": "resident"}
    found = evaluate(rules, facts_from_answers(rules, answers))
    ids = [m.rule.id for m in found]
    assert ids[:4] == ["shouzai", "linshi_jiuzhu", "weifang", "fangfanpin"]
    assert all(m.status == MAYBE for m in found[:4]) and ids.index("gengdi") > 3
    # The same answers without the storm: the farmland subsidy is first again, no disaster help.
    calm = [m.rule.id for m in evaluate(rules, facts_from_answers(rules, answers | {"events": []}))]
    assert calm[0] == "gengdi" and "shouzai" not in calm and "weifang" not in calm


@pytest.mark.parametrize("event, rule_id", [("death", "canbao_death"), ("birth", "chusheng"),
                                            ("jobless", "jiuye"), ("returned", "fanxiang")])
def test_life_events_each_lead_somewhere(rules, event, rule_id):
    assert rule_id in run(rules, {"age": "under60", "events": [event]})


def test_match_only_when_every_stated_condition_is_met(rules):
    # 失业保险金 needs insured employment: a farmer with the residents' pension is not offered it,
    # and with the answer skipped it is only "may match".
    assert "shiye_baoxian" not in run(rules, {"events": ["jobless"], "pension": "resident"})
    assert run(rules, {"events": ["jobless"]})["shiye_baoxian"] == MAYBE
    for m in evaluate(rules, facts_from_answers(rules, {"events": ["disaster"]})):
        if m.status == MATCH:
            assert "disaster" not in json.dumps(m.rule.when)
