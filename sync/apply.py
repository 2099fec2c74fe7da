"""Applying a verified bundle: one transaction, so residents see the old content or the new, never a mix.

`apply_snapshot(db, content_file)` is the bare full-snapshot path, exposed for `gongkai bench`
to time against raw executemany of the same rows.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from contextlib import nullcontext
from pathlib import Path

import sqlite_utils

from kiosk import content_kinds
from kiosk.clock import SHANGHAI, Clock
from kiosk.content.home import BUNDLE_EXPIRES_AT, CONTENT_UPDATED_AT
from kiosk.content_kinds import UNSEARCHED, indexed_table
from kiosk.errors import BundleRejected
from kiosk.requests.service import recompute_open_requests
from kiosk.store import content_repo, sync_state_repo
from kiosk.store.db import bulk_load
from sync import eligibility
from sync.bundle import CONTENT_NAME
from sync.status import LAST_SEQUENCE
from sync.verify import VerifiedBundle


def applied_sequence(db: sqlite_utils.Database) -> int:
    return int(sync_state_repo.get(db, LAST_SEQUENCE, "0") or 0)


# Content tables the search index covers, by search kind; a delta touching only these (and tables
# the index does not cover) re-indexes just its rows instead of everything. A table whose text is in
# other rows' (a renamed village or domain) re-indexes everything. Declared in kiosk/content_kinds.py.
SEARCHED = {indexed_table(k): k.name for k in content_kinds.SEARCHED}
NOT_SEARCHED = {t.name for k in content_kinds.KINDS for t in k.tables if t.search == UNSEARCHED} | {
    "calendar_changed"}  # a count of changed calendar days, not a table
PARTIAL_REINDEX_LIMIT = 500


def _reindex(db: sqlite_utils.Database, touched: dict[str, list[int]] | None = None) -> None:
    """Bring the search index up to date in the same transaction, when the search module is installed."""
    if importlib.util.find_spec("kiosk.search") is None:
        return
    search = importlib.import_module("kiosk.search")
    if touched is not None and hasattr(search, "reindex_kind"):
        for table, kind in SEARCHED.items():
            search.reindex_kind(db, kind, touched.get(table, []))
    elif hasattr(search, "reindex"):
        search.reindex(db)


def _touched_rows(db: sqlite_utils.Database, counts: dict[str, int]) -> dict[str, list[int]] | None:
    """For a small delta of searchable rows, the ids it changed per table; None means reindex all."""
    changed = {name.rstrip("-") for name, n in counts.items() if n}
    if not changed <= set(SEARCHED) | NOT_SEARCHED:
        return None  # e.g. a renamed village or domain changes the text of many rows
    touched = {table: content_repo.delta_keys(db, table) for table in SEARCHED}
    return touched if sum(map(len, touched.values())) <= PARTIAL_REINDEX_LIMIT else None


def apply_snapshot(db: sqlite_utils.Database, content_file: str | Path) -> dict[str, int]:
    """Replace all content tables with a content file's, in one transaction (no attachments, no state)."""
    with content_repo.attached(db, content_file), bulk_load(db), db.atomic():
        return content_repo.replace_all(db)


def _shanghai(iso: str) -> str:
    return dt.datetime.fromisoformat(iso).astimezone(SHANGHAI).isoformat(timespec="seconds")


def apply_bundle(db: sqlite_utils.Database, verified: VerifiedBundle, clock: Clock) -> dict[str, int]:
    """Apply a verified bundle. On any error the transaction rolls back and nothing changes."""
    manifest = verified.manifest
    full = manifest.kind == "full"
    with content_repo.attached(db, verified.directory / CONTENT_NAME), \
            (bulk_load(db) if full else nullcontext()), db.atomic():
        # Checked again inside the transaction: another sync may have applied something meanwhile.
        current = applied_sequence(db)
        if manifest.sequence <= current or (not full and manifest.base_sequence != current):
            raise BundleRejected(f"数据包序号 {manifest.sequence} 与本机已应用的 {current} 不衔接，拒绝")
        problem = content_repo.bundle_problem(db)
        if problem:
            raise BundleRejected(f"数据包内容不合格：{problem}，整个数据包已拒绝，本机内容未变")
        code = content_repo.bundle_township_code(db)
        if code is not None and code != manifest.township:
            raise BundleRejected(f"数据包内容属于乡镇 {code}，清单写的是 {manifest.township}，拒绝")
        eligibility.check_bundle(db)  # a bad rule file: refused before anything changes
        counts = content_repo.replace_all(db) if full else content_repo.apply_delta(db)
        have = content_repo.attachment_hashes(db)
        new = [a for a in manifest.attachments if a.sha256 not in have]
        counts["attachments"] = content_repo.store_attachments(
            db, ((a.sha256, a.mime, a.size, (verified.directory / "attachments" / a.sha256).read_bytes())
                 for a in new),
        )
        content_repo.prune_attachments(db, {a.sha256 for a in manifest.attachments})
        missing = content_repo.missing_attachment_refs(db)
        if missing:
            raise BundleRejected(f"公示引用了不存在的附件 {missing[0][:12]}…，拒绝")
        _reindex(db, None if full else _touched_rows(db, counts))
        if counts.get("calendar_changed"):
            # A new year's calendar turns provisional due dates into final ones.
            recompute_open_requests(db, clock)
        sync_state_repo.put(db, CONTENT_UPDATED_AT, _shanghai(manifest.created_at))
        sync_state_repo.put(db, BUNDLE_EXPIRES_AT, _shanghai(manifest.expires_at))
        sync_state_repo.put(db, LAST_SEQUENCE, str(manifest.sequence))
    if full:
        # A full snapshot rewrites most of the file: give the WAL's disk space back now.
        content_repo.checkpoint(db)
    return counts
