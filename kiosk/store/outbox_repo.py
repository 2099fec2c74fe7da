"""The outbox (filled by triggers, see m40_sync and m60_outbox_kinds) and county status changes
coming back down. Which kinds of record it carries is declared in sync/upward/, not here."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import sqlite_utils

_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def pending(db: sqlite_utils.Database, limit: int = 500, after: int = 0) -> list[tuple[int, str, str, int]]:
    """(id, kind, ref, version) of rows the county has not acknowledged, oldest first, from id `after` on
    (exclusive): a caller pages through with the last id it saw, past rows that stay pending."""
    return db.execute(
        "SELECT id, kind, ref, version FROM outbox WHERE sent_at IS NULL AND id > ? ORDER BY id LIMIT ?",
        [after, limit],
    ).fetchall()


def _rows(db: sqlite_utils.Database, sql: str, keys: list[str]) -> list[dict]:
    if not keys:
        return []
    cursor = db.execute(sql.format(marks=", ".join("?" for _ in keys)), keys)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def rows_by_ref(table: str, ref_column: str, columns: tuple[str, ...] = ()) -> Callable[
        [sqlite_utils.Database, list[str]], list[dict]]:
    """How an upward kind collects its records: the rows of `table` whose `ref_column` is one of
    the refs, as dicts of `columns` (default: every column), in the table's rowid order."""
    for name in (table, ref_column, *columns):
        if not _NAME.fullmatch(name):
            raise AssertionError(f"not a column or table name: {name!r}")
    select = ", ".join(columns) if columns else "*"

    def collect(db: sqlite_utils.Database, refs: list[str]) -> list[dict]:
        return _rows(db, f"SELECT {select} FROM {table} WHERE {ref_column} IN ({{marks}}) ORDER BY rowid", refs)

    return collect


def request_rows(db: sqlite_utils.Database, uuids: list[str]) -> list[dict]:
    return _rows(db, "SELECT * FROM requests WHERE uuid IN ({marks}) ORDER BY created_at, number", uuids)


def event_rows(db: sqlite_utils.Database, event_uuids: list[str]) -> list[dict]:
    return _rows(
        db,
        "SELECT event_uuid, request_uuid, kind, at, actor, data FROM request_events "
        "WHERE event_uuid IN ({marks}) ORDER BY id",
        event_uuids,
    )


def mark_sent(db: sqlite_utils.Database, acked: list[tuple[int, int]], at: str) -> int:
    """Mark (id, version) rows sent. A row changed since it was read keeps waiting for its new version."""
    with db.atomic():
        return db.conn.executemany(
            "UPDATE outbox SET sent_at = ?, last_error = '' WHERE id = ? AND version = ? AND sent_at IS NULL",
            [(at, row_id, version) for row_id, version in acked],
        ).rowcount


def note_failure(db: sqlite_utils.Database, ids: list[int], error: str) -> None:
    with db.atomic():
        db.conn.executemany(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ? AND sent_at IS NULL",
            [(error[:200], i) for i in ids],
        )


def pending_counts(db: sqlite_utils.Database) -> dict:
    """{"by_kind": {kind: rows waiting}, "oldest_queued_at", "last_error"} of what the county has
    not acknowledged."""
    by_kind = dict(db.execute(
        "SELECT kind, count(*) FROM outbox WHERE sent_at IS NULL GROUP BY kind"
    ).fetchall())
    oldest = db.execute("SELECT min(queued_at) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
    last_error = db.execute(
        "SELECT last_error FROM outbox WHERE sent_at IS NULL AND last_error != '' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return {"by_kind": by_kind, "oldest_queued_at": oldest, "last_error": last_error[0] if last_error else ""}


def apply_county_change(db: sqlite_utils.Database, change: dict, at: str) -> bool:
    """Record one status change made at the county (a reply, an extension) as a request event.

    Events are append-only and keyed by their county-issued uuid, so a change seen twice is
    recorded once; the caller re-derives the request's status from its events afterwards.
    Returns False when this kiosk does not hold the request or already has the event.
    Runs inside the caller's transaction.
    """
    request_uuid, event_uuid = change["request_uuid"], change["event_uuid"]
    if not db.execute("SELECT 1 FROM requests WHERE uuid = ?", [request_uuid]).fetchone():
        return False
    if db.execute("SELECT 1 FROM request_events WHERE event_uuid = ?", [event_uuid]).fetchone():
        return False
    db.execute(
        "INSERT INTO request_events (event_uuid, request_uuid, kind, at, actor, data) VALUES (?, ?, ?, ?, ?, ?)",
        [event_uuid, request_uuid, change["kind"], change["at"], change["actor"],
         json.dumps(change.get("data") or {}, ensure_ascii=False, sort_keys=True)],
    )
    # The county already has this event: it must not travel back up.
    db.execute("UPDATE outbox SET sent_at = ? WHERE kind = 'event' AND ref = ?", [at, event_uuid])
    return True
