"""Statutory holiday calendars as data files, one per year.

A calendar file is JSON: {"year", "source", "holidays": [{"name", "from", "to", "workdays": [...]}]}.
The State Council publishes each year's schedule in November; it arrives by sync or by
`gongkai calendar import FILE`. Days not listed follow Mon-Fri work, Sat-Sun rest.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils

from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError
from kiosk.paths import resources_dir
from kiosk.store import calendar_repo


def parse_calendar(data: dict) -> tuple[int, str, list[tuple[str, str, str]]]:
    """Check a calendar document and expand it to (day, kind, name) rows."""
    try:
        year = int(data["year"])
        source = str(data["source"]).strip()
        holidays = data["holidays"]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"日历文件缺少字段或格式错误: {exc}") from exc
    if not source:
        raise ValidationError("日历文件必须注明来源（国务院办公厅通知）")
    days: dict[str, tuple[str, str]] = {}
    for holiday in holidays:
        try:
            name = str(holiday["name"])
            start = dt.date.fromisoformat(holiday["from"])
            end = dt.date.fromisoformat(holiday["to"])
            workdays = [dt.date.fromisoformat(d) for d in holiday.get("workdays", [])]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(f"假期条目格式错误: {holiday!r} ({exc})") from exc
        if end < start or (end - start).days > 15:
            raise ValidationError(f"{name}: 放假日期范围不合理 ({start} 至 {end})")
        day = start
        while day <= end:
            days[day.isoformat()] = ("holiday", name)
            day += dt.timedelta(days=1)
        for workday in workdays:
            if workday.weekday() < 5:
                raise ValidationError(f"{name}: 调休上班日 {workday} 不是周末")
            days[workday.isoformat()] = ("workday", f"{name}调休")
    for iso in days:
        if not iso.startswith(f"{year:04d}-"):
            raise ValidationError(f"日期 {iso} 不在 {year} 年内")
    return year, source, sorted((d, kind, name) for d, (kind, name) in days.items())


def import_calendar(db: sqlite_utils.Database, path: str | Path, clock: Clock) -> int:
    """Load one calendar file into the database; returns its year. Nothing changes on error."""
    from kiosk.trust.safe_json import load_file

    path = Path(path)
    if not path.exists():
        raise ValidationError(f"日历文件不存在: {path}")
    data = load_file(path, f"日历文件 {path.name} ")
    if not isinstance(data, dict):
        raise ValidationError(f"日历文件 {path.name} 应为一个 JSON 对象")
    year, source, days = parse_calendar(data)
    calendar_repo.save_year(db, year, source, iso_now(clock), days)
    return year


def install_shipped_calendars(db: sqlite_utils.Database, clock: Clock) -> list[int]:
    """Load every calendar shipped in resources/calendar (the official ones we know)."""
    return [import_calendar(db, p, clock) for p in sorted((resources_dir() / "calendar").glob("*.json"))]
