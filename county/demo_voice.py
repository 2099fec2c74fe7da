"""The county demo's resident voice (issue 26): the demo kiosk's ratings, questions and comments as if
its nightly sync had brought them, with the one 差评 under follow-up (整改中)."""

from __future__ import annotations

import sqlite_utils

from county import feedback
from county.service import store_upload
from county.source_folder import stable_id
from county.store import CountyStore
from kiosk.clock import Clock
from sync import upward

DEMO_KIOSK = "K01"


def seed_voice(store: CountyStore, kiosk_db: sqlite_utils.Database, township: str, clock: Clock) -> dict[str, int]:
    """Upload the demo kiosk's voice records (idempotent); put its 差评 under follow-up once."""
    payload: dict[str, list] = {}
    for name in ("rating", "question", "comment"):
        kind = upward.kind(name)
        refs = [r[0] for r in kiosk_db.execute("SELECT ref FROM outbox WHERE kind = ?", [name]).fetchall()]
        records = kind.collect(kiosk_db, refs)
        if name == "comment":  # the demo database numbers its drafts 1, 2; the source folder by file name
            records = [{**r, "draft_id": stable_id("draft", f"{r['draft_id']:04d}.txt")} for r in records]
        payload[kind.wire] = records
    store_upload(store, township, DEMO_KIOSK, payload, clock)
    bad = [r for r in feedback.ratings(store, township) if r["bad"]]
    for r in bad:
        if not r["followup_at"]:
            feedback.set_followup(store, clock, r["ref"], "整改中", "已在上午高峰增设一个咨询窗口，正在观察效果",
                                  "演示县级管理员")
    return {k: len(v) for k, v in payload.items()}
