"""Village and community notices (村务/居务公开): current ones first, expired ones in an archive."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from kiosk.clock import Clock, today
from kiosk.errors import NotFound
from kiosk.formatting import LOCALE, medium_date
from kiosk.store import notices_repo, township_repo


@dataclass(frozen=True)
class NoticePage:
    id: int
    title: str
    village: str
    category: str
    posted_text: str
    expires_text: str
    expired: bool
    body: str
    images: list[dict]
    files: list[dict]
    path: str


def _date(text: str | None, locale: str = LOCALE) -> str:
    return medium_date(dt.date.fromisoformat(text), locale) if text else ""


def villages(db: sqlite_utils.Database) -> list[dict]:
    return township_repo.list_villages(db)


def notices_for(db: sqlite_utils.Database, village_id: int, clock: Clock, *, archived: bool = False) -> list[dict]:
    rows = notices_repo.list_for_village(db, village_id, today(clock).isoformat(), archived=archived)
    return [
        {
            **r,
            "posted_text": _date(r["posted_on"]),
            "expires_text": _date(r["expires_on"]) if r["expires_on"] else "长期公开",
        }
        for r in rows
    ]


def notice_page(db: sqlite_utils.Database, notice_id: int, clock: Clock, locale: str = LOCALE) -> NoticePage:
    notice = notices_repo.get_notice(db, notice_id)
    if notice is None:
        raise NotFound(f"公告不存在: {notice_id}")
    attachments = notices_repo.list_attachments(db, notice_id)
    day = today(clock).isoformat()
    return NoticePage(
        id=notice_id,
        title=notice["title"],
        village=notice["village"],
        category=notice["category"],
        posted_text=_date(notice["posted_on"], locale),
        expires_text=_date(notice["expires_on"], locale) if notice["expires_on"] else "长期公开",
        expired=bool(notice["expires_on"]) and notice["expires_on"] < day,
        body=notice["body"],
        images=[a for a in attachments if a["kind"] == "image"],
        files=[a for a in attachments if a["kind"] == "file"],
        path=f"notice/{notice_id}.html",
    )


def attachment(db: sqlite_utils.Database, sha256: str) -> tuple[str, bytes]:
    found = notices_repo.attachment_data(db, sha256)
    if found is None:
        raise NotFound(f"附件不存在: {sha256}")
    return found


def urgent_notices(db: sqlite_utils.Database, clock: Clock, limit: int = 5) -> list[dict]:
    """Urgent notices in their posting window, newest first: the home-screen banner, each one tappable."""
    return notices_repo.urgent_current(db, today(clock).isoformat(), limit)
