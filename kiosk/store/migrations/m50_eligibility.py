"""政策找人: the county's eligibility rule file, one row (a bundle content table, replaced whole).

Only the published rules live here. A resident's answers are never written to the database.
"""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("eligibility")


@migrations()
def m001_eligibility_rules(db):
    execute_script(
        db,
        """
        CREATE TABLE eligibility_rules (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            format_version INTEGER NOT NULL,
            revision TEXT NOT NULL,
            body TEXT NOT NULL                   -- the rule file's JSON text, as published
        );
        """,
    )
