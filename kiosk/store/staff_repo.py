"""Staff accounts: usernames, roles, PIN hashes and the lockout counters."""

from __future__ import annotations

import sqlite_utils

COLUMNS = ("id", "username", "display_name", "role", "pin_hash", "disabled", "failed_attempts",
           "locked_until", "created_at")


def get(db: sqlite_utils.Database, username: str) -> dict | None:
    row = db.execute(f"SELECT {', '.join(COLUMNS)} FROM staff WHERE username = ?", [username]).fetchone()
    return dict(zip(COLUMNS, row, strict=True)) if row else None


def list_all(db: sqlite_utils.Database) -> list[dict]:
    cursor = db.execute(f"SELECT {', '.join(COLUMNS)} FROM staff ORDER BY username")
    return [dict(zip(COLUMNS, row, strict=True)) for row in cursor]


def insert(db: sqlite_utils.Database, username: str, display_name: str, role: str, pin_hash: str,
           created_at: str) -> int:
    cursor = db.execute(
        "INSERT INTO staff (username, display_name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)",
        [username, display_name, role, pin_hash, created_at],
    )
    return cursor.lastrowid


def set_disabled(db: sqlite_utils.Database, username: str, disabled: bool) -> None:
    db.execute("UPDATE staff SET disabled = ? WHERE username = ?", [int(disabled), username])


def set_role(db: sqlite_utils.Database, username: str, role: str) -> None:
    db.execute("UPDATE staff SET role = ? WHERE username = ?", [role, username])


def set_pin_hash(db: sqlite_utils.Database, username: str, pin_hash: str) -> None:
    db.execute("UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE username = ?",
               [pin_hash, username])


def set_attempts(db: sqlite_utils.Database, username: str, failed_attempts: int, locked_until: str | None) -> None:
    db.execute("UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE username = ?",
               [failed_attempts, locked_until, username])


def count_active_admins(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM staff WHERE role = 'admin' AND disabled = 0").fetchone()[0]


def claim_attempt(db: sqlite_utils.Database, username: str, max_attempts: int, lock_until: str, now: str) -> int | None:
    """Count one login attempt before its PIN is checked, in a single UPDATE; the attempt that reaches
    `max_attempts` locks the account until `lock_until`, and a lock that has run out starts the count
    again. Returns the attempts counted so far, or None when the account is locked (or unknown): then the
    PIN is not to be accepted. Parallel attempts are counted one by one (SQLite serialises the UPDATEs)."""
    row = db.execute(
        "UPDATE staff SET "
        "failed_attempts = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END, "
        "locked_until = CASE WHEN (CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END) >= :max "
        "THEN :until ELSE NULL END "
        "WHERE username = :username AND (locked_until IS NULL OR locked_until <= :now) RETURNING failed_attempts",
        {"max": max_attempts, "until": lock_until, "username": username, "now": now},
    ).fetchone()
    return row[0] if row else None
