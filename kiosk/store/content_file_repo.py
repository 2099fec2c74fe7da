"""Building a bundle's content file at the county: a SQLite file with the kiosk's content tables.

The tables are created from the kiosk's own CREATE statements, so the county's data meets the
same CHECK and NOT NULL rules before it is ever signed. A delta file holds the changed rows plus
`_deletes (tbl, k1, k2)` for keys that disappeared.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from kiosk.content_kinds import Table
from kiosk.errors import ValidationError
from kiosk.store.content_repo import CALENDAR_TABLES, CONTENT_TABLES, SYNONYM_TABLES, _q

ALL_TABLES: tuple[Table, ...] = CONTENT_TABLES + CALENDAR_TABLES + SYNONYM_TABLES


def _kiosk_schema() -> dict[str, str]:
    from kiosk.store import open_store

    db = open_store(":memory:")
    names = [t.name for t in ALL_TABLES]
    rows = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ({', '.join('?' for _ in names)})",
        names,
    ).fetchall()
    db.close()
    return dict(rows)


def table_columns(table: str) -> list[str]:
    conn = sqlite3.connect(":memory:")
    conn.execute(_kiosk_schema()[table])
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({_q(table)})")]
    conn.close()
    return columns


class ContentFile:
    """A content file being written. Use as a context manager; rows go in with executemany."""

    def __init__(self, path: str | Path, *, delta: bool = False):
        self.path = Path(path)
        self.path.unlink(missing_ok=True)
        self.conn = sqlite3.connect(str(self.path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("BEGIN")
        for sql in _kiosk_schema().values():
            self.conn.execute(sql)
        if delta:
            self.conn.execute("CREATE TABLE _deletes (tbl TEXT NOT NULL, k1, k2)")

    def __enter__(self) -> ContentFile:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
        self.conn.close()

    def insert(self, table: str, columns: tuple[str, ...] | list[str], rows: Iterable[tuple]) -> None:
        """`table` and `columns` come from code; a row that breaks the kiosk's rules is refused here."""
        cols = ", ".join(_q(c) for c in columns)
        marks = ", ".join("?" for _ in columns)
        try:
            self.conn.executemany(f"INSERT INTO {_q(table)} ({cols}) VALUES ({marks})", rows)
        except sqlite3.IntegrityError as exc:
            raise ValidationError(f"{table} 的数据不符合要求: {exc}") from exc


def write_delta(new_full: Path, old_full: Path, out: Path) -> dict[str, int]:
    """Rows of `new_full` that differ from `old_full`, plus the keys that `old_full` had and `new_full` lacks."""
    counts: dict[str, int] = {}
    with ContentFile(out, delta=True) as delta:
        conn = delta.conn
        conn.execute("COMMIT")  # ATTACH cannot run inside a transaction
        conn.execute("ATTACH DATABASE ? AS n", [str(new_full)])
        conn.execute("ATTACH DATABASE ? AS o", [str(old_full)])
        conn.execute("BEGIN")
        for table in CONTENT_TABLES:
            name = _q(table.name)
            changed = conn.execute(
                f"INSERT INTO main.{name} SELECT * FROM n.{name} EXCEPT SELECT * FROM o.{name}"
            ).rowcount
            keys = ", ".join(_q(k) for k in table.key)
            picks = ", ".join(_q(k) for k in table.key) + (", NULL" if len(table.key) == 1 else "")
            gone = conn.execute(
                f"INSERT INTO _deletes (tbl, k1, k2) SELECT ?, {picks} FROM o.{name} "
                f"WHERE ({keys}) NOT IN (SELECT {keys} FROM n.{name})",
                [table.name],
            ).rowcount
            if changed:
                counts[table.name] = changed
            if gone:
                counts[f"{table.name}-"] = gone
        # Calendars are tiny and merge by year: a delta carries them whole.
        for table in CALENDAR_TABLES + SYNONYM_TABLES:  # the synonyms too: small, replaced whole
            conn.execute(f"INSERT INTO main.{_q(table.name)} SELECT * FROM n.{_q(table.name)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE n")
        conn.execute("DETACH DATABASE o")
        conn.execute("BEGIN")
    return counts


def row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(str(path))
    try:
        return {t.name: conn.execute(f"SELECT count(*) FROM {_q(t.name)}").fetchone()[0] for t in ALL_TABLES}
    finally:
        conn.close()
