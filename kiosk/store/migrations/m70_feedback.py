"""The resident's voice (issue 26): 好差评 ratings and questions (留言, 现场咨询), each queued for the
county by a trigger as its upward kind (sync/upward/k20_voice.py). Nothing here is personal except a
question's optional call-back phone, which only the county's staff read."""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("feedback")


@migrations()
def m001_ratings_and_questions(db):
    execute_script(
        db,
        """
        CREATE TABLE ratings (
            uuid TEXT PRIMARY KEY,
            rated_at TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),   -- 5 非常满意 … 1 非常不满意
            reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 100),
            service TEXT NOT NULL,                                   -- request | consultation | zone
            channel TEXT NOT NULL,                                   -- counter | kiosk
            request_number TEXT NOT NULL DEFAULT ''
        );
        CREATE TRIGGER outbox_rating_insert AFTER INSERT ON ratings BEGIN
            INSERT INTO outbox (kind, ref) VALUES ('rating', NEW.uuid) ON CONFLICT (kind, ref) DO NOTHING;
        END;

        CREATE TABLE questions (
            uuid TEXT PRIMARY KEY,
            asked_at TEXT NOT NULL,
            channel TEXT NOT NULL,                                    -- kiosk (留言) | counter (现场咨询)
            topic TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
            phone TEXT NOT NULL DEFAULT '',                           -- call-back only; never shown
            counter_answer TEXT NOT NULL DEFAULT '' CHECK (length(counter_answer) <= 500),
            clerk TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX questions_log ON questions(channel, asked_at);
        CREATE TRIGGER outbox_question_insert AFTER INSERT ON questions BEGIN
            INSERT INTO outbox (kind, ref) VALUES ('question', NEW.uuid) ON CONFLICT (kind, ref) DO NOTHING;
        END;
        """,
    )
