"""简明问答 (issue 26): questions the county answered and published, a searched content kind
(kiosk/content_kinds.py `faq`) that every kiosk of the township receives in its bundle. Plain text,
no personal data (the county refuses ID and phone numbers before publishing)."""

from sqlite_utils.migrations import Migrations

from kiosk.store import search_repo
from kiosk.store.db import execute_script

migrations = Migrations("faq")


@migrations()
def m001_faq(db):
    execute_script(
        db,
        """
        CREATE TABLE faq (
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            published_on TEXT NOT NULL
        );
        CREATE INDEX faq_topic ON faq(topic, published_on);
        """,
    )
    search_repo.create_index_tables(db, "faq")
