"""The sync state `gongkai outbox status` prints: the last run, its result, and what waits to be uploaded.

No screen shows it: staff see the outcome in `journalctl -u gongkai-sync` and the county in its fleet view."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from kiosk.clock import SHANGHAI
from kiosk.content.home import BUNDLE_EXPIRES_AT, CONTENT_UPDATED_AT
from kiosk.store import outbox_repo, sync_state_repo
from sync import upward

LAST_SYNC_AT = "last_sync_at"
LAST_SYNC_RESULT = "last_sync_result"
LAST_SEQUENCE = "last_sequence"


def sync_status(db: sqlite_utils.Database, now: dt.datetime | None = None) -> dict:
    """{last_sync_at, last_sync_result, last_sequence, content_updated_at, bundle_expires_at, stale,
    pending_<wire key> for every upward kind (pending_requests, pending_events, ...), oldest_pending_at,
    last_upload_error}; absent values are None.

    `stale` compares the bundle's expiry with `now` (default: the current time).
    """
    now = now or dt.datetime.now(SHANGHAI)
    expires = sync_state_repo.get(db, BUNDLE_EXPIRES_AT)
    pending = outbox_repo.pending_counts(db)
    return {
        "last_sync_at": sync_state_repo.get(db, LAST_SYNC_AT),
        "last_sync_result": sync_state_repo.get(db, LAST_SYNC_RESULT),
        "last_sequence": int(sync_state_repo.get(db, LAST_SEQUENCE, "0") or 0),
        "content_updated_at": sync_state_repo.get(db, CONTENT_UPDATED_AT),
        "bundle_expires_at": expires,
        "stale": bool(expires and dt.datetime.fromisoformat(expires) < now),
        **{f"pending_{k.wire}": pending["by_kind"].get(k.name, 0) for k in upward.kinds()},
        "oldest_pending_at": pending["oldest_queued_at"],
        "last_upload_error": pending["last_error"] or None,
    }


def pending_upward(db: sqlite_utils.Database) -> dict:
    """What waits in the outbox, as the heartbeat reports it: {wire key: n, ..., "oldest_queued_at",
    "last_error"}."""
    pending = outbox_repo.pending_counts(db)
    return {**{k.wire: pending["by_kind"].get(k.name, 0) for k in upward.kinds()},
            "oldest_queued_at": pending["oldest_queued_at"], "last_error": pending["last_error"]}
