"""Applying published content to the kiosk: full snapshots and deltas, read from a bundle's content file.

A bundle's content file is a small SQLite database holding the same content tables as the kiosk
(plus `_deletes` in a delta). It is ATTACHed and copied with INSERT ... SELECT, which runs at SQLite
speed: no Python object is made per row. Callers run these inside one `db.atomic()` so the kiosk
shows either the old content or the new, never a mix.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from kiosk.content_kinds import BY_YEAR, ROWS, WHOLE, Table, tables
from kiosk.errors import StoreError

BUNDLE = "bundle"  # schema name the content file is attached under


# Bundle membership comes from the content kinds (kiosk/content_kinds.py), parents before children:
# inserts go in this order, deletes in reverse. Calendars merge by year: a bundle brings whole years
# and never removes the ones it lacks. The county's search synonyms (resources/search/README.md): a
# bundle that has the table brings it whole; one made before the table existed leaves the kiosk's rows alone.
CONTENT_TABLES: tuple[Table, ...] = tables(ROWS)
CALENDAR_TABLES: tuple[Table, ...] = tables(BY_YEAR)
SYNONYM_TABLES: tuple[Table, ...] = tables(WHOLE)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@contextmanager
def attached(db: sqlite_utils.Database, path: str | Path) -> Iterator[None]:
    """Attach a content file for the duration of the block (ATTACH cannot run inside a transaction)."""
    try:
        db.execute(f"ATTACH DATABASE ? AS {BUNDLE}", [str(path)])
    except Exception as exc:  # sqlite3.Error: not a database, locked, ...
        raise StoreError(f"数据包内容文件无法打开: {exc}") from exc
    try:
        yield
    finally:
        db.execute(f"DETACH DATABASE {BUNDLE}")


def _columns(db: sqlite_utils.Database, schema: str, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA {schema}.table_info({_q(table)})").fetchall()]


def _shared_columns(db: sqlite_utils.Database, table: Table) -> list[str] | None:
    """Columns both sides have, in the kiosk's order; None when the bundle lacks the table.

    Only names that exist in the kiosk's own schema are ever put into SQL.
    """
    theirs = set(_columns(db, BUNDLE, table.name))
    if not theirs:
        return None
    ours = _columns(db, "main", table.name)
    missing = [k for k in table.key if k not in theirs]
    if missing:
        raise StoreError(f"数据包中的表 {table.name} 缺少主键列 {', '.join(missing)}")
    return [c for c in ours if c in theirs]


def _copy(db: sqlite_utils.Database, table: Table, columns: list[str], upsert: bool) -> int:
    cols = ", ".join(_q(c) for c in columns)
    sql = f"INSERT INTO main.{_q(table.name)} ({cols}) SELECT {cols} FROM {BUNDLE}.{_q(table.name)} WHERE true"
    updates = [c for c in columns if c not in table.key]
    if upsert:
        keys = ", ".join(_q(k) for k in table.key)
        if updates:
            sets = ", ".join(f"{_q(c)} = excluded.{_q(c)}" for c in updates)
            sql += f" ON CONFLICT ({keys}) DO UPDATE SET {sets}"
        else:
            sql += f" ON CONFLICT ({keys}) DO NOTHING"
    return db.execute(sql).rowcount


def bundle_township_code(db: sqlite_utils.Database) -> str | None:
    if not _columns(db, BUNDLE, "township"):
        return None
    row = db.execute(f"SELECT code FROM {BUNDLE}.township LIMIT 1").fetchone()
    return row[0] if row else None


def replace_all(db: sqlite_utils.Database) -> dict[str, int]:
    """Full snapshot: every content table becomes exactly the bundle's. Returns rows per table."""
    db.execute("PRAGMA defer_foreign_keys = ON")  # policies refer to policies; checked at commit
    plan = []
    for table in CONTENT_TABLES:
        columns = _shared_columns(db, table)
        if columns is None:
            raise StoreError(f"完整数据包缺少表 {table.name}")
        plan.append((table, columns))
    for table, _ in reversed(plan):
        db.execute(f"DELETE FROM main.{_q(table.name)}")
    counts = {table.name: _copy(db, table, columns, upsert=False) for table, columns in plan}
    counts.update(merge_calendar(db))
    counts.update(merge_synonyms(db))
    return counts


