"""SQL of the ranked search index (tables from migrations/m20_search.py, m002).

What is searchable is declared per content kind in kiosk/content_kinds.py (the SELECTs of its
`Search`): payouts are never indexed (recipients' names are private), and only published policies are.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence

import sqlite_utils

from kiosk.content_kinds import KINDS as ALL_KINDS
from kiosk.content_kinds import SEARCHED

# Per kind, the SQL of its rows, titles and texts comes from its declaration (kiosk/content_kinds.py).
_SEARCH = {k.name: k.search for k in SEARCHED}
KINDS = tuple(_SEARCH)


def source_rows(
    db: sqlite_utils.Database, kind: str, ids: Sequence[int] | None = None
) -> Iterator[tuple[int, tuple[str, ...], tuple[str, ...]]]:
    """(ref_id, title texts, body texts) of one kind, best first; only `ids` when given."""
    spec = _SEARCH[kind]
    sql, title_fields = spec.rows, spec.title_fields
    chunks = [None] if ids is None else list(_chunks(list(ids), 500))
    for chunk in chunks:
        where = where_and = ""
        if chunk is not None:
            marks = ", ".join("?" for _ in chunk)
            where = f"WHERE {spec.id_column} IN ({marks})"
            where_and = f"AND {spec.id_column} IN ({marks})"
        for row in db.execute(sql.format(where=where, where_and=where_and), chunk or []):
            yield row[0], tuple(x or "" for x in row[1:1 + title_fields]), tuple(x or "" for x in row[1 + title_fields:])


def table(kind: str) -> str:
    if kind not in _SEARCH:
        raise ValueError(f"unknown search kind: {kind}")
    return f"search_idx_{kind}"


def indexed_kinds(db: sqlite_utils.Database) -> tuple[str, ...]:
    """The declared kinds whose index tables exist: every one once the schema is migrated. While the
    migrations run, a kind added after m20_search.m002 has none until its own migration makes them."""
    have = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'search\\_idx\\_%' ESCAPE '\\'")}
    return tuple(k for k in KINDS if table(k) in have)


def create_index_tables(db: sqlite_utils.Database, kind: str) -> None:
    """The index tables of a newly searched kind, as m20_search.m002 made them for the first four;
    for the new kind's migration, which then calls kiosk.search.reindex_kind with all its ids."""
    name = table(kind)
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5("
               "title, body, py, tokenize = 'unicode61', content = '', prefix = '1')")
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab_{kind} USING fts5vocab({name}, 'col')")


def clear(db: sqlite_utils.Database) -> None:
    for kind in indexed_kinds(db):
        db.execute(f"INSERT INTO {table(kind)} ({table(kind)}) VALUES ('delete-all')")
    db.execute("DELETE FROM search_rows")


def set_automerge(db: sqlite_utils.Database, segments: int) -> None:
    """0 while bulk loading (optimize() merges once at the end), FTS5's default 4 otherwise."""
    for kind in indexed_kinds(db):
        db.execute(f"INSERT INTO {table(kind)} ({table(kind)}, rank) VALUES ('automerge', ?)", [segments])


def optimize(db: sqlite_utils.Database) -> None:
    for kind in indexed_kinds(db):
        db.execute(f"INSERT INTO {table(kind)} ({table(kind)}) VALUES ('optimize')")


def insert_entries(db: sqlite_utils.Database, kind: str,
                   entries: Iterable[tuple[int, int, tuple[str, str, str], tuple[str, str, str]]]) -> None:
    """entries: (position, ref_id, stored columns, (title, body, py terms)), positions ascending."""
    rows = list(entries)
    db.conn.executemany("INSERT INTO search_rows (kind, position, ref_id, stored) VALUES (?, ?, ?, ?)",
                        [(kind, pos, ref_id, _pack(stored)) for pos, ref_id, stored, _ in rows])
    db.conn.executemany(f"INSERT INTO {table(kind)} (rowid, title, body, py) VALUES (?, ?, ?, ?)",
                        [(pos, *terms) for pos, _, _, terms in rows])


def indexed_rows(db: sqlite_utils.Database, kind: str, ids: Sequence[int]) -> list[tuple[int, tuple[str, ...]]]:
    """(position, stored columns) of rows of one kind now in the index."""
    out = []
    for chunk in _chunks(list(ids), 500):
        marks = ", ".join("?" for _ in chunk)
        out += [(position, _unpack(stored)) for position, stored in db.execute(
            f"SELECT position, stored FROM search_rows WHERE kind = ? AND ref_id IN ({marks})", [kind, *chunk])]
    return out


def delete_entries(db: sqlite_utils.Database, kind: str, rows: Iterable[tuple[int, str, str, str]]) -> None:
    """rows: (position, title, body, py terms) exactly as indexed: a contentless FTS5 table
    (SQLite 3.40) can only forget a row when told its terms."""
    rows = sorted(rows)
    name = table(kind)
    db.conn.executemany(f"INSERT INTO {name} ({name}, rowid, title, body, py) VALUES ('delete', ?, ?, ?, ?)", rows)
    db.conn.executemany("DELETE FROM search_rows WHERE kind = ? AND position = ?", [(kind, r[0]) for r in rows])


