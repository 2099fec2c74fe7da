"""The counter's helpers around intake: the form's local draft and a returning applicant's details.

Draft: whatever a clerk has typed so far, written to the kiosk database on every edit (one short
transaction), so a staff logout, a crash or a restart loses nothing. It holds personal data: it never
leaves this machine (no sync, no export) and only the staff screens read it. A save of the request or
「清空」 discards it.

Returning applicant: the details of the newest request at this kiosk with the same ID number, for the
clerk to reuse (staff screens only; never on a resident screen).
"""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from kiosk.clock import Clock, iso_now, today
from kiosk.requests import identity, intake
from kiosk.store import drafts_repo

SLOT = "counter"
RETURNING_DAYS = 730  # "recent": two years of requests at this kiosk
REUSED_FIELDS = ("applicant_type", "organization_kind", "name", "id_type", "phone", "address", "postcode", "email")
# What the form itself defaults to (a draft holding only these is an empty form).
_NOT_TYPED = {"applicant_type": "person", "id_type": "resident_id"}


def _clean(values: dict) -> dict:
    out = {}
    for key in intake.ALL_FIELDS:
        value = values.get(key)
        if isinstance(value, str) and value.strip():
            out[key] = value[:2000]
    return out


def has_content(values: dict, defaults: dict) -> bool:
    """True when the clerk typed or picked something beyond the walk-in defaults."""
    base = {**_NOT_TYPED, **defaults}
    return any(v != base.get(k) for k, v in _clean(values).items())


def save_draft(db: sqlite_utils.Database, clock: Clock, staff: str, values: dict, defaults: dict) -> bool:
    """Keep the form as typed; an empty form (only defaults) removes the draft. True if one is kept."""
    data = _clean(values)
    with db.atomic():
        if not has_content(data, defaults):
            drafts_repo.delete(db, SLOT)
            return False
        drafts_repo.save(db, SLOT, data, staff, iso_now(clock))
    return True


def load_draft(db: sqlite_utils.Database) -> dict | None:
    """{data, staff, updated_at} or None."""
    return drafts_repo.load(db, SLOT)


def discard_draft(db: sqlite_utils.Database) -> None:
    with db.atomic():
        drafts_repo.delete(db, SLOT)


def returning_applicant(db: sqlite_utils.Database, clock: Clock, kiosk_id: str, id_type: str,
                        id_number: str) -> dict | None:
    """The reusable details of the newest recent request here with this ID number (None: none found).
    Raises ValidationError for a number that is not a valid document number of `id_type`."""
    number = identity.check_id_document(id_type or "resident_id", id_number, today(clock))
    since = (today(clock) - dt.timedelta(days=RETURNING_DAYS)).isoformat()
    row = drafts_repo.latest_applicant(db, number, kiosk_id, since)
    if row is None:
        return None
    details = {k: row[k] or "" for k in REUSED_FIELDS}
    details["id_number"] = number
    details["from_number"], details["from_received"] = row["number"], row["received_on"]
    return details


