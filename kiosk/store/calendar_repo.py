"""The statutory holiday calendar: which years are covered, and their exceptional days."""

from __future__ import annotations

import sqlite_utils


def save_year(db: sqlite_utils.Database, year: int, source: str, imported_at: str,
              days: list[tuple[str, str, str]]) -> None:
    """Replace one year's exceptional days. `days` holds (iso_day, 'holiday'|'workday', name)."""
    with db.atomic():
        db.execute("DELETE FROM calendar_days WHERE day LIKE ?", [f"{year:04d}-%"])
        db.conn.executemany("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?)", days)
        db.execute(
            "INSERT OR REPLACE INTO calendar_years (year, source, imported_at) VALUES (?, ?, ?)",
            [year, source, imported_at],
        )


def covered_years(db: sqlite_utils.Database) -> set[int]:
    return {r[0] for r in db.execute("SELECT year FROM calendar_years")}


def exceptional_days(db: sqlite_utils.Database) -> dict[str, str]:
    """{iso_day: 'holiday'|'workday'} for every covered year."""
    return dict(db.execute("SELECT day, kind FROM calendar_days").fetchall())
