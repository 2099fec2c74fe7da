"""The county schema as the store built it before Alembic: kiosks, requests, events, heartbeats
(its version 1) and the console's staff, sessions, audit log and reply files (its version 2).

Three starting points, one result:
- an empty database: every table is created;
- a database made by the store before Alembic (it has `county_schema`): the versions it recorded
  are there already; what it lacks is created and `county_schema` is dropped;
- a county.db of the first county server (sqlite_utils tables, no `county_schema`): its kiosks,
  requests, events and heartbeats are copied into the new tables, event seq numbers included
  (the kiosks' download cursors).

The tables are a frozen copy, not county/store.py's live ones: later revisions change those.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

frozen = sa.MetaData()

kiosks = sa.Table(
    "county_kiosks", frozen,
    sa.Column("township", sa.String(32), primary_key=True),
    sa.Column("kiosk_id", sa.String(16), primary_key=True),
    sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("public_key", sa.String(64), nullable=False, server_default=""),
    sa.Column("created_at", sa.String(40), nullable=False),
)
requests = sa.Table(
    "county_requests", frozen,
    sa.Column("uuid", sa.String(64), primary_key=True),
    sa.Column("township", sa.String(32), nullable=False),
    sa.Column("kiosk_id", sa.String(16), nullable=False),
    sa.Column("number", sa.String(64), nullable=False, unique=True),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("received_on", sa.String(10), nullable=False, server_default=""),
    sa.Column("status", sa.String(32), nullable=False, server_default="received"),
    sa.Column("due_on", sa.String(10), nullable=True),
    sa.Column("first_received_at", sa.String(40), nullable=False),
    sa.Column("last_received_at", sa.String(40), nullable=False),
    sa.Index("county_requests_due", "status", "due_on"),
    sa.Index("county_requests_township", "township", "status"),
)
events = sa.Table(
    "county_events", frozen,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("event_uuid", sa.String(64), nullable=False, unique=True),
    sa.Column("request_uuid", sa.String(64), nullable=False, index=True),
    sa.Column("township", sa.String(32), nullable=False),
    sa.Column("kiosk_id", sa.String(16), nullable=False),
    sa.Column("origin", sa.String(8), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
    sa.CheckConstraint("origin IN ('kiosk', 'county')", name="county_events_origin"),
    sa.Index("county_events_down", "township", "kiosk_id", "origin", "seq"),
)
heartbeats = sa.Table(
    "county_heartbeats", frozen,
    sa.Column("township", sa.String(32), primary_key=True),
    sa.Column("kiosk_id", sa.String(16), primary_key=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("version", sa.String(40), nullable=False, server_default=""),
    sa.Column("last_sequence", sa.BigInteger, nullable=True),
    sa.Column("free_disk_bytes", sa.BigInteger, nullable=True),
    sa.Column("printer", sa.String(64), nullable=False, server_default=""),
    sa.Column("audit_head", sa.String(128), nullable=False, server_default=""),
    sa.Column("data", sa.Text, nullable=False),
)
staff = sa.Table(
    "county_staff", frozen,
    sa.Column("username", sa.String(64), primary_key=True),
    sa.Column("display_name", sa.String(100), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", sa.String(40), nullable=True),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.CheckConstraint("role IN ('viewer', 'handler', 'admin')", name="county_staff_role"),
)
sessions = sa.Table(
    "county_sessions", frozen,
    sa.Column("token_sha256", sa.String(64), primary_key=True),
    sa.Column("username", sa.String(64), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("last_seen_at", sa.String(40), nullable=False),
)
audit = sa.Table(
    "county_audit", frozen,
    sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("username", sa.String(64), nullable=False),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("target", sa.String(100), nullable=False, server_default=""),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
)
reply_files = sa.Table(
    "county_reply_files", frozen,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("request_uuid", sa.String(64), nullable=False, index=True),
    sa.Column("event_uuid", sa.String(64), nullable=False),
    sa.Column("filename", sa.String(200), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
)

BASE = (kiosks, requests, events, heartbeats)  # the old store's version 1
CONSOLE = (staff, sessions, audit, reply_files)  # its version 2
_FIRST_SERVER = ("county_kiosks", "county_requests", "county_events", "county_heartbeats")


def upgrade() -> None:
    conn = op.get_bind()
    tables = set(sa.inspect(conn).get_table_names())
    if "county_schema" in tables:
        done = {row[0] for row in conn.exec_driver_sql("SELECT version FROM county_schema")}
        frozen.create_all(conn, tables=[*([] if 1 in done else BASE), *([] if 2 in done else CONSOLE)])
        op.drop_table("county_schema")
        return
    first_server = conn.dialect.name == "sqlite" and "county_requests" in tables
    if first_server:
        for name in _FIRST_SERVER:
            conn.exec_driver_sql(f"ALTER TABLE {name} RENAME TO legacy_{name}")
        conn.exec_driver_sql("DROP INDEX IF EXISTS county_events_down")
    frozen.create_all(conn, tables=[*BASE, *CONSOLE])
    if first_server:
        _copy_first_server(conn)


def _copy_first_server(conn: sa.Connection) -> None:
    conn.exec_driver_sql(
        "INSERT INTO county_kiosks (township, kiosk_id, token_sha256, public_key, created_at) "
        "SELECT township, kiosk_id, token_sha256, '', created_at FROM legacy_county_kiosks")
    conn.exec_driver_sql(
        "INSERT INTO county_requests (uuid, township, kiosk_id, number, updated_at, data, received_on, status, "
        "due_on, first_received_at, last_received_at) "
        "SELECT uuid, township, kiosk_id, number, updated_at, data, "
        "coalesce(substr(json_extract(data, '$.received_on'), 1, 10), ''), "
        "coalesce(json_extract(data, '$.status'), 'received'), json_extract(data, '$.due_on'), "
        "first_received_at, last_received_at FROM legacy_county_requests")
    conn.exec_driver_sql(
        "INSERT INTO county_events (seq, event_uuid, request_uuid, township, kiosk_id, origin, kind, at, actor, "
        "data, received_at) "
        "SELECT e.seq, e.event_uuid, e.request_uuid, e.township, coalesce(r.kiosk_id, ''), e.origin, e.kind, e.at, "
        "e.actor, e.data, e.received_at FROM legacy_county_events e "
        "LEFT JOIN legacy_county_requests r ON r.uuid = e.request_uuid")
    conn.exec_driver_sql(
        "INSERT INTO county_heartbeats (township, kiosk_id, at, version, last_sequence, free_disk_bytes, printer, "
        "audit_head, data) SELECT township, kiosk_id, at, coalesce(json_extract(data, '$.version'), ''), "
        "json_extract(data, '$.last_sequence'), json_extract(data, '$.free_disk_bytes'), "
        "coalesce(json_extract(data, '$.printer'), ''), coalesce(json_extract(data, '$.audit_head'), ''), data "
        "FROM legacy_county_heartbeats")
    for name in _FIRST_SERVER:
        conn.exec_driver_sql(f"DROP TABLE legacy_{name}")
