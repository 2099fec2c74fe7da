"""The county store itself: a county.db from the first county server keeps its rows (the Alembic
revisions themselves: tests/county/test_migrations.py)."""

from __future__ import annotations

import sqlite3

from county.store import CountyStore, sqlite_url


def test_an_old_county_db_keeps_its_kiosks_requests_and_events(tmp_path):
    path = tmp_path / "county.db"
    old = sqlite3.connect(path)
    old.executescript("""
        CREATE TABLE county_kiosks (token_sha256 TEXT PRIMARY KEY, township TEXT NOT NULL, kiosk_id TEXT NOT NULL,
            created_at TEXT NOT NULL, UNIQUE (township, kiosk_id));
        CREATE TABLE county_requests (uuid TEXT PRIMARY KEY, township TEXT NOT NULL, kiosk_id TEXT NOT NULL,
            number TEXT NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL, first_received_at TEXT NOT NULL,
            last_received_at TEXT NOT NULL);
        CREATE TABLE county_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_uuid TEXT NOT NULL UNIQUE,
            request_uuid TEXT NOT NULL, township TEXT NOT NULL, origin TEXT NOT NULL, kind TEXT NOT NULL,
            at TEXT NOT NULL, actor TEXT NOT NULL, data TEXT NOT NULL, received_at TEXT NOT NULL);
        CREATE INDEX county_events_down ON county_events(township, origin, seq);
        CREATE TABLE county_heartbeats (township TEXT NOT NULL, kiosk_id TEXT NOT NULL, at TEXT NOT NULL,
            data TEXT NOT NULL, PRIMARY KEY (township, kiosk_id));
        INSERT INTO county_kiosks VALUES ('abc', '362430101', 'K01', '2026-11-01');
        INSERT INTO county_requests VALUES ('u1', '362430101', 'K01', '362430101-K01-2026-00001-X', '2026-11-20',
            '{"uuid": "u1", "received_on": "2026-11-20", "status": "received"}', '2026-11-20', '2026-11-20');
        INSERT INTO county_events VALUES (7, 'e1', 'u1', '362430101', 'county', 'replied', '2026-11-25', 'x',
            '{"on": "2026-11-25", "outcome": "36-1"}', '2026-11-25');
        INSERT INTO county_heartbeats VALUES ('362430101', 'K01', '2026-11-25', '{"version": "0.1.0"}');
    """)
    old.commit()
    old.close()
    store = CountyStore(sqlite_url(path))
    assert store.kiosk_for_token("abc") == ("362430101", "K01")
    assert store.counts() == {"requests": 1, "events": 0, "county_changes": 1}
    changes = store.county_changes("362430101", "K01", 0)
    assert [(c["seq"], c["event_uuid"]) for c in changes] == [(7, "e1")], "the kiosks' download cursor still holds"
    assert store.list_kiosks()[0]["version"] == "0.1.0"
    store.close()