def lowest_position(db: sqlite_utils.Database, kind: str) -> int | None:
    return db.execute("SELECT min(position) FROM search_rows WHERE kind = ?", [kind]).fetchone()[0]


def token_counts(db: sqlite_utils.Database, kind: str, token: str) -> dict[str, int]:
    """column -> rows of this kind holding the token in that column (one `term =` lookup: an
    IN list makes fts5vocab scan the whole vocabulary)."""
    return {col: doc for col, doc in db.execute(
        f"SELECT col, doc FROM search_vocab_{kind} WHERE term = ?", [token])}


def row_count(db: sqlite_utils.Database, kind: str) -> int:
    return db.execute("SELECT count(*) FROM search_rows WHERE kind = ?", [kind]).fetchone()[0]


def ranked(db: sqlite_utils.Database, kind: str, expr: str, weights: tuple[float, float, float],
           limit: int) -> list[tuple[int, float]]:
    """(position, bm25) of the best matches (lower bm25 is better)."""
    name = table(kind)
    w = ", ".join(str(x) for x in weights)
    return db.execute(
        f"SELECT rowid, bm25({name}, {w}) FROM {name} WHERE {name} MATCH ? ORDER BY 2, rowid LIMIT ?",
        [expr, limit],
    ).fetchall()


def newest(db: sqlite_utils.Database, kind: str, expr: str, limit: int) -> list[int]:
    """Positions of the newest matches: stops after `limit`, however common the terms."""
    name = table(kind)
    return [r[0] for r in db.execute(
        f"SELECT rowid FROM {name} WHERE {name} MATCH ? ORDER BY rowid LIMIT ?", [expr, limit])]


def count_matches(db: sqlite_utils.Database, kind: str, expr: str, cap: int) -> int:
    name = table(kind)
    return db.execute(f"SELECT count(*) FROM (SELECT 1 FROM {name} WHERE {name} MATCH ? LIMIT ?)",
                      [expr, cap]).fetchone()[0]


def hit_titles(db: sqlite_utils.Database, kind: str, positions: Sequence[int]) -> dict[int, tuple]:
    """position -> (ref_id, title, extra) for index positions."""
    out: dict[int, tuple] = {}
    for chunk in _chunks(list(positions), 500):
        sql = _SEARCH[kind].titles.format(marks=", ".join("?" * len(chunk)))
        out.update((r[0], r[1:]) for r in db.execute(sql, [kind, *chunk]))
    return out


def ended_notices(db: sqlite_utils.Database, ids: Sequence[int], day: str) -> set[int]:
    """The notices among `ids` whose 公示 period ended before `day` (ISO date)."""
    out: set[int] = set()
    for chunk in _chunks(sorted(set(ids)), 500):
        marks = ", ".join("?" for _ in chunk)
        out.update(r[0] for r in db.execute(
            f"SELECT id FROM notices WHERE id IN ({marks}) AND expires_on IS NOT NULL AND expires_on != '' "
            "AND expires_on < ?", [*chunk, day]))
    return out


def hit_texts(db: sqlite_utils.Database, kind: str, ref_ids: Sequence[int]) -> dict[int, str]:
    """ref_id -> the text searched in and cut into a snippet."""
    out: dict[int, str] = {}
    for chunk in _chunks(list(ref_ids), 500):
        sql = _SEARCH[kind].texts.format(ids=", ".join("?" for _ in chunk))
        out.update((r[0], r[1] or "") for r in db.execute(sql, chunk))
    return out


def county_synonym_lines(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """(line number in the county's file, line) of the county's synonym rows."""
    return [(r[0], r[1]) for r in db.execute("SELECT seq, line FROM search_synonyms ORDER BY seq")]


def synonyms_version(db: sqlite_utils.Database) -> tuple:
    return tuple(db.execute("SELECT count(*), total(length(line)), max(seq) FROM search_synonyms").fetchone())


def suggestion_sources(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(text, where from) of the short titles suggestions are made of, as each content kind declares
    them (catalogue items and domains, subsidy items by name only, policies); never a person's name or number."""
    return db.execute(" UNION ALL ".join(sql for k in ALL_KINDS for sql in k.suggest)).fetchall()


def index_size(db: sqlite_utils.Database) -> int | None:
    """Bytes of the search tables (dbstat), or None where SQLite lacks dbstat."""
    try:
        return db.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search\\_idx\\_%' ESCAPE '\\' OR name = 'search_rows'"
        ).fetchone()[0]
    except Exception:
        return None


def _pack(columns: tuple[str, ...]) -> bytes:
    return zlib.compress("\x1f".join(columns).encode(), 6)


def _unpack(blob: bytes) -> tuple[str, ...]:
    return tuple(zlib.decompress(blob).decode().split("\x1f"))


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
