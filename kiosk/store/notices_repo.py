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
