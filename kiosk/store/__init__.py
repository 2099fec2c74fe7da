"""Storage: the only package with SQL in it.

`open_store(path)` checks the file (application id, schema version, quick_check: see health.py), then
opens the database and brings its schema up to date; the repositories in this package are the only
code that reads or writes tables.

A damaged file is never rewritten or replaced silently: it is set aside, what can be read of its
outbox and counters goes to a recovery file, and opening stops with a message naming both
(`gongkai recover` brings them into a fresh database). Another program's SQLite file, or one from
a newer version of the software, is left untouched and refused.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from kiosk import diskspace
from kiosk.errors import DatabaseUnusable
from kiosk.store import health
from kiosk.store.db import connect
from kiosk.store.migrations import migration_sets

RECOVER_HINT = "运行 gongkai recover{db} 建立新数据库并导入找回的记录"


def migrate(db: sqlite_utils.Database) -> None:
    for migrations in migration_sets():
        migrations.apply(db)
    version = health.schema_version()
    if (db.execute("PRAGMA application_id").fetchone()[0] != health.APPLICATION_ID
            or db.execute("PRAGMA user_version").fetchone()[0] != version):
        with db.atomic():
            db.execute(f"PRAGMA application_id = {health.APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {int(version)}")


def _db_option(path: Path) -> str:
    from kiosk.paths import default_db_path

    return "" if path == default_db_path() else f" --db {path}"


def refuse_unusable(path: str | Path, found: health.Health) -> None:
    """Raise DatabaseUnusable for `found`; a damaged file is first set aside and salvaged."""
    path = Path(path)
    hint = RECOVER_HINT.format(db=_db_option(path))
    if found.state == health.NEWER:
        raise DatabaseUnusable(f"数据库 {path} 无法使用：{found.reason}。请安装新版本的软件；数据库未作任何改动",
                               found.state)
    if found.state == health.FOREIGN:
        raise DatabaseUnusable(f"{path} 不是一体机数据库：{found.reason}。文件未作任何改动。若这里应是一体机的"
                               f"数据库，{hint}（原文件会改名保存）", found.state)
    from kiosk.store import salvage  # only for a damaged file: not on the way to a kiosk's first frame

    body = salvage.salvage(path)
    moved = salvage.set_aside(path)
    recovery = salvage.write_recovery(path, body)
    got = salvage.counts(body)
    unread = f"；另有 {got['unread']} 条待上传的记录已无法读出" if got["unread"] else ""
    raise DatabaseUnusable(
        f"数据库 {path} 已损坏（{found.reason}），一体机已停止使用它。损坏的文件已改名保存为 {moved}（未删除、未改写）；"
        f"从中找回 {got['records']} 条待上传的记录（其中 {got['requests']} 件待上传的申请）和 "
        f"{got['counters']} 个编号计数{unread}，已写入 {recovery}。请{hint}",
        found.state, str(moved), str(recovery))


def open_store(path: str | Path, *, allow_pending_recovery: bool = False,
               check_later: bool = False) -> sqlite_utils.Database:
    """Open the database at `path` after checking it (see health.py), migrating it to this software's schema.

    `check_later`: the kiosk UI draws home first and runs SQLite's quick_check right after (check_integrity).
    Only a file that opening leaves untouched (already of this schema) waits: any other is checked now,
    before its migrations write.
    """
    found = health.examine(path, quick_check=not check_later)
    if check_later and found.state == health.OK and not found.current:
        found = health.examine(path)
    if not found.usable:
        refuse_unusable(path, found)
    if found.state == health.FRESH and str(path) != ":memory:" and not allow_pending_recovery:
        from kiosk.store import salvage

        waiting = salvage.pending_recoveries(path)
        if waiting:
            raise DatabaseUnusable(
                f"数据库 {path} 曾经损坏，恢复文件 {waiting[0]} 还没有导入；为免申请编号重复或待上传的申请丢失，"
                f"不会新建空数据库。请{RECOVER_HINT.format(db=_db_option(Path(path)))}", "recovery")
    db = connect(path)
    try:
        with diskspace.named(Path(str(path)).parent, diskspace.LOW_BYTES, "更新数据库结构"):
            migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def check_integrity(db: sqlite_utils.Database, path: str | Path) -> None:
    """The quick_check that open_store(check_later=True) left for later. On damage the database is closed,
    set aside and salvaged as at opening, and DatabaseUnusable says so; a sound one stays open."""
    import sqlite3

    try:
        problem = health.integrity_problem(db.conn)
    except sqlite3.DatabaseError as exc:
        health.raise_unless_damage(exc, Path(path))
        problem = f"无法读取，不是数据库文件或已损坏（{exc}）"
    if problem:
        db.close()
        refuse_unusable(path, health.Health(health.DAMAGED, problem))


__all__ = ["open_store", "migrate", "connect", "refuse_unusable", "check_integrity"]
