"""好差评: the five national levels, the reasons of a 差评, one rating saved (anonymous).

A rating holds no personal data: the level, a reason for 不满意 and below (from a short list or
bounded free text, refused if it looks like an ID or phone number), which service was rated, where
(the counter or the kiosk's home screen) and the request number when one was just saved. It is
written in one transaction; its trigger queues it for the county (kind `rating`).
"""

from __future__ import annotations

import uuid as uuid_mod

import sqlite_utils

from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError
from kiosk.feedback.text import bounded

# The national 政务服务“好差评” levels, best first (score 5 … 1).
LEVELS: tuple[tuple[int, str], ...] = ((5, "非常满意"), (4, "满意"), (3, "基本满意"), (2, "不满意"), (1, "非常不满意"))
LEVEL_LABELS = dict(LEVELS)
BAD = 2  # 不满意 and below: a 差评, which asks a reason and gets a follow-up (整改) at the county
REASONS = ("等候时间太长", "工作人员态度不好", "办事流程复杂", "问题没有解决", "设备不好用")
REASON_LIMIT = 100
SERVICES = {"request": "依申请公开", "consultation": "现场咨询", "zone": "公开专区"}
CHANNELS = {"counter": "窗口", "kiosk": "查询机"}


def is_bad(score: int) -> bool:
    return score <= BAD


def rate(db: sqlite_utils.Database, clock: Clock, score: int, reason: str = "", *, service: str,
         channel: str, request_number: str = "") -> str:
    """Save one rating; its uuid. A 差评 needs a reason; a better one keeps none."""
    if score not in LEVEL_LABELS:
        raise ValidationError("请选择评价等级")
    if service not in SERVICES or channel not in CHANNELS:
        raise AssertionError(f"rating of service {service!r} at {channel!r}")
    reason = bounded(reason, REASON_LIMIT, "原因") if is_bad(score) else ""
    if is_bad(score) and not reason:
        raise ValidationError("请选择或填写不满意的原因")
    ref = uuid_mod.uuid4().hex
    with db.atomic():
        db.execute(
            "INSERT INTO ratings (uuid, rated_at, score, reason, service, channel, request_number) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [ref, iso_now(clock), score, reason, service, channel, request_number],
        )
    return ref


def counts(db: sqlite_utils.Database, year: int | None = None) -> dict[int, int]:
    """{score: ratings} of this kiosk (of one year), every level present."""
    where, params = ("WHERE substr(rated_at, 1, 4) = ?", [str(year)]) if year else ("", [])
    found = dict(db.execute(f"SELECT score, count(*) FROM ratings {where} GROUP BY score", params).fetchall())
    return {score: found.get(score, 0) for score, _ in LEVELS}
