"""The rule file format (gongkai-eligibility, format_version 1), checked field by field.

A bad file is refused with a message that names the offending place, in Chinese, for the county
clerk who wrote it. The format is documented in docs/eligibility.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.errors import ValidationError
from kiosk.trust import safe_json

FORMAT = "gongkai-eligibility"
SUPPORTED_FORMAT_VERSIONS = frozenset({1})
# Seven: the sixth was taken before the 近期遭遇 question (disaster, a death, a birth, losing work,
# coming home) was added; the two conditional questions (disability grade, land) are skipped for
# most residents, so a resident still answers five or six.
MAX_QUESTIONS = 7
MAX_BYTES = 1 << 20
QUESTION_KINDS = ("single", "multi")
RULE_KINDS = ("subsidy", "assistance", "insurance", "service")
OPERATORS = ("gte", "lte", "eq", "in", "is")
_ID = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    value: object = None  # single: the fact's value (a [low, high] range or a word); multi: unused
    flag: str = ""        # multi: the fact this option sets to true
    emergency: bool = False  # multi: the situation is an emergency (a disaster, a sudden hardship)


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    hint: str
    kind: str
    fact: str            # single: the fact it answers ("" for multi)
    options: tuple[Option, ...]
    none_label: str = ""  # multi: the "以上都没有" button
    ask_if: dict | None = None

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(o.flag for o in self.options if o.flag)


@dataclass(frozen=True)
class Source:
    criterion: str
    source: str
    url: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    kind: str
    when: dict
    reason: str
    reason_unsure: str
    confirm: bool
    standard: str
    materials: tuple[str, ...]
    where: str
    phone: str
    subsidy_items: tuple[str, ...]
    policies: tuple[str, ...]
    catalogue: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class NotPersonal:
    policy: str
    why: str


@dataclass(frozen=True)
class RuleSet:
    format_version: int
    revision: str
    publisher: str
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]
    not_personal: tuple[NotPersonal, ...] = field(default_factory=tuple)

    def emergency_flags(self) -> set[str]:
        """The facts that are emergencies (options marked "emergency": true)."""
        return {o.flag for q in self.questions for o in q.options if o.emergency and o.flag}

    def range_facts(self) -> set[str]:
        return {q.fact for q in self.questions if q.kind == "single" and all(
            isinstance(o.value, list) for o in q.options)}


def _fail(where: str, what: str) -> ValidationError:
    return ValidationError(f"政策匹配规则文件有误（{where}）：{what}")


def _text(obj: dict, key: str, where: str, *, required: bool = True) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _fail(where, f"「{key}」应为非空文字")
    return value.strip()


def _texts(obj: dict, key: str, where: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, f"「{key}」应为文字列表")
    return tuple(v.strip() for v in value)


def _id(obj: dict, where: str, seen: set[str]) -> str:
    value = obj.get("id")
    if not isinstance(value, str) or not _ID.match(value):
        raise _fail(where, f"id {value!r} 无效（小写字母开头，只用小写字母、数字和下划线）")
    if value in seen:
        raise _fail(where, f"id「{value}」重复")
    seen.add(value)
    return value


def _range(value: object, where: str) -> list[int]:
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 150 for v in value)
            or value[0] > value[1]):
        raise _fail(where, f"范围 {value!r} 无效，应为 [下限, 上限]，例如 [80, 89]")
    return value


def _question(raw: object, where: str, ids: set[str]) -> Question:
    if not isinstance(raw, dict):
        raise _fail(where, "应为一个对象")
    qid = _id(raw, where, ids)
    where = f"问题 {qid}"
    kind = raw.get("kind")
    if kind not in QUESTION_KINDS:
        raise _fail(where, f"kind 应为 {' 或 '.join(QUESTION_KINDS)}")
    raw_options = raw.get("options")
    if not isinstance(raw_options, list) or not 2 <= len(raw_options) <= 10:
        raise _fail(where, "options 应列出 2 到 10 个答案")
    option_ids: set[str] = set()
    options = []
    for n, o in enumerate(raw_options, start=1):
        if not isinstance(o, dict):
            raise _fail(f"{where} 第{n}个答案", "应为一个对象")
        oid = _id(o, f"{where} 第{n}个答案", option_ids)
        label = _text(o, "label", f"{where} 答案 {oid}")
        if kind == "single":
            if "value" not in o:
                raise _fail(f"{where} 答案 {oid}", "缺少 value")
            value = o["value"]
            if isinstance(value, list):
                value = _range(value, f"{where} 答案 {oid}")
            elif not isinstance(value, str) or not value:
                raise _fail(f"{where} 答案 {oid}", "value 应为文字或 [下限, 上限]")
            options.append(Option(oid, label, value=value))
        else:
            flag = o.get("flag")
            if not isinstance(flag, str) or not _ID.match(flag):
                raise _fail(f"{where} 答案 {oid}", "多选题的每个答案需要 flag（它代表的情况）")
            emergency = o.get("emergency", False)
            if not isinstance(emergency, bool):
                raise _fail(f"{where} 答案 {oid}", "emergency 应为 true 或 false")
            options.append(Option(oid, label, flag=flag, emergency=emergency))
    fact = ""
    if kind == "single":
        fact = raw.get("fact")
        if not isinstance(fact, str) or not _ID.match(fact):
            raise _fail(where, "单选题需要 fact（它回答的情况，如 age）")
        shapes = {isinstance(o.value, list) for o in options}
        if len(shapes) > 1:
            raise _fail(where, "答案的 value 要么都是范围，要么都是文字")
    none_label = _text(raw, "none_label", where) if kind == "multi" else ""
    return Question(qid, _text(raw, "text", where), _text(raw, "hint", where, required=False), kind, fact,
                    tuple(options), none_label, raw.get("ask_if"))


def check_condition(cond: object, where: str, facts: dict[str, str]) -> None:
    """`facts` maps every fact name to 'range', 'word' or 'flag'."""
    if not isinstance(cond, dict) or not cond:
        raise _fail(where, f"条件 {cond!r} 应为一个对象")
    if "all" in cond or "any" in cond:
        key = "all" if "all" in cond else "any"
        if len(cond) != 1 or not isinstance(cond[key], list) or not cond[key]:
            raise _fail(where, f"「{key}」应为非空的条件列表")
        for c in cond[key]:
            check_condition(c, where, facts)
        return
    if "not" in cond:
        if len(cond) != 1:
            raise _fail(where, "「not」只能包含一个条件")
        check_condition(cond["not"], where, facts)
        return
    name = cond.get("fact")
    if name not in facts:
        raise _fail(where, f"条件引用了没有任何问题回答的情况「{name}」")
    ops = [k for k in cond if k != "fact"]
    if len(ops) != 1 or ops[0] not in OPERATORS:
        raise _fail(where, f"条件 {cond!r} 应有且只有一个比较：{'、'.join(OPERATORS)}")
    op, value = ops[0], cond[ops[0]]
    shape = facts[name]
    allowed = {"range": ("gte", "lte"), "word": ("eq", "in"), "flag": ("is",)}[shape]
    if op not in allowed:
        raise _fail(where, f"情况「{name}」只能用 {'、'.join(allowed)} 比较")
    if op in ("gte", "lte") and (not isinstance(value, int) or isinstance(value, bool)):
        raise _fail(where, f"「{op}」后应为整数")
    if op == "is" and not isinstance(value, bool):
        raise _fail(where, "「is」后应为 true 或 false")
    if op == "eq" and not isinstance(value, str):
        raise _fail(where, "「eq」后应为文字")
    if op == "in" and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
        raise _fail(where, "「in」后应为文字列表")


def _rule(raw: object, where: str, ids: set[str], facts: dict[str, str]) -> Rule:
    if not isinstance(raw, dict):
        raise _fail(where, "应为一个对象")
    rid = _id(raw, where, ids)
    where = f"规则 {rid}"
    kind = raw.get("kind")
    if kind not in RULE_KINDS:
        raise _fail(where, f"kind 应为 {'、'.join(RULE_KINDS)} 之一")
    if "when" not in raw:
        raise _fail(where, "缺少条件 when")
    check_condition(raw["when"], where, facts)
    confirm = raw.get("confirm", False)
    if not isinstance(confirm, bool):
        raise _fail(where, "confirm 应为 true 或 false")
    reason = _text(raw, "reason", where)
    reason_unsure = _text(raw, "reason_unsure", where, required=False) or reason
    for text in (reason, reason_unsure):
        for name in _PLACEHOLDER.findall(text):
            if facts.get(name) != "range":
                raise _fail(where, f"说明里的「{{{name}}}」不是一个范围类的情况（如 {{age}}）")
    links = raw.get("links", {})
    if not isinstance(links, dict) or set(links) - {"subsidy_items", "policies", "catalogue"}:
        raise _fail(where, "links 只能含 subsidy_items、policies、catalogue")
    catalogue = _texts(links, "catalogue", where)
    for path in catalogue:
        if path.count("/") != 1:
            raise _fail(where, f"目录链接「{path}」应写成「领域/一级事项」")
    raw_sources = raw.get("sources")
    if not isinstance(raw_sources, list) or not raw_sources:
        raise _fail(where, "sources 必须列出每一条标准的出处")
    sources = []
    for n, s in enumerate(raw_sources, start=1):
        if not isinstance(s, dict):
            raise _fail(f"{where} 出处{n}", "应为一个对象")
        sources.append(Source(_text(s, "criterion", f"{where} 出处{n}"), _text(s, "source", f"{where} 出处{n}"),
                              _text(s, "url", f"{where} 出处{n}", required=False)))
    return Rule(
        id=rid, title=_text(raw, "title", where), kind=kind, when=raw["when"], reason=reason,
        reason_unsure=reason_unsure, confirm=confirm, standard=_text(raw, "standard", where, required=False),
        materials=_texts(raw, "materials", where), where=_text(raw, "where", where, required=False),
        phone=_text(raw, "phone", where, required=False),
        subsidy_items=_texts(links, "subsidy_items", where), policies=_texts(links, "policies", where),
        catalogue=catalogue, sources=tuple(sources),
    )


def parse_rules(raw: bytes | str) -> RuleSet:
    """Parse and check a rule file; ValidationError (Chinese, naming the place) if anything is wrong."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_BYTES:
            raise _fail("整个文件", f"文件过大（超过 {MAX_BYTES // 1024} KB）")
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _fail("整个文件", "不是 UTF-8 编码的文字") from None
    try:
        # Bounded depth, size and integer digits: the file arrives in a bundle.
        body = safe_json.loads(raw, "规则文件", max_bytes=4 * MAX_BYTES)
    except ValidationError as exc:
        raise _fail("整个文件", str(exc)) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise _fail("整个文件", f"这不是政策匹配规则文件（format 应为 {FORMAT}）")
    version = body.get("format_version")
    if version not in SUPPORTED_FORMAT_VERSIONS:
        raise _fail("format_version", f"版本 {version!r} 不受支持（本机支持 "
                    f"{', '.join(map(str, sorted(SUPPORTED_FORMAT_VERSIONS)))}），请先升级本机软件")
    revision = _text(body, "revision", "revision")
    publisher = _text(body, "publisher", "publisher")
    raw_questions = body.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise _fail("questions", "应列出问题")
    if len(raw_questions) > MAX_QUESTIONS:
        raise _fail("questions", f"最多 {MAX_QUESTIONS} 个问题，现有 {len(raw_questions)} 个")
    qids: set[str] = set()
    questions = tuple(_question(q, f"第{n}个问题", qids) for n, q in enumerate(raw_questions, start=1))
    facts: dict[str, str] = {}
    for q in questions:
        names = [q.fact] if q.kind == "single" else list(q.flags)
        shape = "flag" if q.kind == "multi" else ("range" if isinstance(q.options[0].value, list) else "word")
        for name in names:
            if name in facts:
                raise _fail(f"问题 {q.id}", f"情况「{name}」已由另一个问题回答")
            facts[name] = shape
    for q in questions:
        if q.ask_if is not None:
            check_condition(q.ask_if, f"问题 {q.id} 的 ask_if", facts)
    raw_rules = body.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _fail("rules", "应列出规则")
    rids: set[str] = set()
    rules = tuple(_rule(r, f"第{n}条规则", rids, facts) for n, r in enumerate(raw_rules, start=1))
    exempt = []
    for n, e in enumerate(body.get("not_personal", []) or [], start=1):
        if not isinstance(e, dict):
            raise _fail(f"not_personal 第{n}项", "应为一个对象")
        exempt.append(NotPersonal(_text(e, "policy", f"not_personal 第{n}项"), _text(e, "why", f"not_personal 第{n}项")))
    return RuleSet(version, revision, publisher, questions, rules, tuple(exempt))
