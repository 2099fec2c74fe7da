"""The demo township's resident voice (issue 26): half a year of 好差评 with one 差评 (its follow-up is
the county demo's), a few 留言 and 现场咨询 with their topics, and comments on the open draft."""

from __future__ import annotations

import datetime as dt
import random
import uuid

import sqlite_utils

from kiosk.store.db import insert_rows

BAD = (2, "等候时间太长")


def add_voice(db: sqlite_utils.Database, as_of: dt.date, rng: random.Random) -> None:
    def ref() -> str:
        return uuid.UUID(int=rng.getrandbits(128)).hex

    def at(days_ago: int, hour: int = 10) -> str:
        return f"{(as_of - dt.timedelta(days=days_ago)).isoformat()}T{hour:02d}:{rng.randrange(60):02d}:00+08:00"

    ratings = []
    for i in range(36):
        score = rng.choices((5, 4, 3), weights=(6, 3, 1))[0]
        service, channel = rng.choice((("request", "counter"), ("consultation", "counter"), ("zone", "kiosk")))
        ratings.append((ref(), at(5 * i + 1), score, "", service, channel, ""))
    ratings.append((ref(), at(12, 15), BAD[0], BAD[1], "consultation", "counter", ""))
    insert_rows(db, "ratings", ("uuid", "rated_at", "score", "reason", "service", "channel", "request_number"),
                ratings)
    asked = [
        (ref(), at(3), "kiosk", "社会保障", "在外地打工，城乡居民养老保险能在手机上交吗？", "", "", ""),
        (ref(), at(9), "kiosk", "村务公开", "村里修路的钱是怎么花的，哪里能看到明细？", "", "", ""),
        (ref(), at(2, 9), "counter", "户籍证件", "孩子在外地出生，户口怎么上？", "", "带出生医学证明、父母身份证和户口簿、结婚证到镇派出所办理。", "lihong"),
        (ref(), at(6, 11), "counter", "惠农补贴", "耕地地力保护补贴今年标准是多少？", "", "按县里公布的标准每亩发放，名单在本机补贴查询里可以查。", "lihong"),
        (ref(), at(20, 14), "counter", "社会保障", "医保断缴了还能补吗？", "", "居民医保在集中缴费期外可以到镇社保所咨询补缴办法。", "lihong"),
    ]
    insert_rows(db, "questions", ("uuid", "asked_at", "channel", "topic", "text", "phone", "counter_answer", "clerk"),
                asked)
    comments = [
        (ref(), 1, "东岭村村规民约（修订草案）", at(4), "红白喜事宴席十桌还是太多，建议不超过八桌。", "", ""),
        (ref(), 1, "东岭村村规民约（修订草案）", at(2), "河道垃圾要有专人定期巡查。", "", ""),
    ]
    insert_rows(db, "draft_comments", ("uuid", "draft_id", "draft_title", "commented_at", "text", "name", "phone"),
                comments)
    # Queued by their triggers at the wall clock's time; the same seed gives the same database.
    db.execute("UPDATE outbox SET queued_at = ? WHERE kind IN ('rating', 'question', 'comment')",
               [f"{as_of.isoformat()}T00:00:00Z"])
