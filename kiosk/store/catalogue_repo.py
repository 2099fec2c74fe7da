"""The standard catalogue (domains, 一级/二级事项) and the documents published under its items."""

from __future__ import annotations

import sqlite_utils

ITEM_COLUMNS = (
    "id", "domain_id", "seq", "level1", "level2", "content", "basis", "time_limit",
    "subject", "channels", "audience", "method", "level",
)
DOCUMENT_COLUMNS = (
    "id", "item_id", "title", "doc_number", "index_number", "publisher", "published_on", "body", "url",
)


def list_domains(db: sqlite_utils.Database) -> list[dict]:
    rows = db.execute(
        """
        SELECT d.id, d.seq, d.name, d.note, count(i.id)
        FROM catalogue_domains d LEFT JOIN catalogue_items i ON i.domain_id = d.id
        GROUP BY d.id ORDER BY d.seq, d.id
        """
    ).fetchall()
    return [dict(id=r[0], seq=r[1], name=r[2], note=r[3], item_count=r[4]) for r in rows]


def get_domain(db: sqlite_utils.Database, domain_id: int) -> dict | None:
    row = db.execute("SELECT id, seq, name, note FROM catalogue_domains WHERE id = ?", [domain_id]).fetchone()
    return dict(id=row[0], seq=row[1], name=row[2], note=row[3]) if row else None


def list_level1(db: sqlite_utils.Database, domain_id: int) -> list[dict]:
    rows = db.execute(
        """
        SELECT level1, count(*), min(seq) FROM catalogue_items WHERE domain_id = ?
        GROUP BY level1 ORDER BY min(seq)
        """,
        [domain_id],
    ).fetchall()
    return [dict(level1=r[0], item_count=r[1]) for r in rows]


def list_items(db: sqlite_utils.Database, domain_id: int, level1: str) -> list[dict]:
    rows = db.execute(
        f"""
        SELECT {', '.join('i.' + c for c in ITEM_COLUMNS)},
               (SELECT count(*) FROM documents d WHERE d.item_id = i.id)
        FROM catalogue_items i WHERE i.domain_id = ? AND i.level1 = ? ORDER BY i.seq, i.id
        """,
        [domain_id, level1],
    ).fetchall()
    return [dict(zip((*ITEM_COLUMNS, "document_count"), r, strict=True)) for r in rows]


def get_item(db: sqlite_utils.Database, item_id: int) -> dict | None:
    row = db.execute(
        f"SELECT {', '.join(ITEM_COLUMNS)} FROM catalogue_items WHERE id = ?", [item_id]
    ).fetchone()
    return dict(zip(ITEM_COLUMNS, row, strict=True)) if row else None


def list_documents(db: sqlite_utils.Database, item_id: int, limit: int = 200) -> list[dict]:
    rows = db.execute(
        """
        SELECT id, title, doc_number, publisher, published_on FROM documents
        WHERE item_id = ? ORDER BY published_on DESC, id DESC LIMIT ?
        """,
        [item_id, limit],
    ).fetchall()
    return [dict(id=r[0], title=r[1], doc_number=r[2], publisher=r[3], published_on=r[4]) for r in rows]


def get_document(db: sqlite_utils.Database, document_id: int) -> dict | None:
    row = db.execute(
        f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents WHERE id = ?", [document_id]
    ).fetchone()
    return dict(zip(DOCUMENT_COLUMNS, row, strict=True)) if row else None


def first_item_with_documents(db: sqlite_utils.Database) -> int | None:
    row = db.execute(
        "SELECT item_id FROM documents WHERE item_id IS NOT NULL ORDER BY item_id LIMIT 1"
    ).fetchone()
    return row[0] if row else None
