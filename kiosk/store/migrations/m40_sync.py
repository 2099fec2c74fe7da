"""Sync: the outbox of requests and events waiting for the county's acknowledgement.

Triggers enqueue every new or changed request and every new event in the same transaction that
wrote it, so nothing the counter acknowledged can be forgotten by the uploader, whoever wrote it.
A row counts as sent only when `sent_at` is set, which happens only on the server's acknowledgement.
"""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("sync")


@migrations()
def m001_outbox(db):
    execute_script(
        db,
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('request', 'event')),
            ref TEXT NOT NULL,                  -- requests.uuid or request_events.event_uuid
            version INTEGER NOT NULL DEFAULT 1, -- bumped on every change, so a stale ack cannot clear it
            queued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            sent_at TEXT,                       -- set only when the county acknowledged this version
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, ref)
        );
        CREATE INDEX outbox_pending ON outbox(sent_at, id);

        CREATE TRIGGER outbox_request_insert AFTER INSERT ON requests BEGIN
            INSERT INTO outbox (kind, ref) VALUES ('request', NEW.uuid)
            ON CONFLICT (kind, ref) DO UPDATE SET version = version + 1, sent_at = NULL;
        END;
        CREATE TRIGGER outbox_request_update AFTER UPDATE ON requests BEGIN
            INSERT INTO outbox (kind, ref) VALUES ('request', NEW.uuid)
            ON CONFLICT (kind, ref) DO UPDATE SET version = version + 1, sent_at = NULL,
                queued_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
        END;
        CREATE TRIGGER outbox_event_insert AFTER INSERT ON request_events BEGIN
            INSERT INTO outbox (kind, ref) VALUES ('event', NEW.event_uuid)
            ON CONFLICT (kind, ref) DO NOTHING;
        END;

        -- Whatever was recorded before this migration still has to reach the county.
        INSERT INTO outbox (kind, ref) SELECT 'request', uuid FROM requests;
        INSERT INTO outbox (kind, ref) SELECT 'event', event_uuid FROM request_events;
        """,
    )
