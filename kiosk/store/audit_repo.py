"""The audit log table: append a row, read rows in order, and the head counter."""

from __future__ import annotations

from collections.abc import Iterator

import sqlite_utils

HEAD_COUNTER = "audit_log"  # counters row: id of the last audit row ever written
COLUMNS = ("id", "at", "actor", "action", "detail", "prev_hash", "hash")


def next_id(db: sqlite_utils.Database) -> int:
    """Bump and return the audit head. A write first, so the transaction holds the write lock."""
    row = db.execute(
        "INSERT INTO counters (name, value) VALUES (?, 1) "
        "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
        [HEAD_COUNTER],
    ).fetchone()
    return row[0]


def head(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM counters WHERE name = ?", [HEAD_COUNTER]).fetchone()
    return row[0] if row else 0


def last_hash(db: sqlite_utils.Database, before_id: int) -> str | None:
    row = db.execute("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1", [before_id]).fetchone()
    return row[0] if row else None


def insert(db: sqlite_utils.Database, row: dict) -> None:
    db.execute(
        f"INSERT INTO audit_log ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})",
        [row[c] for c in COLUMNS],
    )


def rows(db: sqlite_utils.Database) -> Iterator[dict]:
    for values in db.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY id"):
        yield dict(zip(COLUMNS, values, strict=True))


def recent(db: sqlite_utils.Database, limit: int = 50, actor: str | None = None) -> list[dict]:
    where, params = ("WHERE actor = ?", [actor]) if actor else ("", [])
    cursor = db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM audit_log {where} ORDER BY id DESC LIMIT ?", [*params, limit]
    )
    return [dict(zip(COLUMNS, values, strict=True)) for values in cursor]
