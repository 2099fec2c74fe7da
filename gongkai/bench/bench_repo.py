"""SQL the benchmark needs for its baselines: the LIKE scan that search replaces, and the raw
executemany into an empty table that a snapshot apply is compared with.

Nothing here is used by the kiosk itself.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

# The text columns of each content table that the search index covers (their `Search` in kiosk/content_kinds.py),
# title first.
LIKE_COLUMNS: dict[str, tuple[str, ...]] = {
    "catalogue_items": ("level2", "level1", "content"),
    "documents": ("title", "doc_number", "body"),
    "notices": ("title", "body"),
    "policies": ("title", "doc_number", "body"),
}


def like_search(
    db: sqlite_utils.Database, query: str, per_kind: int, columns: dict[str, tuple[str, ...]] | None = None
) -> dict[str, list[tuple[int, str]]]:
    """What search did before an index: `col LIKE '%q%'` on every text column of every content
    table, at most per_kind rows each, (id, first column) per row."""
    pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    found = {}
    for table, cols in (columns or LIKE_COLUMNS).items():
        where = " OR ".join(f"{c} LIKE :p ESCAPE '\\'" for c in cols)
        sql = f"SELECT id, {cols[0]} FROM {table} WHERE {where} LIMIT :n"
        found[table] = db.execute(sql, {"p": pattern, "n": per_kind}).fetchall()
    return found


def table_columns(db: sqlite_utils.Database, table: str) -> tuple[str, ...]:
    return tuple(row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall())


def read_rows(db: sqlite_utils.Database, table: str, columns: tuple[str, ...]) -> list[tuple]:
    return db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()


def executemany_in_transaction(
    db: sqlite_utils.Database, table: str, columns: tuple[str, ...], rows: list[tuple]
) -> None:
    """The baseline: one executemany of ready-made tuples inside one transaction."""
    placeholders = ", ".join("?" for _ in columns)
    with db.atomic():
        db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", rows)


def payout_count_readonly(path: str | Path) -> int | None:
    """Payout rows in an existing file, opened read-only; None when it is no kiosk database.

    Checked before open_store, which would migrate (and so change) whatever file it is given.
    """
    try:
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return conn.execute("SELECT count(*) FROM payouts").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        conn.close()


# --- judged search queries (gongkai/bench/search_quality.py) -----------------------------------

_ANSWER_SQL = {
    "c": ("catalogue", "SELECT id FROM catalogue_items WHERE level1 = ?", False),
    "p": ("policy", "SELECT id FROM policies WHERE status = 'published' AND instr(title, ?) > 0", False),
    "d": ("document", "SELECT id FROM documents WHERE instr(title, ?) > 0", False),
    "n": ("notice", "SELECT id FROM notices WHERE instr(title, ?) > 0", False),
    "q": ("faq", "SELECT id FROM faq WHERE instr(question, ?) > 0", False),
}


def answer_pages(db, spec: str) -> set[tuple[str, int]]:
    """The (kind, id) pages a judged answer spec like 'c:最低生活保障' stands for."""
    prefix, _, text = spec.partition(":")
    if prefix not in _ANSWER_SQL or not text:
        raise ValueError(f"bad answer spec: {spec!r}")
    kind, sql, _ = _ANSWER_SQL[prefix]
    return {(kind, r[0]) for r in db.execute(sql, [text])}


def table_bytes(db, tables: list[str]) -> int | None:
    """Bytes the named tables (and an FTS5 table's shadow tables) take, from dbstat."""
    try:
        rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except Exception:
        return None
    return sum(size for name, size in rows if any(name == t or name.startswith(t + "_") for t in tables))
