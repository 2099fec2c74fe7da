"""Read-only health questions about a database file, for `gongkai doctor`.

The file is opened with mode=ro and never migrated: a doctor must not change what it examines,
and must still answer when the schema is old or the file is damaged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils


def open_read_only(path: str | Path) -> sqlite_utils.Database:
    """Raises sqlite3.DatabaseError when the file is not a database (or cannot be read)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                           isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    # Reading the schema is the first thing that fails on a file that is not a database.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return sqlite_utils.Database(conn)


def integrity_problems(db: sqlite_utils.Database, limit: int = 5) -> list[str]:
    """PRAGMA integrity_check's complaints (at most `limit`); empty when the file is sound."""
    rows = [row[0] for row in db.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()]
    return [] if rows == ["ok"] else rows


def has_table(db: sqlite_utils.Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None
