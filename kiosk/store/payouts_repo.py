"""Subsidy payouts (惠民惠农补贴“一卡通”): browsing by village, item and year, totals, a person's own rows.

Pages are fetched by keyset (id > last id) so a 10,000-row list never loads at once.
"""

from __future__ import annotations

import sqlite_utils

PAYOUT_COLUMNS = (
    "id", "village_id", "group_name", "recipient_name", "subsidy_item_id", "year", "period", "amount_fen", "paid_on",
)


def items_for_village(db: sqlite_utils.Database, village_id: int) -> list[dict]:
    rows = db.execute(
        """
        SELECT s.id, s.name, s.department, s.standard, count(p.id), coalesce(sum(p.amount_fen), 0)
        FROM subsidy_items s JOIN payouts p ON p.subsidy_item_id = s.id AND p.village_id = ?
        GROUP BY s.id ORDER BY s.name
        """,
        [village_id],
    ).fetchall()
    keys = ("id", "name", "department", "standard", "count", "total_fen")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def years_for(db: sqlite_utils.Database, village_id: int, item_id: int) -> list[dict]:
    rows = db.execute(
        """
        SELECT year, count(*), sum(amount_fen) FROM payouts
        WHERE village_id = ? AND subsidy_item_id = ? GROUP BY year ORDER BY year DESC
        """,
        [village_id, item_id],
    ).fetchall()
    return [dict(year=r[0], count=r[1], total_fen=r[2]) for r in rows]


def totals(db: sqlite_utils.Database, village_id: int, item_id: int | None, year: int) -> tuple[int, int]:
    """(row count, sum in 分) for one village and year, for one item or for all items."""
    sql = "SELECT count(*), coalesce(sum(amount_fen), 0) FROM payouts WHERE village_id = ? AND year = ?"
    params: list = [village_id, year]
    if item_id is not None:
        sql += " AND subsidy_item_id = ?"
        params.append(item_id)
    row = db.execute(sql, params).fetchone()
    return row[0], row[1]


def page(
    db: sqlite_utils.Database, village_id: int, item_id: int, year: int, *, after_id: int = 0, limit: int = 100
) -> list[dict]:
    rows = db.execute(
        f"""
        SELECT {', '.join(PAYOUT_COLUMNS)} FROM payouts
        WHERE village_id = ? AND subsidy_item_id = ? AND year = ? AND id > ?
        ORDER BY id LIMIT ?
        """,
        [village_id, item_id, year, after_id, limit],
    ).fetchall()
    return [dict(zip(PAYOUT_COLUMNS, r, strict=True)) for r in rows]


def for_person(db: sqlite_utils.Database, name: str, id_last4: str, limit: int = 500,
               token: str | None = None) -> list[dict]:
    """Rows imported here (full name + last 4) or published with a lookup token (name masked, no digits)."""
    rows = db.execute(
        """
        SELECT p.id, p.recipient_name, v.name, p.group_name, s.name, p.year, p.period, p.amount_fen, p.paid_on
        FROM payouts p JOIN villages v ON v.id = p.village_id JOIN subsidy_items s ON s.id = p.subsidy_item_id
        WHERE p.id IN (
            SELECT id FROM payouts WHERE recipient_name = ? AND upper(id_last4) = upper(?) AND id_last4 != '****'
            UNION SELECT id FROM payouts WHERE ? IS NOT NULL AND lookup_token = ?
        )
        ORDER BY p.year DESC, p.paid_on DESC, p.id DESC LIMIT ?
        """,
        [name, id_last4, token, token, limit],
    ).fetchall()
    keys = ("id", "recipient_name", "village", "group_name", "item", "year", "period", "amount_fen", "paid_on")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def subsidy_item_name(db: sqlite_utils.Database, item_id: int) -> str | None:
    row = db.execute("SELECT name FROM subsidy_items WHERE id = ?", [item_id]).fetchone()
    return row[0] if row else None


def busiest_selection(db: sqlite_utils.Database) -> tuple[int, int, int] | None:
    """(village, item, year) with the most rows: a representative list for screenshots."""
    row = db.execute(
        """SELECT village_id, subsidy_item_id, year FROM payouts
           GROUP BY village_id, subsidy_item_id, year ORDER BY count(*) DESC LIMIT 1"""
    ).fetchone()
    return (row[0], row[1], row[2]) if row else None
