"""Each request gets a random status code for the county's public page (kiosk/requests/receipt_code.py):
the URL's check can no longer be computed from the number. Rows logged before keep NULL (their
receipts carry the kiosk-only GK1 payload); filling them in would change audited rows."""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("status_code")


@migrations()
def m001_status_code(db):
    execute_script(db, "ALTER TABLE requests ADD COLUMN status_code TEXT;")
