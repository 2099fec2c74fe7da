"""简明问答: the county's published answers to residents' questions (bundle table `faq`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from kiosk.errors import NotFound
from kiosk.formatting import medium_date


@dataclass(frozen=True)
class FaqPage:
    id: int
    topic: str
    question: str
    answer: str
    date_text: str


def entries(db: sqlite_utils.Database) -> list[dict]:
    """Every entry, by topic then newest first."""
    rows = db.execute("SELECT id, topic, question, published_on FROM faq ORDER BY topic, published_on DESC, id DESC")
    return [{"id": r[0], "topic": r[1], "question": r[2], "date_text": medium_date(dt.date.fromisoformat(r[3]))}
            for r in rows.fetchall()]


def faq_page(db: sqlite_utils.Database, faq_id: int) -> FaqPage:
    row = db.execute("SELECT id, topic, question, answer, published_on FROM faq WHERE id = ?", [faq_id]).fetchone()
    if row is None:
        raise NotFound(f"简明问答不存在: {faq_id}")
    return FaqPage(row[0], row[1], row[2], row[3], medium_date(dt.date.fromisoformat(row[4])))
