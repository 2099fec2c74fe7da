"""Requests, staff and audit (issue 4): columns the core schema lacks, and indexes for the worklist,
the annual report and the monthly fee count."""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("requests")


@migrations()
def m301_request_columns(db):
    execute_script(
        db,
        """
        ALTER TABLE requests ADD COLUMN township_code TEXT NOT NULL DEFAULT '';
        ALTER TABLE requests ADD COLUMN email TEXT NOT NULL DEFAULT '';
        -- 信息处理费: one method per request (free | item | page), units = items or pages, amount in 分.
        ALTER TABLE requests ADD COLUMN fee_method TEXT NOT NULL DEFAULT 'free';
        ALTER TABLE requests ADD COLUMN fee_units INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE requests ADD COLUMN fee_fen INTEGER NOT NULL DEFAULT 0;
        -- The day of the reply (or of "deemed abandoned"): when the request leaves the open count.
        ALTER TABLE requests ADD COLUMN concluded_on TEXT;
        CREATE INDEX requests_received ON requests(received_on);
        CREATE INDEX requests_applicant ON requests(id_number, received_on);
        CREATE INDEX request_events_kind ON request_events(kind, request_uuid);
        """,
    )
