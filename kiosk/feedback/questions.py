"""Questions: 留言 left by a resident at the kiosk, and 现场咨询 a clerk records at the counter.

Each has a topic from a short list and bounded text (refused if it looks like an ID or phone number:
a question may become a public 简明问答). An optional phone number is only for a reply by call: it
goes to the county's staff and is never shown on a resident screen nor published. A 现场咨询 keeps
the answer the clerk gave on the spot: the counter's 现场咨询解答 log, counted by topic for the
annual report. Saved in one transaction; a trigger queues it for the county (kind `question`).
"""

from __future__ import annotations

import uuid as uuid_mod

import sqlite_utils

from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError
from kiosk.feedback.text import bounded
from kiosk.requests import identity

TOPICS = ("社会保障", "惠农补贴", "户籍证件", "土地房屋", "医疗卫生", "教育就学", "民政救助", "村务公开", "其他")
QUESTION_LIMIT = 300
ANSWER_LIMIT = 500
CHANNELS = {"kiosk": "查询机留言", "counter": "现场咨询"}


def _topic(topic: str) -> str:
    if topic not in TOPICS:
        raise ValidationError("请选择问题类别")
    return topic


def _phone(phone: str) -> str:
    phone = (phone or "").strip()
    if not phone:
        return ""
    try:
        return identity.check_phone(phone)
    except ValidationError:
        raise ValidationError("回电号码格式不正确（手机 11 位，或带区号的固定电话）") from None


def ask(db: sqlite_utils.Database, clock: Clock, topic: str, text: str, phone: str = "") -> str:
    """A resident's question at the kiosk; its uuid."""
    return _save(db, clock, "kiosk", _topic(topic), bounded(text, QUESTION_LIMIT, "问题", required=True),
                 _phone(phone), "", "")


def record_consultation(db: sqlite_utils.Database, clock: Clock, clerk: str, topic: str, text: str,
                        answer: str, phone: str = "") -> str:
    """A 现场咨询 the clerk answered at the counter (the log entry); its uuid."""
    return _save(db, clock, "counter", _topic(topic), bounded(text, QUESTION_LIMIT, "咨询内容", required=True),
                 _phone(phone), bounded(answer, ANSWER_LIMIT, "现场解答", required=True), clerk)


def _save(db, clock, channel: str, topic: str, text: str, phone: str, answer: str, clerk: str) -> str:
    ref = uuid_mod.uuid4().hex
    with db.atomic():
        db.execute(
            "INSERT INTO questions (uuid, asked_at, channel, topic, text, phone, counter_answer, clerk) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [ref, iso_now(clock), channel, topic, text, phone, answer, clerk],
        )
    return ref


def consultation_log(db: sqlite_utils.Database, year: int) -> dict[str, int]:
    """现场咨询解答 of one year by topic, every topic present (the annual report's figures)."""
    found = dict(db.execute(
        "SELECT topic, count(*) FROM questions WHERE channel = 'counter' AND substr(asked_at, 1, 4) = ? "
        "GROUP BY topic", [str(year)]).fetchall())
    return {t: found.get(t, 0) for t in TOPICS}


def consultations(db: sqlite_utils.Database, limit: int = 200) -> list[dict]:
    """The counter's log, newest first (staff screens and the CLI only)."""
    rows = db.execute(
        "SELECT uuid, asked_at, topic, text, counter_answer, clerk FROM questions WHERE channel = 'counter' "
        "ORDER BY asked_at DESC, rowid DESC LIMIT ?", [limit]).fetchall()
    return [dict(zip(("uuid", "asked_at", "topic", "text", "answer", "clerk"), r, strict=True)) for r in rows]
