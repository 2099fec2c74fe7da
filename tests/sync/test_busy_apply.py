"""Sync apply under concurrent writes (issue 25): a busy database is waited for and retried within a bound,
and when it stays busy the message says so and the old content stays."""

from __future__ import annotations

import sqlite3

from sync import guarded_apply
from tests.sync.conftest import content_snapshot


def _hold_write_lock(path) -> sqlite3.Connection:
    """The counter in the middle of saving a request: a write transaction held open."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO sync_state (key, value) VALUES ('counter_busy', '1') "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    return conn


def test_busy_database_is_retried_and_then_applies(db, kiosk, repo, tmp_path, monkeypatch):
    db.execute("PRAGMA busy_timeout = 50")
    holder = _hold_write_lock(tmp_path / "kiosk.db")
    pauses: list[float] = []

    def sleep(seconds: float) -> None:  # the counter commits while the sync waits its turn
        pauses.append(seconds)
        if holder.in_transaction:
            holder.execute("COMMIT")

    monkeypatch.setattr(guarded_apply, "_sleep", sleep)
    try:
        report = kiosk(from_dir=repo / "public")
    finally:
        holder.close()
    assert report.ok, report.errors
    assert pauses == [guarded_apply.BUSY_PAUSE]
    assert content_snapshot(db)["documents"] > 0


def test_database_that_stays_busy_gives_up_in_bound_and_says_so(db, kiosk, repo, tmp_path, monkeypatch):
    db.execute("PRAGMA busy_timeout = 50")
    before = content_snapshot(db)
    holder = _hold_write_lock(tmp_path / "kiosk.db")
    pauses: list[float] = []
    monkeypatch.setattr(guarded_apply, "_sleep", pauses.append)
    try:
        report = kiosk(from_dir=repo / "public")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not report.ok
    message = " ".join(report.errors)
    assert "数据库正忙" in message and f"尝试 {guarded_apply.BUSY_ATTEMPTS} 次" in message, message
    assert "原有内容" in message and "下次同步会再试" in message
    assert len(pauses) == guarded_apply.BUSY_ATTEMPTS - 1
    assert content_snapshot(db) == before
