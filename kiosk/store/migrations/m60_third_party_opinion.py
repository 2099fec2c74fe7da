"""Art. 32/34 third-party opinions get their own name (issue #22): the derived status 'consulting'
becomes 'third_party_opinion'. request_events are append-only, so old events keep their kinds
(consultation_started/_ended) and kiosk/requests/lifecycle.py folds them under the new names."""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("third_party_opinion")


@migrations()
def m001_rename_status(db):
    execute_script(db, "UPDATE requests SET status = 'third_party_opinion' WHERE status = 'consulting';")
