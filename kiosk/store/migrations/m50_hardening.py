"""Hardening: seals on the audit chain, signed with the kiosk key (kiosk/trust/kiosk_key.py).

One seal per audit row: an Ed25519 signature over the database's audit id, the row's id and its
hash. Whoever edits kiosk.db without the key cannot seal a changed, swapped or forged row.
"""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("hardening")


@migrations()
def m001_audit_seals(db):
    execute_script(
        db,
        """
        CREATE TABLE audit_seals (
            audit_id INTEGER PRIMARY KEY,
            key_id TEXT NOT NULL,
            signature TEXT NOT NULL
        );
        CREATE TRIGGER audit_seals_append_only_update BEFORE UPDATE ON audit_seals
            BEGIN SELECT RAISE(ABORT, 'audit seals are append-only'); END;
        CREATE TRIGGER audit_seals_append_only_delete BEFORE DELETE ON audit_seals
            BEGIN SELECT RAISE(ABORT, 'audit seals are append-only'); END;
        """,
    )
