"""The annual figures of the resident's voice at one kiosk (issue 26), beside the annual report:
好差评 by level, 现场咨询解答 by topic, 留言 and comments on drafts received in the year."""

from __future__ import annotations

import sqlite_utils

from kiosk.feedback import questions, ratings


def voice_figures(db: sqlite_utils.Database, year: int) -> dict:
    by_level = ratings.counts(db, year)
    levels = {label: by_level[score] for score, label in ratings.LEVELS}
    bad = sum(n for score, n in by_level.items() if ratings.is_bad(score))
    y = str(year)
    asked = db.execute("SELECT count(*) FROM questions WHERE channel = 'kiosk' AND substr(asked_at, 1, 4) = ?",
                       [y]).fetchone()[0]
    commented = db.execute("SELECT count(*) FROM draft_comments WHERE substr(commented_at, 1, 4) = ?", [y]).fetchone()[0]
    consultations = questions.consultation_log(db, year)
    return {"year": year, "好差评": {**levels, "合计": sum(by_level.values()), "差评": bad},
            "现场咨询解答": {**consultations, "合计": sum(consultations.values())},
            "查询机留言": asked, "草案意见": commented}


def as_lines(figures: dict) -> list[str]:
    rating, counter = figures["好差评"], figures["现场咨询解答"]
    return [
        f"{figures['year']} 年 好差评 {rating['合计']} 条：" + "，".join(f"{k} {v}" for k, v in rating.items()
                                                               if k not in ("合计",)),
        f"现场咨询解答 {counter['合计']} 次：" + ("，".join(f"{k} {v}" for k, v in counter.items()
                                                   if v and k != "合计") or "无"),
        f"查询机留言 {figures['查询机留言']} 条；草案意见 {figures['草案意见']} 条",
    ]
