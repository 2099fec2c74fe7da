"""答复书 drafts kept at the county between "fill from the template" and "issue": one per request,
editable by handlers until it is issued, then frozen with the hash of the PDF that was sent."""

from __future__ import annotations

import sqlalchemy as sa

from county.console.accounts import StaffUser, record
from county.store import CountyStore, reply_drafts
from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError


def get(store: CountyStore, request_uuid: str) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(reply_drafts).where(reply_drafts.c.request_uuid == request_uuid)).first()
    return dict(row._mapping) if row else None


def save(store: CountyStore, clock: Clock, user: StaffUser, request_uuid: str, number: str, outcome: str,
         body: str) -> None:
    with store.engine.begin() as conn:
        found = conn.execute(sa.select(reply_drafts.c.issued_at)
                             .where(reply_drafts.c.request_uuid == request_uuid)).first()
        if found and found[0]:
            raise ValidationError("答复书已签发，不能再修改")
        values = dict(outcome=outcome, body=body, updated_by=user.username, updated_at=iso_now(clock))
        if found:
            conn.execute(reply_drafts.update().where(reply_drafts.c.request_uuid == request_uuid).values(**values))
        else:
            conn.execute(reply_drafts.insert().values(request_uuid=request_uuid, **values))
        record(conn, clock, user.username, "draft_saved", number, f"outcome={outcome}")


def mark_issued(store: CountyStore, clock: Clock, user: StaffUser, request_uuid: str, number: str, outcome: str,
                body: str, sha256: str) -> None:
    at = iso_now(clock)
    with store.engine.begin() as conn:
        conn.execute(reply_drafts.delete().where(reply_drafts.c.request_uuid == request_uuid))
        conn.execute(reply_drafts.insert().values(request_uuid=request_uuid, outcome=outcome, body=body,
                                                  updated_by=user.username, updated_at=at, issued_at=at,
                                                  issued_sha256=sha256))
        record(conn, clock, user.username, "reply_issued", number, f"outcome={outcome}")
