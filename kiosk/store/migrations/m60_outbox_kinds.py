"""The outbox takes every upward record kind: its per-kind CHECK (m40_sync) goes.

Which kinds exist is declared once, in sync/upward/, not in the table. The table is rebuilt
(SQLite cannot drop a CHECK) keeping every row with its id, version, attempts and sent_at, and
the triggers that fill it are re-created unchanged. A new kind adds its own table and its own
triggers in a migration of its own, e.g.

    CREATE TRIGGER outbox_rating_insert AFTER INSERT ON ratings BEGIN
        INSERT INTO outbox (kind, ref) VALUES ('rating', NEW.uuid) ON CONFLICT (kind, ref) DO NOTHING;
    END;
"""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("outbox_kinds")


@migrations()
def m001_outbox_without_kind_check(db):
    execute_script(
        db,
        """
        DROP TRIGGER outbox_request_insert;
        DROP TRIGGER outbox_request_update;
        DROP TRIGGER outbox_event_insert;

        CREATE TABLE outbox_rebuilt (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,                 -- a name declared in sync/upward/
            ref TEXT NOT NULL,                  -- the record's key in its own table (e.g. requests.uuid)
            version INTEGER NOT NULL DEFAULT 1, -- bumped on every change, so a stale ack cannot clear it
            queued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            sent_at TEXT,                       -- set only when the county acknowledged this version
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, ref)
        );
        INSERT INTO outbox_rebuilt (id, kind, ref, version, queued_at, sent_at, attempts, last_error)
            SELECT id, kind, ref, version, queued_at, sent_at, attempts, last_error FROM outbox ORDER BY id;
        DROP TABLE outbox;
        ALTER TABLE outbox_rebuilt RENAME TO outbox;
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
        """,
    )