def apply_delta(db: sqlite_utils.Database) -> dict[str, int]:
    """Delta: delete the listed keys (children first), then upsert the bundle's rows (parents first)."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    has_deletes = bool(_columns(db, BUNDLE, "_deletes"))
    counts: dict[str, int] = {}
    if has_deletes:
        for table in reversed(CONTENT_TABLES):
            keys = ", ".join(_q(k) for k in table.key)
            picks = ", ".join(f"k{i + 1}" for i in range(len(table.key)))
            deleted = db.execute(
                f"DELETE FROM main.{_q(table.name)} WHERE ({keys}) IN "
                f"(SELECT {picks} FROM {BUNDLE}._deletes WHERE tbl = ?)",
                [table.name],
            ).rowcount
            if deleted:
                counts[f"{table.name}-"] = deleted
    for table in CONTENT_TABLES:
        columns = _shared_columns(db, table)
        if columns is not None:
            counts[table.name] = _copy(db, table, columns, upsert=True)
    counts.update(merge_calendar(db))
    counts.update(merge_synonyms(db))
    return counts


def delta_keys(db: sqlite_utils.Database, table: str) -> list[int]:
    """Ids a delta upserts or deletes in a single-key table (for re-indexing just those rows)."""
    spec = next(t for t in CONTENT_TABLES if t.name == table and len(t.key) == 1)
    rows = []
    if _columns(db, BUNDLE, spec.name):
        rows += db.execute(f"SELECT {_q(spec.key[0])} FROM {BUNDLE}.{_q(spec.name)}").fetchall()
    if _columns(db, BUNDLE, "_deletes"):
        rows += db.execute(f"SELECT k1 FROM {BUNDLE}._deletes WHERE tbl = ?", [spec.name]).fetchall()
    return sorted({r[0] for r in rows})


def merge_calendar(db: sqlite_utils.Database) -> dict[str, int]:
    """Replace each calendar year the bundle carries; keep the years it does not mention."""
    if not _columns(db, BUNDLE, "calendar_years") or not _columns(db, BUNDLE, "calendar_days"):
        return {}
    years = f"CAST(substr(day, 1, 4) AS INTEGER) IN (SELECT year FROM {BUNDLE}.calendar_years)"
    changed = db.execute(
        f"SELECT (SELECT count(*) FROM (SELECT day, kind, name FROM {BUNDLE}.calendar_days WHERE {years} "
        f"EXCEPT SELECT day, kind, name FROM main.calendar_days WHERE {years})) "
        f"+ (SELECT count(*) FROM (SELECT day, kind, name FROM main.calendar_days WHERE {years} "
        f"EXCEPT SELECT day, kind, name FROM {BUNDLE}.calendar_days WHERE {years}))"
    ).fetchone()[0]
    db.execute(
        f"DELETE FROM main.calendar_days WHERE CAST(substr(day, 1, 4) AS INTEGER) IN "
        f"(SELECT year FROM {BUNDLE}.calendar_years)"
    )
    days = db.execute(
        f"INSERT INTO main.calendar_days (day, kind, name) SELECT day, kind, name FROM {BUNDLE}.calendar_days "
        f"WHERE CAST(substr(day, 1, 4) AS INTEGER) IN (SELECT year FROM {BUNDLE}.calendar_years)"
    ).rowcount
    db.execute(
        f"INSERT OR REPLACE INTO main.calendar_years (year, source, imported_at) "
        f"SELECT year, source, imported_at FROM {BUNDLE}.calendar_years"
    )
    return {"calendar_days": days, "calendar_changed": changed} if days else {}


def merge_synonyms(db: sqlite_utils.Database) -> dict[str, int]:
    """Replace the county's synonym rows with the bundle's, when it carries them and they differ."""
    if not _columns(db, BUNDLE, "search_synonyms"):
        return {}
    changed = db.execute(
        f"SELECT (SELECT count(*) FROM (SELECT seq, line FROM {BUNDLE}.search_synonyms "
        "EXCEPT SELECT seq, line FROM main.search_synonyms)) + (SELECT count(*) FROM (SELECT seq, line "
        f"FROM main.search_synonyms EXCEPT SELECT seq, line FROM {BUNDLE}.search_synonyms))"
    ).fetchone()[0]
    if not changed:
        return {}
    db.execute("DELETE FROM main.search_synonyms")
    db.execute(f"INSERT INTO main.search_synonyms (seq, line) SELECT seq, line FROM {BUNDLE}.search_synonyms")
    return {"search_synonyms": changed}


def checkpoint(db: sqlite_utils.Database) -> None:
    """Fold the WAL into the database and truncate it (skipped quietly while readers hold it)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def attachment_hashes(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT sha256 FROM attachments")}


def store_attachments(db: sqlite_utils.Database, items: Iterable[tuple[str, str, int, bytes]]) -> int:
    """(sha256, mime, size, data) rows; a hash already stored is the same file, so it is skipped."""
    return db.conn.executemany(
        "INSERT OR IGNORE INTO attachments (sha256, mime, size, data) VALUES (?, ?, ?, ?)", items
    ).rowcount


def prune_attachments(db: sqlite_utils.Database, keep: set[str]) -> int:
    """Drop attachments the county no longer lists, unless something still points at them."""
    stale = [
        (sha,) for sha in attachment_hashes(db) - keep
    ]
    if not stale:
        return 0
    return db.conn.executemany(
        "DELETE FROM attachments WHERE sha256 = ? AND NOT EXISTS "
        "(SELECT 1 FROM notice_attachments WHERE notice_attachments.sha256 = attachments.sha256)",
        stale,
    ).rowcount


def missing_attachment_refs(db: sqlite_utils.Database) -> list[str]:
    """Hashes that notices point at but the attachments table lacks (checked before commit)."""
    rows = db.execute(
        "SELECT DISTINCT sha256 FROM notice_attachments WHERE sha256 NOT IN (SELECT sha256 FROM attachments)"
    ).fetchall()
    return [r[0] for r in rows]


def read_rows(db: sqlite_utils.Database, sql_table: str, columns: tuple[str, ...], order: str = "rowid"):
    """Rows of a content table, for exporting it as a source folder. Names come from code."""
    if sql_table not in {t.name for t in CONTENT_TABLES + CALENDAR_TABLES}:
        raise ValueError(sql_table)
    cols = ", ".join(_q(c) for c in columns)
    return db.execute(f"SELECT {cols} FROM {_q(sql_table)} ORDER BY {order}")


def payout_rows(db: sqlite_utils.Database):
    """Payouts with their village and subsidy names, the way a roster spreadsheet shows them."""
    return db.execute(
        "SELECT v.name, p.group_name, p.recipient_name, p.id_last4, s.name, p.year, p.period, p.amount_fen, "
        "p.paid_on FROM payouts p JOIN villages v ON v.id = p.village_id "
        "JOIN subsidy_items s ON s.id = p.subsidy_item_id ORDER BY p.id"
    )


def catalogue_rows(db: sqlite_utils.Database):
    return db.execute(
        "SELECT i.seq, d.name, i.level1, i.level2, i.content, i.basis, i.time_limit, i.subject, i.channels, "
        "i.audience, i.method, i.level, i.id FROM catalogue_items i JOIN catalogue_domains d ON d.id = i.domain_id "
        "ORDER BY d.seq, i.seq"
    )


def notice_rows(db: sqlite_utils.Database):
    return db.execute(
        "SELECT n.id, v.name, n.category, n.title, n.body, n.posted_on, n.expires_on, n.urgent "
        "FROM notices n JOIN villages v ON v.id = n.village_id ORDER BY n.id"
    )


def notice_attachment_rows(db: sqlite_utils.Database):
    return db.execute(
        "SELECT na.notice_id, na.seq, na.sha256, na.name, na.kind, a.mime, a.data FROM notice_attachments na "
        "JOIN attachments a ON a.sha256 = na.sha256 ORDER BY na.notice_id, na.seq"
    )


_ISO_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
# Control characters other than tab, LF and CR, DEL, and the bidi overrides and isolates.
_BAD_CHARS_GLOB = ("*[" + "".join(chr(c) for c in range(1, 9)) + "\x0b\x0c" + "".join(chr(c) for c in range(14, 32))
                   + "\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*")


def _is_table(db: sqlite_utils.Database, name: str) -> bool:
    row = db.execute(f"SELECT type FROM {BUNDLE}.sqlite_master WHERE name = ?", [name]).fetchone()
    return bool(row and row[0] == "table")


def bundle_problem(db: sqlite_utils.Database) -> str | None:
    """The first row of the attached content file that breaks the kiosk's schema, as a message; else None.

    Every shared column must hold the type the kiosk declares (INTEGER or TEXT), date columns real
    YYYY-MM-DD dates, and text no control or bidi-override characters. Checked before anything is copied.
    """
    known = {t.name for t in (*CONTENT_TABLES, *CALENDAR_TABLES)} | {"_deletes"}
    for kind, name in db.execute(f"SELECT type, name FROM {BUNDLE}.sqlite_master").fetchall():
        if kind not in ("table", "index") or (kind == "table" and name in known and not _is_table(db, name)):
            return f"内容文件含有不应有的对象 {kind} {name[:40]}"
    for table in (*CONTENT_TABLES, *CALENDAR_TABLES):
        columns = _shared_columns(db, table)
        if columns is None:
            continue
        declared = {r[1]: (r[2] or "").upper() for r in db.execute(f"PRAGMA main.table_info({_q(table.name)})")}
        for column in columns:
            c = _q(column)
            kind = declared.get(column, "")
            if kind == "INTEGER":
                bad, why = f"{c} IS NOT NULL AND typeof({c}) != 'integer'", "应为整数"
            elif column in table.dates:
                bad = (f"{c} IS NOT NULL AND (typeof({c}) != 'text' OR {c} NOT GLOB '{_ISO_DATE_GLOB}' "
                       f"OR date({c}, '+0 days') IS NOT {c})")
                why = "不是有效日期（应为 YYYY-MM-DD）"
            elif kind == "TEXT":
                bad = (f"{c} IS NOT NULL AND (typeof({c}) != 'text' OR instr(CAST({c} AS BLOB), x'00') > 0 "
                       f"OR {c} GLOB ?)")
                why = "不是文字，或含有控制字符"
            else:
                continue
            params = [_BAD_CHARS_GLOB] if "GLOB ?" in bad else []
            row = db.execute(f"SELECT rowid FROM {BUNDLE}.{_q(table.name)} WHERE {bad} LIMIT 1", params).fetchone()
            if row:
                return f"表 {table.name} 第 {row[0]} 行的 {column} {why}"
    return None
