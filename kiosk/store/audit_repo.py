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


DB_ID_COUNTER = "audit_db_id"  # a random id for this database's log, bound into every seal


def db_id(db: sqlite_utils.Database, create: bool = False) -> int | None:
    row = db.execute("SELECT value FROM counters WHERE name = ?", [DB_ID_COUNTER]).fetchone()
    if row or not create:
        return row[0] if row else None
    import secrets

    value = secrets.randbelow(1 << 62) + 1
    db.execute("INSERT INTO counters (name, value) VALUES (?, ?)", [DB_ID_COUNTER, value])
    return value


def db_file(db: sqlite_utils.Database) -> str:
    for _seq, name, path in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return path or ""
    return ""


def insert_seal(db: sqlite_utils.Database, audit_id: int, key_id: str, signature: str) -> None:
    db.execute("INSERT INTO audit_seals (audit_id, key_id, signature) VALUES (?, ?, ?)",
               [audit_id, key_id, signature])


def seals(db: sqlite_utils.Database) -> dict[int, tuple[str, str]]:
    try:
        cursor = db.execute("SELECT audit_id, key_id, signature FROM audit_seals")
    except Exception:  # noqa: BLE001 - the table itself was dropped: no seal survives
        return {}
    return {r[0]: (r[1], r[2]) for r in cursor}


def last_row(db: sqlite_utils.Database) -> tuple[int, str] | None:
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def request_digests(db: sqlite_utils.Database, skip: tuple[str, ...] = ("updated_at",)) -> dict[str, dict]:
    """Every request row by number, without `skip` columns (for comparing against audited digests)."""
    cursor = db.execute("SELECT * FROM requests ORDER BY number")
    names = [d[0] for d in cursor.description]
    return {r[names.index("number")]: {k: v for k, v in zip(names, r, strict=True) if k not in skip} for r in cursor}


def request_row(db: sqlite_utils.Database, number: str, skip: tuple[str, ...] = ("updated_at",)) -> dict | None:
    cursor = db.execute("SELECT * FROM requests WHERE number = ?", [number])
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    return {k: v for k, v in zip(names, row, strict=True) if k not in skip} if row else None


STAFF_AUDITED = ("username", "display_name", "role", "disabled", "pin_hash")


def staff_rows(db: sqlite_utils.Database) -> dict[str, dict]:
    cursor = db.execute(f"SELECT {', '.join(STAFF_AUDITED)} FROM staff")
    return {r[0]: dict(zip(STAFF_AUDITED, r, strict=True)) for r in cursor}
