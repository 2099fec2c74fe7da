"""The best-answer card of a how-do-I question: the guide page with what to bring, where to go,
how long it takes and whom to call, read from the labelled lines of its text.

Guides (办事指南) and policy interpretations write these as 「申请材料：…」「办理地点：…」; a field the
page lacks is left empty, and the card then points to the township office (see search_page in ui).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FIELDS = {
    "materials": ("申请材料", "所需材料", "需要材料", "提交材料", "携带材料", "办理材料", "申报材料"),
    "place": ("办理地点", "受理地点", "办理窗口", "受理窗口", "申请地点"),
    "time_limit": ("办理时限", "承诺时限", "审核时限", "受理时限", "办结时限"),
    "phone": ("咨询电话", "联系电话", "监督电话", "服务电话"),
}
_LABEL = {label: field for field, labels in FIELDS.items() for label in labels}
_LINE = re.compile(r"(" + "|".join(sorted(_LABEL, key=len, reverse=True)) + r")[：:]\s*([^\n]+)")
# Interpretations answer in questions: 怎么申请？请携带身份证、户口簿到……办理。
_BRING = re.compile(r"请?携带([^。\n]{2,80}?)到([^。\n]{2,60}?)办理")
_PHONE = re.compile(r"(0\d{2,3}-\d{7,8}|1[3-9]\d{9}|12345)")
MAX_FIELD = 120


@dataclass(frozen=True)
class BestAnswer:
    kind: str  # the page's kind; for a routed answer the function: payouts|status|apply|eligibility|office
    ref_id: int
    title: str
    materials: str = ""
    place: str = ""
    time_limit: str = ""
    phone: str = ""
    hours: str = ""  # a routed answer: the office's hours
    note: str = ""  # a routed answer: what the function does for the resident
    answer: str = ""  # a 简明问答's answer, when that is the best answer

    @property
    def fields(self) -> int:
        return sum(bool(x) for x in (self.materials, self.place, self.time_limit, self.phone, self.answer))


def is_guide(kind: str, title: str, extra: object) -> bool:
    """A page that tells how to get something done."""
    if kind == "catalogue":
        return "办事指南" in title
    if kind == "policy":
        return extra == "interpretation"
    return kind == "document" and ("办事指南" in title or "服务指南" in title)


# What makes a query a question a 简明问答 answers (besides the how-do-I words of the query analysis).
_QUESTION = ("什么", "怎么", "怎样", "如何", "哪", "吗", "多少", "能不能", "可不可以", "可以", "?", "？", "为什么", "几", "谁",
             "啥")
MAX_ANSWER = 300


def is_question(query: str) -> bool:
    return any(w in query for w in _QUESTION)


# What a question asks for, and what an answer that gives it holds: a 简明问答 on the right topic is still no
# answer when it tells when to pay and the resident asked how much (养老保险交多少钱).
ASPECTS = {
    # 多少 of money, not of days or people (要多少天 asks how long: a guide's 办理时限 answers that).
    "amount": (re.compile(r"多少钱|多少元|几块|几百块|几千块|(交|给|发|补|领|缴|报销?|收|花)多少(?![天个年月人日次岁户亩])"),
               re.compile(r"[\d一二两三四五六七八九十百千万]\s*(元|块)|元/|免费|不收费|不要钱")),
    "time": (re.compile(r"什么时候|啥时候|几时|何时|哪天|几月|几号"),
             re.compile(r"[\d一二两三四五六七八九十]+\s*(月|日|号|年|个?工作日|天|周)|月底|年底|年初|上半年|下半年"
                        r"|次月|每月|每年|每季度|明年|今年|下个?月|本月|当天|即时|随时")),
    "place": (re.compile(r"哪里|哪儿|哪个地方|什么地方|在哪|去哪|找谁|哪个部门"),
              re.compile(r"到|在.{0,12}(窗口|所|站|中心|委会|局|院|网点|大厅)|向")),
}
# A guide's card tells what to bring, where to go, how long and whom to call; not when money comes or how much.
NOT_ON_A_GUIDE = frozenset({"amount", "time"})


def asked_aspects(query: str) -> set[str]:
    return {name for name, (asks, _) in ASPECTS.items() if asks.search(query)}


def gives_what_is_asked(query: str, answer: str) -> bool:
    """Every kind of thing the query asks for (an amount, a time, a place) is there in the answer."""
    return all(ASPECTS[name][1].search(answer) for name in asked_aspects(query))


def answers(question: str, words) -> bool:
    """A 简明问答's question says every word the resident asked with (a question it answers)."""
    return bool(words) and all(w in question for w in words)


def faq_answer(ref_id: int, question: str, answer: str) -> BestAnswer:
    """A 简明问答 as the best answer: its question and the county's answer."""
    return BestAnswer("faq", ref_id, question, answer=answer.strip()[:MAX_ANSWER])


def read_answer(kind: str, ref_id: int, title: str, text: str) -> BestAnswer:
    found: dict[str, str] = {}
    for label, value in _LINE.findall(text or ""):
        found.setdefault(_LABEL[label], value.strip(" 。；;")[:MAX_FIELD])
    bring = _BRING.search(text or "")
    if bring:
        found.setdefault("materials", bring.group(1).strip()[:MAX_FIELD])
        found.setdefault("place", bring.group(2).strip()[:MAX_FIELD])
    if "phone" not in found:
        phone = _PHONE.search(text or "")
        if phone:
            found["phone"] = phone.group(1)
    return BestAnswer(kind, ref_id, title, **found)
