"""依申请公开 requests and their append-only events."""

from __future__ import annotations

import json

import sqlite_utils

REQUEST_COLUMNS = (
    "uuid", "number", "kiosk_id", "township_code", "applicant_type", "organization_kind", "name", "id_type",
    "id_number", "phone", "address", "postcode", "email", "description", "doc_ref", "delivery_form",
    "delivery_method", "channel", "transcribed_by", "received_on", "status", "due_on", "due_provisional",
    "outcome", "concluded_on", "fee_method", "fee_units", "fee_fen", "created_at", "updated_at", "status_code",
)
EVENT_COLUMNS = ("id", "event_uuid", "request_uuid", "kind", "at", "actor", "data")
DERIVED_COLUMNS = ("status", "due_on", "due_provisional", "outcome", "concluded_on", "fee_method", "fee_units",
                   "fee_fen", "updated_at")


def allocate_serial(db: sqlite_utils.Database, counter: str, number_prefix: str, floor: int = 0) -> int:
    """The next serial of `counter`, inside the caller's transaction.

    The counter is bumped first (a write, so the transaction holds the write lock from here on).
    If requests with this prefix already carry a higher serial (a database restored from an old
    copy of the counters), the counter jumps past them: a number is never handed out twice.
    `floor` is the highest serial known from outside the database (kiosk/requests/highwater.py).
    """
    value = db.execute(
        "INSERT INTO counters (name, value) VALUES (?, 1) "
        "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
        [counter],
    ).fetchone()[0]
    highest = db.execute(
        "SELECT max(CAST(substr(number, ?, length(number) - ? - 2) AS INTEGER)) FROM requests WHERE number LIKE ?",
        [len(number_prefix) + 1, len(number_prefix), number_prefix.replace("%", "") + "%"],
    ).fetchone()[0]
    highest = max(highest or 0, floor)
    if highest >= value:
        value = highest + 1
        db.execute("UPDATE counters SET value = ? WHERE name = ?", [value, counter])
    return value


def insert_request(db: sqlite_utils.Database, row: dict) -> None:
    columns = [c for c in REQUEST_COLUMNS if c in row]
    db.execute(
        f"INSERT INTO requests ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        [row[c] for c in columns],
    )


def insert_event(db: sqlite_utils.Database, event: dict) -> None:
    db.execute(
        "INSERT INTO request_events (event_uuid, request_uuid, kind, at, actor, data) VALUES (?, ?, ?, ?, ?, ?)",
        [event["event_uuid"], event["request_uuid"], event["kind"], event["at"], event["actor"],
         json.dumps(event["data"], ensure_ascii=False, sort_keys=True)],
    )


def update_derived(db: sqlite_utils.Database, uuid: str, values: dict) -> None:
    """Store what the events imply (status, due date ...) so lists can sort and filter in SQL."""
    db.execute(
        f"UPDATE requests SET {', '.join(f'{c} = ?' for c in DERIVED_COLUMNS)} WHERE uuid = ?",
        [*(values[c] for c in DERIVED_COLUMNS), uuid],
    )


def touch(db: sqlite_utils.Database, uuid: str, updated_at: str) -> None:
    """Mark the request changed (and take the write lock) at the start of a change."""
    db.execute("UPDATE requests SET updated_at = ? WHERE uuid = ?", [updated_at, uuid])


def _request(row) -> dict:
    return dict(zip(REQUEST_COLUMNS, row, strict=True))


def get_by_number(db: sqlite_utils.Database, number: str) -> dict | None:
    row = db.execute(f"SELECT {', '.join(REQUEST_COLUMNS)} FROM requests WHERE number = ?", [number]).fetchone()
    return _request(row) if row else None


def get_by_uuid(db: sqlite_utils.Database, uuid: str) -> dict | None:
    row = db.execute(f"SELECT {', '.join(REQUEST_COLUMNS)} FROM requests WHERE uuid = ?", [uuid]).fetchone()
    return _request(row) if row else None


