"""Questions about what the kiosk itself does, answered by opening that function.

    route, rest = split_route("一卡通的钱到了没有")   # ('payouts', '一卡通的钱 ')
    route_for(route, analysis)                         # 'payouts' (政策找人 only without a topic)
    card(db, "payouts")                          # BestAnswer(kind='payouts', title='查补贴发放', ...)

The phrases are data (resources/search/phrases.txt, one section per function). 政策找人 is the
answer only when the question names no topic of its own: "我妈八十了能领什么钱" is about the
高龄津贴, whose guide answers it better than a questionnaire.
"""

from __future__ import annotations

import re

import sqlite_utils

from kiosk.search.answer import BestAnswer
from kiosk.search.phrases import route_of, sections
from kiosk.search.query import WEAK, Analysis
from kiosk.search.text import normalise

TITLES = {
    "payouts": ("查我家的补贴发放", "输入户主姓名和身份证号后4位，查每一期补贴发了没有、发了多少。"),
    "status": ("查申请办理进度", "输入回执上的申请编号，查您的申请办到哪一步、什么时候答复。"),
    "apply": ("申请政府信息公开", "在一体机上填写申请，或看清楚怎么到窗口申请、多久答复。"),
    "eligibility": ("政策找人：看看能享受哪些政策", "回答几个简单问题，列出您家可能符合的补贴和救助，以及怎么申请。"),
    "office": ("", "工作日到窗口咨询，或打电话问。"),
}


# The phrases of these functions are taken out of the question before it is searched: in
# "几点上班" the 上班 is the office's, not a job (就业); what is left ("一卡通的钱") still finds pages.
CONSUMED = ("payouts", "status", "office", "eligibility")


def split_route(query: str) -> tuple[str | None, str]:
    """The function a question asks for, and the question left to search."""
    route, _ = route_of(query)
    if route in CONSUMED:
        flat = "".join(re.findall(r"[^\W_]+", normalise(query)))
        for phrase in sorted(sections()[route], key=len, reverse=True):  # 办到哪一步 before 办到哪
            flat = flat.replace(phrase, " ")
        return route, flat
    return route, query


def route_for(route: str | None, analysis: Analysis) -> str | None:
    """政策找人 answers only a question that names no topic of its own."""
    if route == "eligibility" and any(c.strength > WEAK for c in analysis.concepts):
        return None
    return route


def card(db: sqlite_utils.Database, route: str) -> BestAnswer:
    from kiosk.store import township_repo

    township = township_repo.get_township(db) or {}
    title, note = TITLES[route]
    if route == "office":
        title = township.get("office_name") or "政务公开窗口"
    office = route == "office"
    return BestAnswer(route, 0, title, place=township.get("office_address") or "" if office else "",
                      phone=township.get("office_phone") or "",
                      hours=township.get("office_hours") or "" if office else "", note=note)
