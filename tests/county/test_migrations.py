"""The county schema under Alembic: the revisions build what the store queries, a database is
upgraded once, and a database made before Alembic keeps every row, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from county import migrations, service
from county.console import accounts, publishing
from county.store import CountyStore, metadata
from kiosk.clock import FixedClock

FIXTURES = Path(__file__).parent / "fixtures"
T, K = "362430101", "K01"


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names())


def test_the_revisions_build_exactly_the_tables_the_store_declares(store):
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
        assert migrations.current(conn) == migrations.head()
    assert differences == [], "county/store.py and county/migrations/ disagree"


def test_opening_again_applies_nothing(store):
    with store.engine.connect() as conn:
        before = migrations.current(conn)
    again = CountyStore(store.url)
    try:
        with again.engine.connect() as conn:
            assert migrations.current(conn) == before == migrations.head()
    finally:
        again.close()
    assert "county_schema" not in _tables(store.engine), "the store's own version table is gone"


def _load_pre_alembic(url: str) -> None:
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path)
        conn.executescript((FIXTURES / "pre_alembic_sqlite.sql").read_text())
        conn.close()
        return
    engine = sa.create_engine(url)
    try:
        raw = engine.raw_connection()
        try:
            raw.cursor().execute((FIXTURES / "pre_alembic_postgresql.sql").read_text())
            raw.commit()
        finally:
            raw.close()
    finally:
        engine.dispose()


def test_a_database_from_before_alembic_is_upgraded_with_every_row(store_url):
    _load_pre_alembic(store_url)
    store = CountyStore(store_url)
    try:
        tables = _tables(store.engine)
        assert "county_schema" not in tables and "alembic_version" in tables
        with store.engine.connect() as conn:
            assert migrations.current(conn) == migrations.head()
        assert store.kiosk_for_token(service.token_hash("old-token")) == (T, K)
        assert store.counts() == {"requests": 2, "events": 2, "county_changes": 1}
        assert store.request_by_number(f"{T}-{K}-2026-00001-A")["status"] == "replied"
        assert store.request_data("u2")["name"] == "李四"
        changes = store.county_changes(T, K, 0)
        assert [(c["seq"], c["kind"]) for c in changes] == [(3, "replied")], "the kiosks' download cursor holds"
        assert store.list_kiosks()[0]["version"] == "0.9.0" and store.list_kiosks()[0]["free_disk_bytes"] == 123456789
        clock = FixedClock("2026-12-01T09:00:00+08:00")
        assert accounts.login(store, clock, "wang", "correct horse battery 1"), "the old staff account signs in"
        assert [f["filename"] for f in publishing.reply_files_for(store, "u1")] == ["答复书.pdf"]
        assert [a["action"] for a in accounts.audit_log(store)][-2:] == ["reply", "staff_saved"]

        # The upgraded database takes new writes: ids and seq numbers continue after the old ones.
        event = service.record_change(store, "u2", "replied", {"on": "2026-12-01", "outcome": "36-1"}, "县", clock)
        assert [(c["seq"], c["event_uuid"]) for c in store.county_changes(T, K, 3)] == [(4, event)]
    finally:
        store.close()


def test_a_database_from_before_the_console_gets_the_console_tables(store_url):
    _load_pre_alembic(store_url)
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:  # as the store left it at its version 1
        for table in ("county_staff", "county_sessions", "county_audit", "county_reply_files"):
            conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.exec_driver_sql("DELETE FROM county_schema WHERE version = 2")
    engine.dispose()
    store = CountyStore(store_url)
    try:
        assert {"county_staff", "county_sessions", "county_audit", "county_reply_files"} <= _tables(store.engine)
        assert store.counts() == {"requests": 2, "events": 2, "county_changes": 1}
        accounts.add_staff(store, FixedClock("2026-12-01T09:00:00+08:00"), "li", "李", "admin", "another long pass 2")
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    finally:
        store.close()
