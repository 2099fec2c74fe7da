"""What a resident may see about a request: its number, status and dates. Never the applicant's data."""

from __future__ import annotations

import sqlite_utils

# Deliberately no name, id_number, phone, address or description: the resident screen must not show them.
# uuid (to read the steps), delivery_method (how the reply is collected: a channel, not a person's data)
# and status_code (to check a scanned status URL; never shown).
PUBLIC_COLUMNS = ("uuid", "number", "status", "received_on", "due_on", "due_provisional", "outcome", "updated_at",
                  "delivery_method", "status_code")


def public_status(db: sqlite_utils.Database, number: str) -> dict | None:
    row = db.execute(
        f"SELECT {', '.join(PUBLIC_COLUMNS)} FROM requests WHERE upper(number) = upper(?)", [number]
    ).fetchone()
    return dict(zip(PUBLIC_COLUMNS, row, strict=True)) if row else None


def latest_number(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT number FROM requests ORDER BY created_at DESC LIMIT 1").fetchone()
    return row[0] if row else None
