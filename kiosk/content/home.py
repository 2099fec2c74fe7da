"""What the home screen says: the township, today's date, how fresh the data is, urgent notices."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from kiosk.clock import Clock, today
from kiosk.content.notices import urgent_notices
from kiosk.formatting import date_time, long_date
from kiosk.store import sync_state_repo, township_repo

# sync_state keys written by sync and read here.
CONTENT_UPDATED_AT = "content_updated_at"  # ISO timestamp: when the content last changed
BUNDLE_EXPIRES_AT = "bundle_expires_at"  # ISO timestamp: expiry of the last applied bundle


@dataclass(frozen=True)
class UrgentNotice:
    id: int
    title: str


@dataclass(frozen=True)
class HomeSummary:
    township_name: str
    today_text: str
    updated_text: str
    urgent: tuple[UrgentNotice, ...]  # current urgent notices, newest first: the banner
    stale: bool  # the last bundle has expired: show 「数据可能已过期」 (the freeze warning)
    updated_when: str = ""  # when the content last changed, formatted in `locale` ("" before the first sync)

    @property
    def urgent_titles(self) -> list[str]:
        return [notice.title for notice in self.urgent]


def home_summary(db: sqlite_utils.Database, clock: Clock, locale: str = "zh_CN") -> HomeSummary:
    """`locale` "en" formats the date and the footer in English (the English screens)."""
    township = township_repo.get_township(db)
    day = today(clock)
    updated = sync_state_repo.get(db, CONTENT_UPDATED_AT)
    english = locale.startswith("en")
    if updated:
        # A bundle stamped by a county clock running ahead must not read as updated in the future.
        when = date_time(min(dt.datetime.fromisoformat(updated), clock.now()), locale)
        updated_text = f"Data updated {when}" if english else f"数据更新于 {when}"
    else:
        updated_text = "Not synchronised yet" if english else "数据尚未同步"
    expires = sync_state_repo.get(db, BUNDLE_EXPIRES_AT)
    stale = bool(expires) and dt.datetime.fromisoformat(expires) < clock.now()
    return HomeSummary(
        township_name=township["name"] if township else "政务公开专区",
        today_text=long_date(day, locale),
        updated_text=updated_text,
        urgent=tuple(UrgentNotice(n["id"], n["title"]) for n in urgent_notices(db, clock)),
        stale=stale,
        updated_when=date_time(dt.datetime.fromisoformat(updated), locale) if updated else "",
    )
