"""SQL of the kiosk's first search index, kept only as a baseline for `gongkai bench`.

The kiosk searched this way until the ranked search of kiosk/search/ replaced it: exact
substrings (bigram phrases) and title pinyin initials, newest first. `create_tables` makes its
tables in a bench database only (the kiosk's migrations drop them); `drop_tables` removes them.

What is searchable is the ranked index's own (kiosk/content_kinds.py, search_repo.KINDS).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

import sqlite_utils

from kiosk.store import search_repo

# What is searched and how its rows are read are the ranked index's own (the same content either way).
source_rows, _chunks = search_repo.source_rows, search_repo._chunks

HIT_SQL = {
    "catalogue": "SELECT i.id, i.level2, i.level1 || '：' || i.content FROM catalogue_items i WHERE i.id IN ({ids})",
    "document": "SELECT id, title, body FROM documents WHERE id IN ({ids})",
    "notice": "SELECT id, title, body FROM notices WHERE id IN ({ids})",
    "policy": "SELECT id, title, body FROM policies WHERE id IN ({ids})",
}
# The frozen baseline searched these four kinds; kinds declared since (简明问答, 意见征集) are not in it.
KINDS = tuple(k for k in search_repo.KINDS if k in HIT_SQL)


def create_tables(db: sqlite_utils.Database) -> None:
    for kind in KINDS:
        for part, columns in (("fts", "title, body"), ("titles", "title")):
            db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS search_{part}_{kind} USING fts5("
                       f"{columns}, tokenize = 'unicode61', content = '', prefix = '1')")
    db.execute("""CREATE TABLE IF NOT EXISTS search_docs (
        kind TEXT NOT NULL, position INTEGER NOT NULL, ref_id INTEGER NOT NULL, stored BLOB NOT NULL,
        PRIMARY KEY (kind, position), UNIQUE (kind, ref_id)) WITHOUT ROWID""")


def drop_tables(db: sqlite_utils.Database) -> None:
    for table in [*_tables(), "search_docs"]:
        db.execute(f"DROP TABLE IF EXISTS {table}")


def table_names() -> list[str]:
    return [*_tables(), "search_docs"]


def _tables() -> list[str]:
    return [f"search_{part}_{kind}" for kind in KINDS for part in ("fts", "titles")]


def clear(db: sqlite_utils.Database) -> None:
    for table in _tables():
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    db.execute("DELETE FROM search_docs")


def set_automerge(db: sqlite_utils.Database, segments: int) -> None:
    """0 while bulk loading (merging as it goes costs a third of a build; optimize() merges once
    at the end), FTS5's default 4 otherwise so incremental updates stay merged."""
    for table in _tables():
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', ?)", [segments])


def indexed_rows(db: sqlite_utils.Database, kind: str, ids: Sequence[int]) -> list[tuple[int, tuple[str, ...]]]:
    """(position, stored columns) of rows of one kind now in the index, as given to insert_entries."""
    out = []
    for chunk in _chunks(list(ids), 500):
        marks = ", ".join("?" for _ in chunk)
        out += [
            (position, _unpack(stored))
            for position, stored in db.execute(
                f"SELECT position, stored FROM search_docs WHERE kind = ? AND ref_id IN ({marks})", [kind, *chunk]
            )
        ]
    return out


def delete_entries(db: sqlite_utils.Database, kind: str, rows: Iterable[tuple[int, str, str]]) -> None:
    """rows: (position, title terms, body terms), exactly as they were indexed.

    A contentless FTS5 table (SQLite 3.40) can only forget a row when told its terms.
    """
    rows = sorted(rows)
    table, titles = _table(kind), _table(kind, titles=True)
    db.conn.executemany(f"INSERT INTO {table} ({table}, rowid, title, body) VALUES ('delete', ?, ?, ?)", rows)
    db.conn.executemany(f"INSERT INTO {titles} ({titles}, rowid, title) VALUES ('delete', ?, ?)",
                        [r[:2] for r in rows])
    db.conn.executemany("DELETE FROM search_docs WHERE kind = ? AND position = ?", [(kind, r[0]) for r in rows])


def position_range(db: sqlite_utils.Database, kind: str) -> tuple[int | None, int | None]:
    return tuple(db.execute("SELECT min(position), max(position) FROM search_docs WHERE kind = ?", [kind]).fetchone())


def insert_entries(
    db: sqlite_utils.Database, kind: str, entries: Iterable[tuple[int, int, tuple[str, ...], tuple[str, str]]]
) -> None:
    """entries: (position, ref_id, stored columns, (title terms, body terms)), positions ascending.

    FTS5 flushes its pending terms whenever a rowid goes backwards: one tiny segment per row.
    The stored columns (compressed) are what the caller needs to re-make the terms for a delete.
    """
    rows = list(entries)
    db.conn.executemany("INSERT INTO search_docs (kind, position, ref_id, stored) VALUES (?, ?, ?, ?)",
                        [(kind, pos, ref_id, _pack(stored)) for pos, ref_id, stored, _ in rows])
    db.conn.executemany(f"INSERT INTO {_table(kind)} (rowid, title, body) VALUES (?, ?, ?)",
                        [(pos, *terms) for pos, _, _, terms in rows])
    db.conn.executemany(f"INSERT INTO {_table(kind, titles=True)} (rowid, title) VALUES (?, ?)",
                        [(pos, terms[0]) for pos, _, _, terms in rows])


def optimize(db: sqlite_utils.Database) -> None:
    """Merge each index into one segment: queries then read one b-tree per term."""
    for table in _tables():
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def match_positions(db: sqlite_utils.Database, kind: str, expr: str, limit: int, *, titles: bool = False) -> list[int]:
    """Positions of one kind matching the FTS5 expression, best (newest) first; `titles`: match
    the titles alone."""
    table = _table(kind, titles=titles)
    rows = db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid LIMIT ?", [expr, limit]).fetchall()
    return [r[0] for r in rows]


def count_matches(db: sqlite_utils.Database, kind: str, expr: str, cap: int) -> int:
    return db.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {_table(kind)} WHERE {_table(kind)} MATCH ? LIMIT ?)", [expr, cap]
    ).fetchone()[0]


def hit_rows(db: sqlite_utils.Database, kind: str, positions: Sequence[int]) -> list[tuple[int, str, str]]:
    """(ref_id, title, text for the snippet) for index positions, in the order given."""
    refs: dict[int, int] = {}
    rows: dict[int, tuple] = {}
    for chunk in _chunks(list(positions), 500):
        marks = ", ".join("?" for _ in chunk)
        found = dict(db.execute(
            f"SELECT position, ref_id FROM search_docs WHERE kind = ? AND position IN ({marks})", [kind, *chunk]
        ).fetchall())
        refs.update(found)
        ref_ids = list(found.values())
        if ref_ids:
            sql = HIT_SQL[kind].format(ids=", ".join("?" for _ in ref_ids))
            rows.update((r[0], r) for r in db.execute(sql, ref_ids).fetchall())
    ordered = [refs[p] for p in positions if p in refs]
    return [(rows[i][0], rows[i][1], rows[i][2] or "") for i in ordered if i in rows]


def _table(kind: str, *, titles: bool = False) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown search kind: {kind}")
    return f"search_{'titles' if titles else 'fts'}_{kind}"


def _pack(columns: tuple[str, ...]) -> bytes:
    return zlib.compress("\x1f".join(columns).encode(), 6)


def _unpack(blob: bytes) -> tuple[str, ...]:
    return tuple(zlib.decompress(blob).decode().split("\x1f"))
