"""意见征集 (issue 26): drafts open for public comment (a searched content kind, `draft`, kiosk/content_kinds.py)
with their 采纳情况 once the county publishes it, and the comments residents leave at the kiosk, queued
for the county by a trigger (upward kind `comment`, sync/upward/k20_voice.py). A comment's name and phone
are optional, kept only with consent, and never shown."""

from sqlite_utils.migrations import Migrations

from kiosk.store import search_repo
from kiosk.store.db import execute_script

migrations = Migrations("drafts")


@migrations()
def m001_drafts_and_comments(db):
    execute_script(
        db,
        """
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            organiser TEXT NOT NULL,              -- the township or department that runs it
            explanation TEXT NOT NULL,            -- 起草说明
            body TEXT NOT NULL,                   -- 草案
            how_to_comment TEXT NOT NULL,
            opens_on TEXT NOT NULL,
            closes_on TEXT NOT NULL,              -- the last day comments are taken
            adoption TEXT NOT NULL DEFAULT '',    -- 采纳情况, once published
            adoption_on TEXT
        );
        CREATE TABLE draft_comments (
            uuid TEXT PRIMARY KEY,
            draft_id INTEGER NOT NULL,
            draft_title TEXT NOT NULL,
            commented_at TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
            name TEXT NOT NULL DEFAULT '',        -- only with consent; never shown
            phone TEXT NOT NULL DEFAULT ''        -- only with consent; never shown
        );
        CREATE TRIGGER outbox_comment_insert AFTER INSERT ON draft_comments BEGIN
            INSERT INTO outbox (kind, ref) VALUES ('comment', NEW.uuid) ON CONFLICT (kind, ref) DO NOTHING;
        END;
        """,
    )
    search_repo.create_index_tables(db, "draft")
