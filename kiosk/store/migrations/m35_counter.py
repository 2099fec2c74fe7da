"""The counter (issue 15): the intake form's local draft, so a half-filled form survives logout, a crash
and a restart. Personal data: it stays in this database, is never synced or exported, and only staff
screens read it."""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("counter")


@migrations()
def m351_intake_draft(db):
    execute_script(
        db,
        """
        CREATE TABLE intake_drafts (
            slot TEXT PRIMARY KEY,          -- 'counter': one form at the counter
            data TEXT NOT NULL,             -- JSON of the form's fields as typed
            staff TEXT NOT NULL,            -- login of who last edited it
            updated_at TEXT NOT NULL
        );
        """,
    )
