"""Who handles a request at the county: assignment to a handler and/or a department, and the
internal hand-off notes between staff (never sent to the township or the resident). Each write is
one transaction together with its audit entry."""

from __future__ import annotations

import sqlalchemy as sa

from county.console.accounts import StaffUser, record
from county.store import CountyStore, assignments, notes, staff
from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError
from kiosk.trust.text_safety import unsafe_reason

MAX_NOTE = 2000
MAX_DEPARTMENT = 50


def handlers(store: CountyStore) -> list[dict]:
    """Staff who may handle requests (handlers and admins), for the pick lists."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(staff.c.username, staff.c.display_name)
                            .where(staff.c.role.in_(("handler", "admin")), staff.c.disabled.is_(False))
                            .order_by(staff.c.display_name))
        return [dict(r._mapping) for r in rows]


def departments(store: CountyStore) -> list[str]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(assignments.c.department).where(assignments.c.department != "")
                            .distinct().order_by(assignments.c.department))
        return [r[0] for r in rows]


def assignment(store: CountyStore, request_uuid: str) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(assignments, staff.c.display_name.label("assignee_name"))
                           .select_from(assignments.outerjoin(staff, staff.c.username == assignments.c.assignee))
                           .where(assignments.c.request_uuid == request_uuid)).first()
    return dict(row._mapping) if row else None


def _plain(text: str, what: str, limit: int, newlines: bool = False) -> str:
    text = text.strip()
    if len(text) > limit:
        raise ValidationError(f"{what}不能超过 {limit} 字")
    reason = unsafe_reason(text, allow_newlines=newlines) if text else None
    if reason:
        raise ValidationError(f"{what}{reason}")
    return text


def assign(store: CountyStore, clock: Clock, user: StaffUser, request_uuid: str, number: str,
           assignee: str, department: str) -> str:
    """Assign (or re-assign, or clear) the request; returns the words for the page."""
    department = _plain(department, "承办部门", MAX_DEPARTMENT)
    assignee = assignee.strip()[:64]
    with store.engine.begin() as conn:
        name = ""
        if assignee:
            row = conn.execute(sa.select(staff.c.display_name).where(
                staff.c.username == assignee, staff.c.role.in_(("handler", "admin")),
                staff.c.disabled.is_(False))).first()
            if row is None:
                raise ValidationError("承办人应为在职的经办人员或管理员")
            name = row[0]
        conn.execute(assignments.delete().where(assignments.c.request_uuid == request_uuid))
        if assignee or department:
            conn.execute(assignments.insert().values(request_uuid=request_uuid, assignee=assignee or None,
                                                     department=department, assigned_by=user.username,
                                                     assigned_at=iso_now(clock)))
        words = "、".join(x for x in (name, department) if x) or "（未分办）"
        record(conn, clock, user.username, "assign", number, f"承办：{words}")
    return f"已分办给 {words}" if assignee or department else "已取消分办"


def add_note(store: CountyStore, clock: Clock, user: StaffUser, request_uuid: str, number: str, text: str) -> None:
    text = _plain(text, "内部备注", MAX_NOTE, newlines=True)
    if not text:
        raise ValidationError("请填写内部备注内容")
    with store.engine.begin() as conn:
        conn.execute(notes.insert().values(request_uuid=request_uuid, at=iso_now(clock), username=user.username,
                                           text=text))
        record(conn, clock, user.username, "note", number, text[:200])


def notes_for(store: CountyStore, request_uuid: str) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(notes, staff.c.display_name)
                            .select_from(notes.outerjoin(staff, staff.c.username == notes.c.username))
                            .where(notes.c.request_uuid == request_uuid).order_by(notes.c.id))
        return [dict(r._mapping) for r in rows]