def events(db: sqlite_utils.Database, request_uuid: str) -> list[dict]:
    cursor = db.execute(
        f"SELECT {', '.join(EVENT_COLUMNS)} FROM request_events WHERE request_uuid = ? ORDER BY id", [request_uuid]
    )
    result = []
    for values in cursor:
        event = dict(zip(EVENT_COLUMNS, values, strict=True))
        event["data"] = json.loads(event["data"] or "{}")
        result.append(event)
    return result


def received_by(db: sqlite_utils.Database) -> dict[str, str]:
    """request uuid -> the login that recorded its `received` event."""
    cursor = db.execute("SELECT request_uuid, actor FROM request_events WHERE kind = 'received'")
    return {uuid: actor for uuid, actor in cursor}


def list_requests(db: sqlite_utils.Database, statuses: tuple[str, ...] | None = None,
                  received_from: str | None = None, received_to: str | None = None) -> list[dict]:
    """Requests, oldest receipt first, optionally filtered by status and receipt dates (inclusive)."""
    where, params = [], []
    if statuses:
        where.append(f"status IN ({', '.join('?' for _ in statuses)})")
        params.extend(statuses)
    if received_from:
        where.append("received_on >= ?")
        params.append(received_from)
    if received_to:
        where.append("received_on <= ?")
        params.append(received_to)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    cursor = db.execute(
        f"SELECT {', '.join(REQUEST_COLUMNS)} FROM requests {clause} ORDER BY received_on, number", params
    )
    return [_request(r) for r in cursor]


def uuids_with_status(db: sqlite_utils.Database, statuses: tuple[str, ...]) -> list[str]:
    cursor = db.execute(f"SELECT uuid FROM requests WHERE status IN ({', '.join('?' for _ in statuses)})",
                        list(statuses))
    return [r[0] for r in cursor]


def applicant_requests_in_month(db: sqlite_utils.Database, id_type: str, id_number: str, month: str,
                                before_number: str, received_on: str) -> int:
    """How many requests the same applicant filed earlier in the calendar month `month` (YYYY-MM)."""
    return db.execute(
        "SELECT count(*) FROM requests WHERE id_type = ? AND id_number = ? AND substr(received_on, 1, 7) = ? "
        "AND (received_on < ? OR (received_on = ? AND number < ?))",
        [id_type, id_number, month, received_on, received_on, before_number],
    ).fetchone()[0]


def report_facts(db: sqlite_utils.Database) -> list[dict]:
    """One row per request for the annual report: who applied, when, and every concluding event
    not voided by a 更正."""
    cursor = db.execute(
        """
        SELECT r.uuid, r.number, r.applicant_type, r.organization_kind, r.received_on,
               e.kind, coalesce(json_extract(e.data, '$.on'), substr(e.at, 1, 10)),
               coalesce(json_extract(e.data, '$.outcome'), CASE e.kind WHEN 'abandoned' THEN '30-abandoned' END)
        FROM requests r
        LEFT JOIN request_events e ON e.request_uuid = r.uuid AND e.kind IN ('replied', 'abandoned')
             AND NOT EXISTS (SELECT 1 FROM request_events v WHERE v.request_uuid = r.uuid AND v.kind = 'void'
                             AND json_extract(v.data, '$.voids') = e.event_uuid)
        ORDER BY r.received_on, r.number, e.id
        """
    )
    facts: dict[str, dict] = {}
    for uuid, number, applicant_type, org_kind, received_on, kind, on, outcome in cursor:
        fact = facts.setdefault(uuid, {
            "uuid": uuid, "number": number, "applicant_type": applicant_type, "organization_kind": org_kind,
            "received_on": received_on, "conclusions": [],
        })
        if kind:
            fact["conclusions"].append({"kind": kind, "on": on, "outcome": outcome})
    return list(facts.values())
