"""Policy documents and their interpretations (政策解读), one table linked by interprets_id."""

from __future__ import annotations

import sqlite_utils

POLICY_COLUMNS = (
    "id", "kind", "interprets_id", "title", "doc_number", "issuer", "published_on", "body", "source_url",
)


def list_published(db: sqlite_utils.Database) -> list[dict]:
    """Published policies (not interpretations), newest first, each with its interpretation's id."""
    rows = db.execute(
        """
        SELECT p.id, p.title, p.doc_number, p.issuer, p.published_on,
               (SELECT i.id FROM policies i WHERE i.interprets_id = p.id AND i.kind = 'interpretation'
                AND i.status = 'published' ORDER BY i.id LIMIT 1)
        FROM policies p WHERE p.kind = 'policy' AND p.status = 'published'
        ORDER BY p.published_on DESC, p.id DESC
        """
    ).fetchall()
    keys = ("id", "title", "doc_number", "issuer", "published_on", "interpretation_id")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def get_policy(db: sqlite_utils.Database, policy_id: int) -> dict | None:
    row = db.execute(
        f"SELECT {', '.join(POLICY_COLUMNS)} FROM policies WHERE id = ? AND status = 'published'", [policy_id]
    ).fetchone()
    return dict(zip(POLICY_COLUMNS, row, strict=True)) if row else None


def interpretation_of(db: sqlite_utils.Database, policy_id: int) -> int | None:
    row = db.execute(
        """SELECT id FROM policies WHERE interprets_id = ? AND kind = 'interpretation' AND status = 'published'
           ORDER BY id LIMIT 1""",
        [policy_id],
    ).fetchone()
    return row[0] if row else None
