"""The console's worklist: requests filtered, sorted by any column and paged with a true total,
with the subject, the applicant, the working days left and the handler of each one.

Subject and applicant live in the request's JSON (county_requests.data); they are read with the
database's JSON functions so that sorting and searching stay in SQL on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlencode

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from county.store import CountyStore, assignments, requests, staff
from kiosk.calendar.workdays import WorkCalendar, shipped_calendar
from kiosk.requests.lifecycle import OPEN_STATUSES, STATUS_LABELS

PAGE_SIZE = 50
MAX_EXPORT = 100_000
SOON_WORKDAYS = 3  # the daily "due within 3 working days" view
SORTS = {
    "number": "申请编号", "subject": "所需信息", "applicant": "申请人", "township": "乡镇", "received": "受理日期",
    "due": "剩余期限", "handler": "承办人", "status": "状态",
}
DUES = {"": "不限", "overdue": "已逾期", "3wd": f"{SOON_WORKDAYS}个工作日内到期", "soon": "7日内到期"}


@lru_cache(maxsize=1)
def calendar() -> WorkCalendar:
    """Working days as the kiosks count them (kiosk/calendar: the shipped State Council calendars)."""
    return WorkCalendar(*shipped_calendar())


@dataclass(frozen=True)
class Filter:
    township: str = ""
    status: str = "open"
    due: str = ""
    assignee: str = ""  # "" any, "me", "none" (unassigned), or a username
    department: str = ""
    q: str = ""
    sort: str = "due"
    desc: bool = False
    page: int = 1

    @classmethod
    def from_query(cls, params) -> Filter:
        def text(key: str, default: str = "", limit: int = 64) -> str:
            return str(params.get(key, default)).strip()[:limit]

        status = text("status", "open", 32)
        if status not in ("", "open", *STATUS_LABELS):
            status = "open"
        due = text("due", "", 16)
        sort = text("sort", "due", 16)
        page = text("page", "1", 9)
        return cls(township=text("township", "", 32), status=status, due=due if due in DUES else "",
                   assignee=text("assignee"), department=text("department", "", 50), q=text("q", "", 100),
                   sort=sort if sort in SORTS else "due", desc=text("dir", "", 4) == "desc",
                   page=int(page) if page.isdigit() and int(page) > 0 else 1)

    def query(self, **changes) -> str:
        """This filter as a query string, with some fields changed (links for sorting and paging)."""
        f = replace(self, **changes)
        pairs = {"township": f.township, "status": f.status, "due": f.due, "assignee": f.assignee,
                 "department": f.department, "q": f.q, "sort": f.sort, "dir": "desc" if f.desc else "",
                 "page": str(f.page) if f.page > 1 else ""}
        return urlencode({k: v for k, v in pairs.items() if v or (k == "status" and v == "")})

    def words(self) -> str:
        """The filter in words, for the audit log of an export."""
        status = {"open": "办理中（全部未办结）", "": "全部"}.get(self.status) or STATUS_LABELS.get(self.status, self.status)
        assignee = {"me": "我的申请", "none": "未分办"}.get(self.assignee, self.assignee)
        parts = [("状态", status), ("乡镇", self.township), ("期限", DUES[self.due] if self.due else ""),
                 ("承办人", assignee), ("承办部门", self.department), ("查找", self.q)]
        return "；".join(f"{k}：{v}" for k, v in parts if v)

    def sort_link(self, column: str) -> str:
        """Sort by `column`; a second click on the sorted column reverses it (and back to page 1)."""
        return self.query(sort=column, desc=not self.desc if column == self.sort else False, page=1)


def json_text(store: CountyStore, key: str):
    """The text of one key of county_requests.data, in SQL."""
    if store.backend == "postgresql":
        return sa.cast(requests.c.data, postgresql.JSONB)[key].astext
    return sa.func.json_extract(requests.c.data, f"$.{key}")


def _where(store: CountyStore, f: Filter, username: str, today: dt.date) -> list:
    where = []
    if f.township:
        where.append(requests.c.township == f.township)
    if f.status == "open":
        where.append(requests.c.status.in_(OPEN_STATUSES))
    elif f.status:
        where.append(requests.c.status == f.status)
    if f.due == "overdue":
        where += [requests.c.due_on.is_not(None), requests.c.due_on < today.isoformat()]
    elif f.due in ("3wd", "soon"):
        last = (calendar().add_workdays(today, SOON_WORKDAYS).day if f.due == "3wd"
                else today + dt.timedelta(days=7))
        where += [requests.c.due_on.is_not(None), requests.c.due_on >= today.isoformat(),
                  requests.c.due_on <= last.isoformat()]
    if f.assignee == "none":
        where.append(assignments.c.assignee.is_(None))
    elif f.assignee:
        where.append(assignments.c.assignee == (username if f.assignee == "me" else f.assignee))
    if f.department:
        where.append(assignments.c.department == f.department)
    if f.q:
        like = "%" + escape_like(f.q) + "%"
        where.append(sa.or_(requests.c.number.like(like.upper(), escape="\\"),
                            json_text(store, "description").like(like, escape="\\"),
                            json_text(store, "name").like(like, escape="\\")))
    return where


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _order(store: CountyStore, f: Filter) -> list:
    column = {
        "number": requests.c.number, "subject": json_text(store, "description"),
        "applicant": json_text(store, "name"), "township": requests.c.township,
        "received": requests.c.received_on, "due": requests.c.due_on,
        "handler": sa.func.coalesce(staff.c.display_name, assignments.c.department),
        "status": requests.c.status,
    }[f.sort]
    # Empty values last whichever way; the number breaks ties so pages never overlap.
    return [column.is_(None), column.desc() if f.desc else column.asc(), requests.c.number]


def _base(columns):
    joined = requests.outerjoin(assignments, assignments.c.request_uuid == requests.c.uuid) \
        .outerjoin(staff, staff.c.username == assignments.c.assignee)
    return sa.select(*columns).select_from(joined)


def search(store: CountyStore, f: Filter, username: str, today: dt.date, limit: int = PAGE_SIZE,
           everything: bool = False) -> tuple[int, list[dict]]:
    """(total matching, the rows of the filter's page) — or of all pages up to MAX_EXPORT."""
    where = _where(store, f, username, today)
    columns = (requests.c.uuid, requests.c.number, requests.c.township, requests.c.kiosk_id, requests.c.status,
               requests.c.received_on, requests.c.due_on, requests.c.data, assignments.c.assignee,
               assignments.c.department, staff.c.display_name.label("assignee_name"))
    query = _base(columns).where(*where).order_by(*_order(store, f))
    query = query.limit(MAX_EXPORT) if everything else query.limit(limit).offset((f.page - 1) * limit)
    with store.engine.connect() as conn:
        total = conn.execute(_base([sa.func.count()]).where(*where)).scalar_one()
        rows = [dict(r._mapping) for r in conn.execute(query)]
    for row in rows:
        row.update(days_left(row["due_on"], row["status"], today))
    return total, rows


def days_left(due_on: str | None, status: str, today: dt.date) -> dict:
    """Working days left until the statutory due date, in words (负数 = overdue)."""
    if status not in OPEN_STATUSES:
        return {"days": None, "days_text": "—", "urgency": ""}
    if not due_on:  # the clock stops while awaiting 补正 or a third-party opinion
        return {"days": None, "days_text": "暂停计时", "urgency": ""}
    try:
        due = dt.date.fromisoformat(due_on)
    except ValueError:
        return {"days": None, "days_text": "—", "urgency": ""}
    days = calendar().workdays_between(today, due)
    if due < today:
        late = max(calendar().workdays_between(due, today), 1)
        return {"days": -late, "days_text": f"逾期 {late} 个工作日", "urgency": "overdue"}
    if due == today:
        return {"days": 0, "days_text": "今日到期", "urgency": "soon"}
    return {"days": days, "days_text": f"剩 {days} 个工作日",
            "urgency": "soon" if days <= SOON_WORKDAYS else ""}


def pages(total: int, page: int, size: int = PAGE_SIZE) -> int:
    return max(1, -(-total // size))
