"""Policies and their interpretations, with the body split into headings (一、（一）1.) and paragraphs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlite_utils

from kiosk.errors import NotFound
from kiosk.formatting import LOCALE, medium_date
from kiosk.store import policies_repo

# Chinese official-document outline levels: 一、 / （一） / 1.  (GB/T 9704 practice).
HEADING_PATTERNS = (
    (1, re.compile(r"^[一二三四五六七八九十百]+、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十百]+[）)]")),
    (3, re.compile(r"^\d+[.．、]")),
)


@dataclass(frozen=True)
class Block:
    level: int  # 0 = paragraph, 1..3 = heading levels
    text: str


@dataclass(frozen=True)
class PolicyPage:
    id: int
    kind: str  # 'policy' | 'interpretation'
    title: str
    meta: list[tuple[str, str]]
    blocks: list[Block]
    body: str
    linked_id: int | None  # the interpretation of a policy, or the policy an interpretation explains
    linked_title: str
    path: str


def split_blocks(body: str) -> list[Block]:
    """One block per non-empty line. A heading is a short line that starts with an outline marker;
    a long line that starts like 1. is still a numbered heading (it is how these documents read)."""
    blocks = []
    for line in body.splitlines():
        text = line.strip()
        if not text:
            continue
        level = next((lvl for lvl, pattern in HEADING_PATTERNS if pattern.match(text)), 0)
        blocks.append(Block(level, text))
    return blocks


POLICY_META = ("发文机关", "文号", "发布日期")  # a policy's facts, in this order


def published(db: sqlite_utils.Database) -> list[dict]:
    rows = policies_repo.list_published(db)
    return [{**r, "date_text": medium_date(dt.date.fromisoformat(r["published_on"]))} for r in rows]


def policy_page(db: sqlite_utils.Database, policy_id: int, locale: str = LOCALE) -> PolicyPage:
    row = policies_repo.get_policy(db, policy_id)
    if row is None:
        raise NotFound(f"政策文件不存在: {policy_id}")
    if row["kind"] == "interpretation":
        linked_id = row["interprets_id"]
    else:
        linked_id = policies_repo.interpretation_of(db, policy_id)
    linked = policies_repo.get_policy(db, linked_id) if linked_id else None
    values = (row["issuer"], row["doc_number"], medium_date(dt.date.fromisoformat(row["published_on"]), locale))
    meta = list(zip(POLICY_META, values, strict=True))
    return PolicyPage(
        id=policy_id,
        kind=row["kind"],
        title=row["title"],
        meta=[(k, v) for k, v in meta if v],
        blocks=split_blocks(row["body"]),
        body=row["body"],
        linked_id=linked["id"] if linked else None,
        linked_title=linked["title"] if linked else "",
        path=f"policy/{policy_id}.html",
    )
