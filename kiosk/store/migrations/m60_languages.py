"""The township's languages, from the county's bundle: the one a resident session starts in and those offered
on home (comma-separated codes, e.g. "zh,ug,en"; empty: the kiosk's own settings decide)."""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("languages")


@migrations()
def m001_township_languages(db):
    execute_script(
        db,
        """
        ALTER TABLE township ADD COLUMN default_language TEXT NOT NULL DEFAULT '';
        ALTER TABLE township ADD COLUMN languages TEXT NOT NULL DEFAULT '';
        """,
    )
