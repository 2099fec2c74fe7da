"""Reply letters (答复书 PDF) that came down sealed to this kiosk in a bundle (sync/reply_letters.py),
kept for staff to print from the request's page."""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("reply_letters")


@migrations()
def m001_reply_letters(db):
    execute_script(
        db,
        """
        CREATE TABLE reply_letters (
            sha256 TEXT PRIMARY KEY,
            request_uuid TEXT NOT NULL REFERENCES requests(uuid),
            event_uuid TEXT NOT NULL,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            pdf BLOB NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX reply_letters_request ON reply_letters(request_uuid);
        """,
    )
