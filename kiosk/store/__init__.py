"""Storage: the only package with SQL in it.

`open_store(path)` opens the database and brings its schema up to date; the repositories in
this package are the only code that reads or writes tables.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from kiosk.store.db import connect
from kiosk.store.migrations import migration_sets


def migrate(db: sqlite_utils.Database) -> None:
    for migrations in migration_sets():
        migrations.apply(db)


def open_store(path: str | Path) -> sqlite_utils.Database:
    db = connect(path)
    migrate(db)
    return db


__all__ = ["open_store", "migrate", "connect"]
