"""Published payouts carry a keyed lookup token instead of ID digits (kiosk/content/payout_tokens.py)."""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("payout_tokens")


@migrations()
def m001_lookup_token(db):
    execute_script(
        db,
        """
        ALTER TABLE payouts ADD COLUMN lookup_token TEXT;
        CREATE INDEX payouts_token ON payouts(lookup_token);
        """,
    )
