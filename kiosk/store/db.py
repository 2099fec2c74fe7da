"""Opening the kiosk database: one SQLite file, WAL, foreign keys, durable commits."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from kiosk import diskspace
from kiosk.errors import DiskFull, StoreError


class KioskDatabase(sqlite_utils.Database):
    """sqlite_utils' Database, plus work to run once the outermost transaction has committed.

    `after_commit(fn)` runs `fn()` after the commit (at once when no transaction is open); a
    rollback drops it. The audit log uses it to remember its head outside the database.
    """

    _after_commit: list

    def after_commit(self, fn) -> None:
        if not self.conn.in_transaction:
            fn()
            return
        pending = self.__dict__.setdefault("_after_commit", [])
        if fn not in pending:
            pending.append(fn)

    @contextmanager
    def atomic(self):
        outer = not self.conn.in_transaction
        try:
            with super().atomic():
                yield self
        except BaseException:
            if outer:
                self.__dict__.pop("_after_commit", None)
            raise
        if outer:
            for fn in self.__dict__.pop("_after_commit", []):
                fn()


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path`, without migrating it.

    The connection is in autocommit mode: every write that matters runs inside `db.atomic()`.
    `check_same_thread=False` because the UI serialises all access on one worker thread.
    """
    path = Path(path)
    if str(path) != ":memory:":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"数据目录无法创建: {path.parent} ({exc.strerror})") from exc
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=10)
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk when it returns, so an acknowledged request survives a power cut.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
    except sqlite3.DatabaseError as exc:
        if str(path) != ":memory:" and diskspace.is_disk_full(exc, path.parent):
            raise DiskFull(diskspace.message(path.parent, diskspace.OPEN_BYTES, "打开数据库",
                                             "数据库没有改动；请清理磁盘或请管理员扩容后再试")) from exc
        raise StoreError(f"数据库无法打开: {path} ({exc})") from exc
    # execute_plugins=False: the kiosk uses no sqlite-utils plugins, and looking for them scans every
    # installed package's entry points (23 ms of each start).
    return KioskDatabase(conn, execute_plugins=False)


def file_of(db: sqlite_utils.Database) -> str:
    """The main database file's path ('' for an in-memory database)."""
    for _seq, name, path in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return path or ""
    return ""


def execute_script(db: sqlite_utils.Database, script: str) -> None:
    """Run several statements one by one.

    sqlite3's executescript() would COMMIT the migration's open transaction first.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise StoreError(f"incomplete SQL statement: {statement.strip()[:60]}")


@contextmanager
def bulk_load(db: sqlite_utils.Database) -> Iterator[None]:
    """Loosen durability for a one-off bulk load (demo, snapshot apply) and restore it after."""
    db.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        db.execute("PRAGMA synchronous = FULL")


def insert_rows(db: sqlite_utils.Database, table: str, columns: tuple[str, ...], rows) -> int:
    """Insert an iterable of tuples with one executemany: the fast path for bulk loads.

    `table` and `columns` come from code, never from input.
    """
    placeholders = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"
    cursor = db.conn.executemany(sql, rows)
    return cursor.rowcount
