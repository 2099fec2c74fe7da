"""The township row, its villages and communities."""

from __future__ import annotations

import sqlite_utils

TOWNSHIP_COLUMNS = (
    "code", "name", "county", "office_name", "office_address", "office_phone",
    "office_hours", "postcode", "public_base_url",
    "default_language", "languages",  # the screens' languages (m60_languages): "ug", "zh,ug,en"
)


def get_township(db: sqlite_utils.Database) -> dict | None:
    row = db.execute(f"SELECT {', '.join(TOWNSHIP_COLUMNS)} FROM township WHERE id = 1").fetchone()
    return dict(zip(TOWNSHIP_COLUMNS, row, strict=True)) if row else None


def save_township(db: sqlite_utils.Database, township: dict) -> None:
    values = [township.get(c, "") for c in TOWNSHIP_COLUMNS]
    db.execute(
        f"INSERT OR REPLACE INTO township (id, {', '.join(TOWNSHIP_COLUMNS)}) "
        f"VALUES (1, {', '.join('?' for _ in TOWNSHIP_COLUMNS)})",
        values,
    )


def list_villages(db: sqlite_utils.Database) -> list[dict]:
    rows = db.execute("SELECT id, code, name, kind FROM villages ORDER BY seq, id").fetchall()
    return [dict(id=r[0], code=r[1], name=r[2], kind=r[3]) for r in rows]


def add_village(db: sqlite_utils.Database, code: str, name: str, kind: str = "village", seq: int = 0) -> None:
    """One village or community (tests, benchmarks; bundles bring the real list)."""
    db.execute("INSERT INTO villages (code, name, kind, seq) VALUES (?, ?, ?, ?)", [code, name, kind, seq])
