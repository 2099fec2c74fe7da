"""意见征集: drafts open for comment, and a resident's comment on one.

A draft is open from its opening date to its closing date (both included, Beijing time); before or
after, the kiosk says so and takes no comment. A comment is bounded text with no ID or phone number
in it (the county may quote it in the 采纳情况); a name and phone are kept only when the resident
agreed, and never shown. Saved in one transaction; a trigger queues it for the county (kind `comment`).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from dataclasses import dataclass

import sqlite_utils

from kiosk.clock import Clock, iso_now, today
from kiosk.errors import NotFound, ValidationError
from kiosk.feedback.text import bounded
from kiosk.formatting import medium_date
from kiosk.requests import identity

COMMENT_LIMIT = 500
NAME_LIMIT = 30


@dataclass(frozen=True)
class Draft:
    id: int
    title: str
    organiser: str
    explanation: str
    body: str
    how_to_comment: str
    opens_on: dt.date
    closes_on: dt.date
    adoption: str
    adoption_on: dt.date | None

    def state(self, on: dt.date) -> str:
        """open | not-yet | closed."""
        return "not-yet" if on < self.opens_on else ("closed" if on > self.closes_on else "open")

    def period_text(self) -> str:
        return f"{medium_date(self.opens_on)}至{medium_date(self.closes_on)}"


_COLUMNS = "id, title, organiser, explanation, body, how_to_comment, opens_on, closes_on, adoption, adoption_on"


def _draft(row) -> Draft:
    return Draft(*row[:6], dt.date.fromisoformat(row[6]), dt.date.fromisoformat(row[7]), row[8],
                 dt.date.fromisoformat(row[9]) if row[9] else None)


def drafts(db: sqlite_utils.Database) -> list[Draft]:
    """Every draft, newest closing date first."""
    return [_draft(r) for r in db.execute(f"SELECT {_COLUMNS} FROM drafts ORDER BY closes_on DESC, id DESC")]


def draft(db: sqlite_utils.Database, draft_id: int) -> Draft:
    row = db.execute(f"SELECT {_COLUMNS} FROM drafts WHERE id = ?", [draft_id]).fetchone()
    if row is None:
        raise NotFound(f"征求意见稿不存在: {draft_id}")
    return _draft(row)


def comment(db: sqlite_utils.Database, clock: Clock, draft_id: int, text: str, *, consent: bool = False,
            name: str = "", phone: str = "") -> str:
    """A resident's comment on an open draft; its uuid."""
    d = draft(db, draft_id)
    state = d.state(today(clock))
    if state == "closed":
        raise ValidationError(f"本草案征求意见已于{medium_date(d.closes_on)}截止，不再收集意见")
    if state == "not-yet":
        raise ValidationError(f"本草案{medium_date(d.opens_on)}起征求意见，请届时再来")
    text = bounded(text, COMMENT_LIMIT, "意见", required=True)
    name = bounded(name, NAME_LIMIT, "姓名", public=False) if consent else ""
    phone = (identity.check_phone(phone) if phone.strip() else "") if consent else ""
    ref = uuid_mod.uuid4().hex
    with db.atomic():
        db.execute("INSERT INTO draft_comments (uuid, draft_id, draft_title, commented_at, text, name, phone) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", [ref, d.id, d.title, iso_now(clock), text, name, phone])
    return ref
