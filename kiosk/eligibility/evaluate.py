"""Applying a rule set to a resident's answers, in three-valued logic.

A fact nobody answered is unknown (None). `all` is false if any part is false, unknown if any part
is unknown, else true; `any` the other way round. A rule that is true matches (or may match, when
the rule says the office must still confirm); a rule that is unknown may match; false drops out.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.eligibility.schema import _PLACEHOLDER, Question, Rule, RuleSet
from kiosk.errors import ValidationError

MATCH, MAYBE = "match", "maybe"
MAYBE_TEXT = "可能符合，请到窗口确认"
MATCH_TEXT = "符合条件"

Facts = dict[str, object]


@dataclass(frozen=True)
class Match:
    rule: Rule
    status: str  # MATCH or MAYBE
    reason: str

    @property
    def status_text(self) -> str:
        return MATCH_TEXT if self.status == MATCH else MAYBE_TEXT


def facts_from_answers(rules: RuleSet, answers: dict) -> Facts:
    """{question id: option id | [option ids]} -> facts. A missing question is a skipped one."""
    if not isinstance(answers, dict):
        raise ValidationError("答案应为一个对象：{问题id: 答案id 或 [答案id, …]}")
    by_id = {q.id: q for q in rules.questions}
    facts: Facts = {}
    for qid, given in answers.items():
        q = by_id.get(qid)
        if q is None:
            raise ValidationError(f"没有这个问题：{qid}（可用：{'、'.join(by_id)}）")
        if given is None:
            continue  # skipped
        options = {o.id: o for o in q.options}
        if q.kind == "single":
            if not isinstance(given, str) or given not in options:
                raise ValidationError(f"问题 {qid} 没有答案 {given!r}（可用：{'、'.join(options)}）")
            facts[q.fact] = options[given].value
        else:
            if not isinstance(given, list) or any(g not in options for g in given):
                raise ValidationError(f"问题 {qid} 是多选题，答案应为 [{'、'.join(options)}] 中的若干个（[] 表示都没有）")
            for o in q.options:
                facts[o.flag] = o.id in given
    # A question left out because it surely does not apply (land for a town resident) answers "no".
    for q in rules.questions:
        if answers.get(q.id) is None and not should_ask(q, facts):
            if q.kind == "multi":
                facts.update({flag: False for flag in q.flags})
            elif not isinstance(q.options[0].value, list):
                facts[q.fact] = ""  # equal to no answer's value
    return facts


def truth(cond: dict, facts: Facts) -> bool | None:
    if "all" in cond:
        parts = [truth(c, facts) for c in cond["all"]]
        return False if False in parts else (None if None in parts else True)
    if "any" in cond:
        parts = [truth(c, facts) for c in cond["any"]]
        return True if True in parts else (None if None in parts else False)
    if "not" in cond:
        inner = truth(cond["not"], facts)
        return None if inner is None else not inner
    value = facts.get(cond["fact"])
    if value is None:
        return None
    if "gte" in cond:
        low, high = value
        return True if low >= cond["gte"] else (False if high < cond["gte"] else None)
    if "lte" in cond:
        low, high = value
        return True if high <= cond["lte"] else (False if low > cond["lte"] else None)
    if "eq" in cond:
        return value == cond["eq"]
    if "in" in cond:
        return value in cond["in"]
    return value is cond["is"]


def should_ask(question: Question, facts: Facts) -> bool:
    """A conditional question is skipped only when its condition is surely false."""
    return question.ask_if is None or truth(question.ask_if, facts) is not False


def _fill(text: str, facts: Facts) -> str:
    def one(m):
        value = facts.get(m.group(1))
        return str(value[0]) if isinstance(value, list) else m.group(0)
    return _PLACEHOLDER.sub(one, text)


def facts_of(cond: dict) -> set[str]:
    """Every fact a condition looks at."""
    if "all" in cond or "any" in cond:
        return set().union(*(facts_of(c) for c in cond.get("all", cond.get("any", []))))
    if "not" in cond:
        return facts_of(cond["not"])
    return {cond["fact"]}


def emergency_reported(rules: RuleSet, facts: Facts) -> set[str]:
    """The emergencies the resident said happened (a disaster, a sudden hardship...)."""
    return {flag for flag in rules.emergency_flags() if facts.get(flag) is True}


def evaluate(rules: RuleSet, facts: Facts) -> list[Match]:
    """Every rule that matches or may match, matches first, each group in the file's order.

    When the resident reports an emergency, the rules that depend on one of the reported
    emergencies come first (matching or not yet confirmed): help in a disaster before the yearly
    farmland subsidy."""
    reported = emergency_reported(rules, facts)
    found = []
    for rule in rules.rules:
        result = truth(rule.when, facts)
        if result is False:
            continue
        status = MATCH if result and not rule.confirm else MAYBE
        reason = rule.reason if result else rule.reason_unsure
        found.append(Match(rule, status, _fill(reason, facts)))
    return sorted(found, key=lambda m: (not (facts_of(m.rule.when) & reported), m.status != MATCH))
