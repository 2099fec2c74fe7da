"""The intake form's draft (one per counter slot)."""

from __future__ import annotations

import json

import sqlite_utils


def save(db: sqlite_utils.Database, slot: str, data: dict, staff: str, at: str) -> None:
    db.execute(
        "INSERT INTO intake_drafts (slot, data, staff, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(slot) DO UPDATE SET data = excluded.data, staff = excluded.staff, "
        "updated_at = excluded.updated_at",
        [slot, json.dumps(data, ensure_ascii=False, sort_keys=True), staff, at],
    )


def load(db: sqlite_utils.Database, slot: str) -> dict | None:
    row = db.execute("SELECT data, staff, updated_at FROM intake_drafts WHERE slot = ?", [slot]).fetchone()
    if row is None:
        return None
    return {"data": json.loads(row[0]), "staff": row[1], "updated_at": row[2]}


def delete(db: sqlite_utils.Database, slot: str) -> None:
    db.execute("DELETE FROM intake_drafts WHERE slot = ?", [slot])


def latest_applicant(db: sqlite_utils.Database, id_number: str, kiosk_id: str, since: str) -> dict | None:
    """The newest request at this kiosk by this ID number received on or after `since`."""
    columns = ("applicant_type", "organization_kind", "name", "id_type", "id_number", "phone", "address",
               "postcode", "email", "received_on", "number")
    row = db.execute(
        f"SELECT {', '.join(columns)} FROM requests WHERE id_number = ? AND kiosk_id = ? AND received_on >= ? "
        "ORDER BY received_on DESC, number DESC LIMIT 1",
        [id_number, kiosk_id, since],
    ).fetchone()
    return dict(zip(columns, row, strict=True)) if row else None
