"""The active eligibility rule file (at most one row)."""

from __future__ import annotations

import sqlite_utils


def get_body(db: sqlite_utils.Database, schema: str = "main") -> str | None:
    row = db.execute(f"SELECT body FROM {schema}.eligibility_rules WHERE id = 1").fetchone()
    return row[0] if row else None


def has_table(db: sqlite_utils.Database, schema: str) -> bool:
    return bool(db.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'eligibility_rules'").fetchone())


def put(db: sqlite_utils.Database, format_version: int, revision: str, body: str) -> None:
    db.execute(
        "INSERT INTO eligibility_rules (id, format_version, revision, body) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET format_version = excluded.format_version, "
        "revision = excluded.revision, body = excluded.body",
        [format_version, revision, body],
    )


# -- what a matched rule points at, found by name (ids differ between the demo and a county's bundle)
def subsidy_item(db: sqlite_utils.Database, name: str) -> dict | None:
    row = db.execute("SELECT id, name, department, standard FROM subsidy_items WHERE name = ?", [name]).fetchone()
    return dict(zip(("id", "name", "department", "standard"), row, strict=True)) if row else None


def policies_titled(db: sqlite_utils.Database, fragment: str) -> list[dict]:
    """Published policies (not interpretations) whose title contains `fragment`, newest first."""
    rows = db.execute(
        """SELECT id, title FROM policies WHERE kind = 'policy' AND status = 'published' AND instr(title, ?) > 0
           ORDER BY published_on DESC, id DESC""",
        [fragment],
    ).fetchall()
    return [{"id": r[0], "title": r[1]} for r in rows]


def catalogue_items(db: sqlite_utils.Database, domain: str, level1: str) -> list[dict]:
    """Items under 领域/一级事项, the 办事指南 first; each with its first document's id (or None)."""
    rows = db.execute(
        """SELECT i.id, i.level2, (SELECT min(d.id) FROM documents d WHERE d.item_id = i.id)
           FROM catalogue_items i JOIN catalogue_domains c ON c.id = i.domain_id
           WHERE c.name = ? AND i.level1 = ?
           ORDER BY i.level2 NOT LIKE '%办事指南', i.seq, i.id""",
        [domain, level1],
    ).fetchall()
    return [{"id": r[0], "title": r[1], "document_id": r[2]} for r in rows]
