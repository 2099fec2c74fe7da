"""The county server's own database: kiosks and their tokens, received requests and events,
status changes made at the county, and heartbeats.

It is a separate SQLite file (never served as a static file) with its own migration set, so
no kiosk carries these tables and the county carries no kiosk content.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from kiosk.store.db import connect, execute_script

county_migrations = Migrations("county")


@county_migrations()
def m001_county(db):
    execute_script(
        db,
        """
        CREATE TABLE county_kiosks (
            token_sha256 TEXT PRIMARY KEY,
            township TEXT NOT NULL,
            kiosk_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (township, kiosk_id)
        );
        -- One row per request uuid, however often it arrives: the latest version wins.
        CREATE TABLE county_requests (
            uuid TEXT PRIMARY KEY,
            township TEXT NOT NULL,
            kiosk_id TEXT NOT NULL,
            number TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            data TEXT NOT NULL,
            first_received_at TEXT NOT NULL,
            last_received_at TEXT NOT NULL
        );
        -- Events from kiosks and from the county, one row per event uuid; seq is the download cursor.
        CREATE TABLE county_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event_uuid TEXT NOT NULL UNIQUE,
            request_uuid TEXT NOT NULL,
            township TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('kiosk', 'county')),
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            data TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX county_events_down ON county_events(township, origin, seq);
        CREATE TABLE county_heartbeats (
            township TEXT NOT NULL,
            kiosk_id TEXT NOT NULL,
            at TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (township, kiosk_id)
        );
        """,
    )


def open_county(path: str | Path) -> sqlite_utils.Database:
    db = connect(path)
    county_migrations.apply(db)
    return db


def add_kiosk(db: sqlite_utils.Database, token_sha256: str, township: str, kiosk_id: str, at: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM county_kiosks WHERE township = ? AND kiosk_id = ?", [township, kiosk_id])
        db.execute(
            "INSERT INTO county_kiosks (token_sha256, township, kiosk_id, created_at) VALUES (?, ?, ?, ?)",
            [token_sha256, township, kiosk_id, at],
        )


def kiosk_for_token(db: sqlite_utils.Database, token_sha256: str) -> tuple[str, str] | None:
    row = db.execute(
        "SELECT township, kiosk_id FROM county_kiosks WHERE token_sha256 = ?", [token_sha256]
    ).fetchone()
    return (row[0], row[1]) if row else None


def store_upload(db: sqlite_utils.Database, township: str, kiosk_id: str, requests: list[dict],
                 events: list[dict], at: str) -> tuple[list[str], list[str]]:
    """Store requests and events idempotently (by uuid) in one transaction; returns the uuids now held."""
    with db.atomic():
        for request in requests:
            db.execute(
                """INSERT INTO county_requests
                       (uuid, township, kiosk_id, number, updated_at, data, first_received_at, last_received_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (uuid) DO UPDATE SET
                       data = excluded.data, updated_at = excluded.updated_at,
                       last_received_at = excluded.last_received_at
                   WHERE excluded.updated_at >= county_requests.updated_at""",
                [request["uuid"], township, kiosk_id, request.get("number", ""), request.get("updated_at", ""),
                 json.dumps(request, ensure_ascii=False, sort_keys=True), at, at],
            )
        for event in events:
            db.execute(
                """INSERT INTO county_events
                       (event_uuid, request_uuid, township, origin, kind, at, actor, data, received_at)
                   VALUES (?, ?, ?, 'kiosk', ?, ?, ?, ?, ?) ON CONFLICT (event_uuid) DO NOTHING""",
                [event["event_uuid"], event["request_uuid"], township, event["kind"], event["at"],
                 event["actor"], event["data"] if isinstance(event["data"], str) else json.dumps(event["data"]), at],
            )
    return [r["uuid"] for r in requests], [e["event_uuid"] for e in events]


def record_county_change(db: sqlite_utils.Database, event_uuid: str, request_uuid: str, kind: str,
                         actor: str, data: dict, at: str) -> str:
    """A status change made at the county; returns the township it goes back to."""
    row = db.execute("SELECT township FROM county_requests WHERE uuid = ?", [request_uuid]).fetchone()
    if not row:
        raise LookupError(request_uuid)
    with db.atomic():
        db.execute(
            """INSERT INTO county_events
                   (event_uuid, request_uuid, township, origin, kind, at, actor, data, received_at)
               VALUES (?, ?, ?, 'county', ?, ?, ?, ?, ?)""",
            [event_uuid, request_uuid, row[0], kind, at, actor, json.dumps(data, ensure_ascii=False), at],
        )
    return row[0]


def county_changes(db: sqlite_utils.Database, township: str, kiosk_id: str, since: int,
                   limit: int = 500) -> list[dict]:
    """Changes made at the county to this kiosk's requests, after cursor `since`."""
    rows = db.execute(
        """SELECT e.seq, e.event_uuid, e.request_uuid, e.kind, e.at, e.actor, e.data
           FROM county_events e JOIN county_requests r ON r.uuid = e.request_uuid
           WHERE e.township = ? AND e.origin = 'county' AND r.kiosk_id = ? AND e.seq > ?
           ORDER BY e.seq LIMIT ?""",
        [township, kiosk_id, since, limit],
    ).fetchall()
    return [
        {"seq": r[0], "event_uuid": r[1], "request_uuid": r[2], "kind": r[3], "at": r[4], "actor": r[5],
         "data": json.loads(r[6])}
        for r in rows
    ]


def store_heartbeat(db: sqlite_utils.Database, township: str, kiosk_id: str, at: str, data: dict) -> None:
    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO county_heartbeats (township, kiosk_id, at, data) VALUES (?, ?, ?, ?)",
            [township, kiosk_id, at, json.dumps(data, ensure_ascii=False, sort_keys=True)],
        )


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {
        "requests": db.execute("SELECT count(*) FROM county_requests").fetchone()[0],
        "events": db.execute("SELECT count(*) FROM county_events WHERE origin = 'kiosk'").fetchone()[0],
        "county_changes": db.execute("SELECT count(*) FROM county_events WHERE origin = 'county'").fetchone()[0],
    }


def request_data(db: sqlite_utils.Database, uuid: str) -> dict | None:
    row = db.execute("SELECT data FROM county_requests WHERE uuid = ?", [uuid]).fetchone()
    return json.loads(row[0]) if row else None


def heartbeat(db: sqlite_utils.Database, township: str, kiosk_id: str) -> dict | None:
    row = db.execute(
        "SELECT at, data FROM county_heartbeats WHERE township = ? AND kiosk_id = ?", [township, kiosk_id]
    ).fetchone()
    return {"at": row[0], **json.loads(row[1])} if row else None
