"""Quick picks for the staff intake form: address groups, years and description suggestions.

Everything here comes from the kiosk's own data and is shown only in the staff area:
- address: after a village (村) comes its villager group; the township data has no group list, so
  1组 … GROUP_CHIPS组 are offered (communities get none);
- description: this year and last year ("2026年"), then, for the words typed so far, item names of
  the township's standard catalogue (基层政务公开标准目录, 一级事项 + 二级事项) and descriptions of
  recent requests at this kiosk; a colloquial word finds the catalogue's official one through the
  search synonym table (低保 → 最低生活保障). A recent description is offered only when it carries no personal
  data: no run of digits or ID-like characters, no e-mail, and none of the names, ID numbers, phones
  or addresses on record.
"""

from __future__ import annotations

import datetime as dt
import re

import sqlite_utils

from kiosk.clock import Clock, today

GROUP_CHIPS = 12
RECENT_DAYS = 730
_YEAR = re.compile(r"^\s*(\d{4}年度?)")
_PERSONAL = re.compile(r"\d{5,}|[0-9Xx]{6,}|@|\d{3,4}-\d{5,}")


def group_chips(count: int = GROUP_CHIPS) -> list[str]:
    return [f"{n}组" for n in range(1, count + 1)]


def year_chips(clock: Clock) -> list[str]:
    year = today(clock).year
    return [f"{year}年", f"{year - 1}年"]


def _catalogue_phrases(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute("SELECT level1, level2 FROM catalogue_items ORDER BY seq, id").fetchall()
    out = []
    for level1, level2 in rows:
        level1, level2 = (level1 or "").strip(), (level2 or "").strip()
        if level1 and level2:
            out.append(level1 + level2 if not level2.startswith(level1) else level2)
    return out


def _recent_descriptions(db: sqlite_utils.Database, clock: Clock) -> list[str]:
    since = (today(clock) - dt.timedelta(days=RECENT_DAYS)).isoformat()
    rows = db.execute(
        "SELECT description FROM requests WHERE received_on >= ? ORDER BY received_on DESC, created_at DESC LIMIT 200",
        [since]).fetchall()
    personal = set()
    for name, id_number, phone, address in db.execute(
            "SELECT name, id_number, phone, address FROM requests").fetchall():
        personal.update(v.strip() for v in (name, id_number, phone, address) if v and len(v.strip()) >= 2)
    out = []
    for (text,) in rows:
        text = " ".join((text or "").split())
        if not text or len(text) > 60 or _PERSONAL.search(text) or any(p in text for p in personal):
            continue
        out.append(text)
    return out


def split_year(text: str) -> tuple[str, str]:
    """"2026年低保" -> ("2026年", "低保"): a year chip stays in front of what a suggestion replaces."""
    m = _YEAR.match(text)
    return (m.group(1), text[m.end():]) if m else ("", text)


def description_suggestions(db: sqlite_utils.Database, clock: Clock, typed: str, limit: int = 6) -> list[str]:
    """Phrases that contain what was typed after the year (at least one character); recent ones first."""
    _year, words = split_year(typed)
    words = words.strip()
    if not words:
        return []
    try:
        from kiosk.search import synonym_table

        official = tuple(w for w in synonym_table(db).expansions(words) if len(w) >= 2)
    except Exception:  # noqa: BLE001 - the synonyms only widen the match; the plain match still works
        official = ()
    seen: set[str] = set()
    out: list[str] = []
    # Recent descriptions match what was typed; catalogue items also match its official names.
    sources = [(phrase, ()) for phrase in _recent_descriptions(db, clock)]
    sources += [(phrase, official) for phrase in _catalogue_phrases(db)]
    for phrase, also in sources:
        _y, body = split_year(phrase)
        body = body.strip()
        hit = words in body or any(w in body for w in also)
        if body and body != words and hit and body not in seen:
            seen.add(body)
            out.append(body)
            if len(out) >= limit:
                break
    return out
