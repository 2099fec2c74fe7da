"""Reply letters (答复书 PDF) received from the county for this kiosk's requests."""

from __future__ import annotations

import sqlite_utils


def store(db: sqlite_utils.Database, header: dict, pdf: bytes, at: str) -> bool:
    """Keep one letter (inside the caller's transaction); False when its request is not on this kiosk."""
    if not db.execute("SELECT 1 FROM requests WHERE uuid = ?", [header["request_uuid"]]).fetchone():
        return False
    db.execute("INSERT OR IGNORE INTO reply_letters (sha256, request_uuid, event_uuid, name, size, pdf, received_at)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)",
               [header["sha256"], header["request_uuid"], header["event_uuid"], header["name"][:200], len(pdf), pdf,
                at])
    return True


def for_request(db: sqlite_utils.Database, request_uuid: str) -> list[dict]:
    """The letters of one request (no PDF bytes), oldest first."""
    cursor = db.execute("SELECT sha256, event_uuid, name, size, received_at FROM reply_letters"
                        " WHERE request_uuid = ? ORDER BY received_at, sha256", [request_uuid])
    return [dict(zip(("sha256", "event_uuid", "name", "size", "received_at"), r, strict=True)) for r in cursor]


def pdf(db: sqlite_utils.Database, request_uuid: str, sha256: str) -> bytes | None:
    row = db.execute("SELECT pdf FROM reply_letters WHERE request_uuid = ? AND sha256 = ?",
                     [request_uuid, sha256]).fetchone()
    return bytes(row[0]) if row else None
