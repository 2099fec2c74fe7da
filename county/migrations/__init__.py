"""The county database's schema, under Alembic: one revision per change, in `versions/`.

    upgrade(engine)   bring any county database to the newest revision (CountyStore does it on open)

Revisions run in one transaction (DDL is transactional on SQLite and PostgreSQL), so a failed
upgrade leaves the database as it was. Several county workers starting at once on PostgreSQL
queue on an advisory lock; on SQLite, BEGIN IMMEDIATE (county/store.py) does the same.

Revision 0001 is the schema as the store built it before Alembic: on a database made then it
drops the store's own version table (`county_schema`) and builds only what that database lacks,
so an existing county.db (or PostgreSQL database) is adopted, rows and download cursors kept.

To change the schema: add `versions/NNNN_what.py` with `revision = "NNNN"`, `down_revision` the
previous one and an `upgrade()` written with `alembic.op` (batch mode on SQLite: `with
op.batch_alter_table(...)`); then change the tables in county/store.py to match. A revision is
never edited once landed. There are no downgrades: a county rolls back by restoring the backup
taken before the upgrade. tests/county/test_migrations.py checks that the revisions build exactly
the tables county/store.py declares, on both backends, and upgrades a pre-Alembic database.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

HERE = Path(__file__).resolve().parent
_PG_LOCK = 0x676B636F  # pg_advisory_xact_lock key: "gkco", one upgrade at a time per database


def config(conn: sa.Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = conn
    return cfg


def head() -> str:
    return ScriptDirectory.from_config(config()).get_current_head()


def current(conn: sa.Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: sa.Engine) -> None:
    """Apply the revisions this database lacks, all in one transaction."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        if current(conn) != head():
            command.upgrade(config(conn), "head")
