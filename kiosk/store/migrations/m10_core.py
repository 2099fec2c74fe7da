"""The core schema: township, catalogue, documents, notices, payouts, policies, requests,
staff, audit log, sync state and the holiday calendar."""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("core")


@migrations()
def m001_core_tables(db):
    execute_script(
        db,
        """
        -- One row: the township this kiosk serves and its disclosure office (政府信息公开工作机构).
        CREATE TABLE township (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            county TEXT NOT NULL DEFAULT '',
            office_name TEXT NOT NULL DEFAULT '',
            office_address TEXT NOT NULL DEFAULT '',
            office_phone TEXT NOT NULL DEFAULT '',
            office_hours TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            public_base_url TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE villages (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('village', 'community')),
            seq INTEGER NOT NULL DEFAULT 0
        );

        -- 基层政务公开标准目录: domains -> 一级事项 -> 二级事项 (one row per 二级事项).
        CREATE TABLE catalogue_domains (
            id INTEGER PRIMARY KEY,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL UNIQUE,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE catalogue_items (
            id INTEGER PRIMARY KEY,
            domain_id INTEGER NOT NULL REFERENCES catalogue_domains(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            level1 TEXT NOT NULL,        -- 一级事项
            level2 TEXT NOT NULL,        -- 二级事项
            content TEXT NOT NULL,       -- 公开内容(要素)
            basis TEXT NOT NULL,         -- 公开依据
            time_limit TEXT NOT NULL,    -- 公开时限
            subject TEXT NOT NULL,       -- 公开主体
            channels TEXT NOT NULL,      -- 公开渠道和载体, joined by 、
            audience TEXT NOT NULL,      -- 公开对象: 全社会 / 特定群众
            method TEXT NOT NULL,        -- 公开方式: 主动 / 依申请
            level TEXT NOT NULL,         -- 公开层级: 县级 / 乡级 ...
            UNIQUE (domain_id, level1, level2)
        );
        CREATE INDEX catalogue_items_domain ON catalogue_items(domain_id, seq);

        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            item_id INTEGER REFERENCES catalogue_items(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            doc_number TEXT NOT NULL DEFAULT '',    -- 文号
            index_number TEXT NOT NULL DEFAULT '',  -- 索引号
            publisher TEXT NOT NULL DEFAULT '',
            published_on TEXT NOT NULL,
            body TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX documents_item ON documents(item_id, published_on);

        -- Attachments are addressed by their SHA-256, so a bundle ships each file once.
        CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        );

        CREATE TABLE notices (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id) ON DELETE CASCADE,
            category TEXT NOT NULL CHECK (category IN ('党务', '村务', '财务', '居务')),
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            posted_on TEXT NOT NULL,
            expires_on TEXT,             -- NULL: stays current; expired notices are archived, never deleted
            urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1))
        );
        CREATE INDEX notices_village ON notices(village_id, posted_on);
        CREATE TABLE notice_attachments (
            notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES attachments(sha256),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('image', 'file')),
            PRIMARY KEY (notice_id, seq)
        );

        -- 惠民惠农补贴 "一卡通" payouts. The kiosk never holds a full ID number or a bank account:
        -- only the last four ID characters, which residents use to find their own rows.
        CREATE TABLE subsidy_items (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            department TEXT NOT NULL DEFAULT '',
            standard TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE payouts (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            group_name TEXT NOT NULL DEFAULT '',
            recipient_name TEXT NOT NULL,
            id_last4 TEXT NOT NULL CHECK (length(id_last4) = 4),
            subsidy_item_id INTEGER NOT NULL REFERENCES subsidy_items(id),
            year INTEGER NOT NULL,
            period TEXT NOT NULL,        -- 补贴期号
            amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
            paid_on TEXT NOT NULL
        );
        CREATE INDEX payouts_browse ON payouts(village_id, subsidy_item_id, year);
        CREATE INDEX payouts_person ON payouts(recipient_name, id_last4);

        -- Policy documents and their interpretations (政策解读), in one table.
        CREATE TABLE policies (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('policy', 'interpretation')),
            interprets_id INTEGER REFERENCES policies(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            doc_number TEXT NOT NULL DEFAULT '',
            issuer TEXT NOT NULL DEFAULT '',
            published_on TEXT NOT NULL,
            body TEXT NOT NULL,
            source_url TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'review')),
            flags TEXT NOT NULL DEFAULT '[]'   -- JSON: what the cleaner flagged for review
        );
        CREATE INDEX policies_interprets ON policies(interprets_id);

        -- 依申请公开 requests. Personal data stays on this machine and goes only to the county server.
        CREATE TABLE requests (
            uuid TEXT PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            kiosk_id TEXT NOT NULL,
            applicant_type TEXT NOT NULL CHECK (applicant_type IN ('person', 'organization')),
            organization_kind TEXT,
            name TEXT NOT NULL,
            id_type TEXT NOT NULL,
            id_number TEXT NOT NULL,
            phone TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL,
            doc_ref TEXT NOT NULL DEFAULT '',
            delivery_form TEXT NOT NULL,
            delivery_method TEXT NOT NULL,
            channel TEXT NOT NULL,
            transcribed_by TEXT,
            received_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'received',
            due_on TEXT,
            due_provisional INTEGER NOT NULL DEFAULT 0,
            outcome TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX requests_due ON requests(status, due_on);
        CREATE TABLE request_events (
            id INTEGER PRIMARY KEY,
            event_uuid TEXT NOT NULL UNIQUE,
            request_uuid TEXT NOT NULL REFERENCES requests(uuid),
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX request_events_request ON request_events(request_uuid, id);
        CREATE TRIGGER request_events_append_only_update BEFORE UPDATE ON request_events
            BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;
        CREATE TRIGGER request_events_append_only_delete BEFORE DELETE ON request_events
            BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;

        -- Named counters that only grow (request serials): never reused, even after a crash.
        CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        );

        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('clerk', 'admin')),
            pin_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL
        );

        -- Append-only, hash-chained: each row's hash covers the previous row's hash.
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

        CREATE TABLE sync_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        -- Statutory calendar as data: only the exceptions to "Mon-Fri work, Sat-Sun rest".
        CREATE TABLE calendar_years (
            year INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE calendar_days (
            day TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
            name TEXT NOT NULL DEFAULT ''
        );
        """,
    )


@migrations()
def m002_payout_browse_covers_amounts(db):
    # The village -> item -> year screens count and sum payouts; with amount_fen in the index those
    # aggregates never touch the table (gongkai bench: 64 ms quiet, ~1 s under load, at scale 20).
    execute_script(
        db,
        """
        DROP INDEX payouts_browse;
        CREATE INDEX payouts_browse ON payouts(village_id, subsidy_item_id, year, amount_fen);
        """,
    )
