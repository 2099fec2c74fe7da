"""The audit log of staff actions in Chinese words: what each action code and its details mean,
and searching the whole log (not only its tail) with a true total, for the page and for export."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa

from county.console.worklist import escape_like
from county.store import CountyStore, audit, staff
from kiosk.requests.lifecycle import EVENT_LABELS, OPINION_PARTIES
from kiosk.requests.outcomes import load_report_config

PAGE_SIZE = 100
MAX_EXPORT = 200_000

ACTIONS = {
    "login": "登录", "login_failed": "登录失败", "login_locked": "账号锁定期间尝试登录", "logout": "退出登录",
    "session_expired": "登录过期", "staff_saved": "保存人员账号", "staff_unlocked": "提前解除账号锁定",
    "view_request": "查看申请（含个人信息）",
    "proactive_release": "依申请转主动公开", "report": "查看或下载年度报表", "assign": "分办",
    "note": "添加内部备注", "draft_saved": "保存答复书草稿", "reply_issued": "签发答复书",
    "export": "导出申请清单", "audit_export": "导出操作日志",
    **{f"record_{kind}": f"登记「{label}」" for kind, label in EVENT_LABELS.items()},
}

DATA_WORDS = {
    "on": "办理日期", "outcome": "答复结果", "workdays": "延长工作日", "official": "批准负责人", "party": "征求意见对象",
    "note": "备注", "reply_pdf": "答复书", "reason": "理由", "role": "角色", "failures": "连续输错次数",
    "method": "收费方式", "units": "计费数量", "amount_fen": "金额（分）", "format": "格式",
    "what": "补正内容", "by": "补正期限", "voids": "作废的步骤", "voids_kind": "作废的步骤类型", "officer": "更正人",
    "was_locked_until": "原锁定至",
}
_ROLES = {"viewer": "查看", "handler": "经办", "admin": "管理员"}
_FORMATS = {"csv": "CSV", "pdf": "PDF", "xlsx": "Excel", "": "网页"}


def action_words(action: str) -> str:
    return ACTIONS.get(action, action)


def value_words(key: str, value: object) -> str:
    if key == "outcome":
        outcome = load_report_config().outcomes.get(str(value))
        return f"{outcome.label}（{outcome.article}）" if outcome and outcome.article else (
            outcome.label if outcome else str(value))
    if key == "party":
        return OPINION_PARTIES.get(str(value), str(value))
    if key == "role":
        return _ROLES.get(str(value), str(value))
    if key == "reply_pdf" and isinstance(value, dict):
        return str(value.get("name") or "PDF")
    if key == "workdays":
        return f"{value} 个工作日"
    return str(value)


def data_words(data: dict) -> str:
    """An event's or action's data as 「办理日期：2026-11-24；答复结果：予以公开（第三十六条第（二）项）」."""
    return "；".join(f"{DATA_WORDS.get(k, k)}：{value_words(k, v)}" for k, v in data.items() if v not in ("", None))


def detail_words(action: str, detail: str) -> str:
    """The stored detail text of an audit entry in words (JSON, key=value, or plain text)."""
    detail = detail or ""
    if action == "report":
        return f"格式：{_FORMATS.get(detail, detail)}"
    if detail == "locked":
        return "已锁定账号"
    if detail.startswith("{"):
        try:
            value = json.loads(detail)
        except ValueError:
            return detail
        return data_words(value) if isinstance(value, dict) else detail
    if "=" in detail and " " not in detail and "：" not in detail:
        key, _, value = detail.partition("=")
        return f"{DATA_WORDS.get(key, key)}：{value_words(key, value)}"
    return detail


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    q: str = ""
    since: str = ""  # YYYY-MM-DD
    until: str = ""
    page: int = 1

    @classmethod
    def from_query(cls, params) -> AuditFilter:
        def text(key: str, limit: int = 64) -> str:
            return str(params.get(key, "")).strip()[:limit]

        def day(key: str) -> str:
            value = text(key, 10)
            return value if len(value) == 10 and value[4] == "-" and value[7] == "-" and \
                value.replace("-", "").isdigit() else ""

        page = text("page", 9)
        return cls(username=text("username"), action=text("action", 40), q=text("q", 100), since=day("since"),
                   until=day("until"), page=int(page) if page.isdigit() and int(page) > 0 else 1)

    def params(self, **changes) -> dict:
        values = {"username": self.username, "action": self.action, "q": self.q, "since": self.since,
                  "until": self.until, "page": str(self.page) if self.page > 1 else "", **changes}
        return {k: v for k, v in values.items() if v}


def _where(f: AuditFilter) -> list:
    where = []
    if f.username:
        where.append(audit.c.username == f.username)
    if f.action:
        where.append(audit.c.action == f.action)
    if f.q:
        like = "%" + escape_like(f.q) + "%"
        where.append(sa.or_(audit.c.target.like(like, escape="\\"), audit.c.detail.like(like, escape="\\"),
                            audit.c.target.like(like.upper(), escape="\\")))
    if f.since:
        where.append(audit.c.at >= f.since)
    if f.until:
        where.append(audit.c.at < f.until + "T99")  # the whole last day, whatever the time zone suffix
    return where


def search(store: CountyStore, f: AuditFilter, everything: bool = False) -> tuple[int, list[dict]]:
    where = _where(f)
    query = (sa.select(audit, staff.c.display_name).select_from(audit.outerjoin(staff, staff.c.username == audit.c.username))
             .where(*where).order_by(audit.c.id.desc()))
    query = query.limit(MAX_EXPORT) if everything else query.limit(PAGE_SIZE).offset((f.page - 1) * PAGE_SIZE)
    with store.engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(audit).where(*where)).scalar_one()
        rows = [dict(r._mapping) for r in conn.execute(query)]
    for row in rows:
        row["action_words"] = action_words(row["action"])
        row["detail_words"] = detail_words(row["action"], row["detail"])
        row["who"] = f"{row['display_name']}（{row['username']}）" if row.get("display_name") else row["username"]
    return total, rows


def usernames(store: CountyStore) -> list[str]:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(sa.select(audit.c.username).distinct().order_by(audit.c.username))]
