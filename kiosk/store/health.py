"""Is this file the kiosk's database, of a schema this software knows, and sound? Asked before any write.

`examine(path)` opens the file read-only and never changes it. It answers with a `Health`:
- `fresh`: there is no file yet (or an SQLite file with nothing in it): a new database may be made;
- `ok`: a kiosk database this software can open (also one made before the application id was stamped);
- `newer`: a kiosk database from a newer version of the software (its schema is unknown here);
- `foreign`: an SQLite file that is not a kiosk database (another program's file);
- `damaged`: empty (0 bytes), not a database at all, or failing SQLite's quick_check.

`open_store` refuses all but `fresh` and `ok`; a damaged file is set aside, never rewritten (see salvage.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import DiskFull, StoreError

# "GKK1": PRAGMA application_id of every kiosk database (stamped by open_store after migrating).
APPLICATION_ID = 0x474B4B31
FRESH, OK, NEWER, FOREIGN, DAMAGED = "fresh", "ok", "newer", "foreign", "damaged"
QUICK_CHECK_LIMIT = 5
OPEN_TIMEOUT = 10.0  # seconds to wait for a busy database before saying so


@dataclass(frozen=True)
class Health:
    state: str
    reason: str = ""
    current: bool = False  # ok, and of this software's schema: opening it writes nothing


    @property
    def usable(self) -> bool:
        return self.state in (FRESH, OK)


def schema_version() -> int:
    """This software's schema version: how many migrations it knows (it only grows)."""
    from kiosk.store.migrations import migration_sets

    return sum(len(m._migrations) for m in migration_sets())


def known_migrations() -> set[tuple[str, str]]:
    from kiosk.store.migrations import migration_sets

    return {(m.name, step.name) for m in migration_sets() for step in m._migrations}


def open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=OPEN_TIMEOUT,
                           isolation_level=None)
    conn.execute("PRAGMA query_only = ON")
    return conn


def examine(path: str | Path, quick_check: bool = True) -> Health:
    path = Path(path)
    if str(path) == ":memory:" or not path.exists():
        return Health(FRESH)
    if not path.is_file():
        return Health(DAMAGED, "不是普通文件")
    if path.stat().st_size == 0:
        wal = path.with_name(path.name + "-wal")
        # A kiosk database is never 0 bytes: switching to WAL writes its header at once.
        if not wal.exists() or wal.stat().st_size == 0:
            return Health(DAMAGED, "文件为空（0 字节），数据库被截断")
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        raise_unless_damage(exc, path)
        return Health(DAMAGED, f"无法打开（{exc}）")
    try:
        return _examine(conn, quick_check)
    except sqlite3.Error as exc:
        raise_unless_damage(exc, path)
        return Health(DAMAGED, f"无法读取，不是数据库文件或已损坏（{exc}）")
    finally:
        conn.close()


_DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


def raise_unless_damage(exc: sqlite3.Error, path: Path) -> None:
    """Raise for what is no damage: a full disk, a busy or locked file, a permission problem. Only a file
    SQLite calls corrupt or not a database is set aside."""
    from kiosk import diskspace

    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in _DAMAGE_CODES or "not a database" in str(exc) or "malformed" in str(exc):
        return
    if diskspace.is_disk_full(exc, path.parent):
        raise DiskFull(diskspace.message(path.parent, diskspace.OPEN_BYTES, "打开数据库",
                                         "数据库没有改动；请清理磁盘或请管理员扩容后再试")) from exc
    raise StoreError(f"数据库 {path} 暂时无法读取（{exc}），未作任何改动；请稍后再试，"
                     "仍不行时运行 gongkai doctor") from exc


def _examine(conn: sqlite3.Connection, quick_check: bool) -> Health:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id not in (0, APPLICATION_ID):
        return Health(FOREIGN, f"应用标识为 {app_id:#x}，不是一体机数据库（{APPLICATION_ID:#x}）")
    applied: set[tuple[str, str]] = set()
    if "_sqlite_migrations" in tables:
        applied = {(s, n) for s, n in conn.execute("SELECT migration_set, name FROM _sqlite_migrations")}
    if app_id == 0:
        if not tables:
            return Health(FRESH)
        # Made before the application id was stamped: a kiosk database has our core migrations.
        if not {"requests", "counters", "outbox"} <= tables or not applied & known_migrations():
            names = "、".join(sorted(tables)[:5])
            return Health(FOREIGN, f"其中的表（{names}）不是一体机数据库的结构")
    ours = schema_version()
    unknown = applied - known_migrations()
    if version > ours or unknown:
        return Health(NEWER, f"数据库结构版本 {max(version, ours + len(unknown))} 比本软件支持的 {ours} 新，"
                             "是由更新版本的软件写入的")
    if quick_check:
        problem = integrity_problem(conn)
        if problem:
            return Health(DAMAGED, problem)
    current = app_id == APPLICATION_ID and version == ours and known_migrations() <= applied
    return Health(OK, current=current)


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick_check on an open connection: None when sound, else what it found, in words."""
    rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({QUICK_CHECK_LIMIT})").fetchall()]
    if rows == ["ok"]:
        return None
    return "完整性检查失败：" + "；".join(" ".join(r.split()) for r in rows)
