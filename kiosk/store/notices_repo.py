"""Village and community notices (村务/居务公开) and their attachments."""

from __future__ import annotations

import sqlite_utils


def urgent_current(db: sqlite_utils.Database, today: str, limit: int = 5) -> list[dict]:
    """Urgent notices still within their posting window, newest first."""
    rows = db.execute(
        """
        SELECT n.id, n.title, v.name FROM notices n JOIN villages v ON v.id = n.village_id
        WHERE n.urgent = 1 AND n.posted_on <= :today AND (n.expires_on IS NULL OR n.expires_on >= :today)
        ORDER BY n.posted_on DESC, n.id DESC LIMIT :limit
        """,
        {"today": today, "limit": limit},
    ).fetchall()
    return [dict(id=r[0], title=r[1], village=r[2]) for r in rows]


NOTICE_COLUMNS = ("id", "village_id", "category", "title", "body", "posted_on", "expires_on", "urgent")


def list_for_village(db: sqlite_utils.Database, village_id: int, today: str, *, archived: bool) -> list[dict]:
    """Current notices (posted, not yet expired) or the archive (expired), newest first."""
    window = (
        "n.expires_on IS NOT NULL AND n.expires_on < :today"
        if archived
        else "n.posted_on <= :today AND (n.expires_on IS NULL OR n.expires_on >= :today)"
    )
    rows = db.execute(
        f"""
        SELECT n.id, n.category, n.title, n.posted_on, n.expires_on, n.urgent,
               (SELECT count(*) FROM notice_attachments a WHERE a.notice_id = n.id)
        FROM notices n WHERE n.village_id = :village AND {window}
        ORDER BY n.urgent DESC, n.posted_on DESC, n.id DESC
        """,
        {"village": village_id, "today": today},
    ).fetchall()
    keys = ("id", "category", "title", "posted_on", "expires_on", "urgent", "attachment_count")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def get_notice(db: sqlite_utils.Database, notice_id: int) -> dict | None:
    row = db.execute(
        f"""SELECT {', '.join('n.' + c for c in NOTICE_COLUMNS)}, v.name
            FROM notices n JOIN villages v ON v.id = n.village_id WHERE n.id = ?""",
        [notice_id],
    ).fetchone()
    return dict(zip((*NOTICE_COLUMNS, "village"), row, strict=True)) if row else None


def list_attachments(db: sqlite_utils.Database, notice_id: int) -> list[dict]:
    rows = db.execute(
        """
        SELECT na.seq, na.sha256, na.name, na.kind, a.mime, a.size
        FROM notice_attachments na JOIN attachments a ON a.sha256 = na.sha256
        WHERE na.notice_id = ? ORDER BY na.seq
        """,
        [notice_id],
    ).fetchall()
    return [dict(seq=r[0], sha256=r[1], name=r[2], kind=r[3], mime=r[4], size=r[5]) for r in rows]


def attachment_data(db: sqlite_utils.Database, sha256: str) -> tuple[str, bytes] | None:
    row = db.execute("SELECT mime, data FROM attachments WHERE sha256 = ?", [sha256]).fetchone()
    return (row[0], bytes(row[1])) if row else None


def first_notice_with_images(db: sqlite_utils.Database, today: str) -> int | None:
    row = db.execute(
        """
        SELECT n.id FROM notices n JOIN notice_attachments a ON a.notice_id = n.id
        WHERE a.kind = 'image' AND n.posted_on <= :today AND (n.expires_on IS NULL OR n.expires_on >= :today)
        ORDER BY n.id LIMIT 1
        """,
        {"today": today},
    ).fetchone()
    return row[0] if row else None
