"""Writes for `gongkai import`: policies from cleaned texts, payout rosters, the standard catalogue.

Callers wrap each import in one `db.atomic()`; these functions never commit on their own.
"""

from __future__ import annotations

import json

import sqlite_utils

from kiosk.store.db import insert_rows

PAYOUT_COLUMNS = (
    "village_id", "group_name", "recipient_name", "id_last4", "subsidy_item_id", "year", "period", "amount_fen",
    "paid_on",
)
ITEM_FIELDS = ("seq", "content", "basis", "time_limit", "subject", "channels", "audience", "method", "level")


# --- policies -------------------------------------------------------------------------------

def insert_policy(db: sqlite_utils.Database, row: dict) -> int:
    cursor = db.execute(
        """INSERT INTO policies (kind, interprets_id, title, doc_number, issuer, published_on, body, source_url,
                                 status, flags)
           VALUES (:kind, :interprets_id, :title, :doc_number, :issuer, :published_on, :body, :source_url,
                   :status, :flags)""",
        {**row, "flags": json.dumps(row.get("flags", []), ensure_ascii=False)},
    )
    return cursor.lastrowid


def update_policy(db: sqlite_utils.Database, policy_id: int, row: dict) -> None:
    db.execute(
        """UPDATE policies SET kind = :kind, interprets_id = :interprets_id, title = :title,
               doc_number = :doc_number, issuer = :issuer, published_on = :published_on, body = :body,
               source_url = :source_url, status = :status, flags = :flags
           WHERE id = :id""",
        {**row, "id": policy_id, "flags": json.dumps(row.get("flags", []), ensure_ascii=False)},
    )


def find_policy(db: sqlite_utils.Database, title: str, kind: str, published_on: str | None = None) -> int | None:
    """The newest policy of `kind` with exactly this title (and date, when given)."""
    sql = "SELECT id FROM policies WHERE title = ? AND kind = ?"
    params: list = [title, kind]
    if published_on:
        sql += " AND published_on = ?"
        params.append(published_on)
    row = db.execute(sql + " ORDER BY published_on DESC, id DESC LIMIT 1", params).fetchone()
    return row[0] if row else None


def policy_summary(db: sqlite_utils.Database, policy_id: int) -> dict | None:
    row = db.execute(
        "SELECT id, kind, interprets_id, title, published_on, status, flags FROM policies WHERE id = ?", [policy_id]
    ).fetchone()
    if not row:
        return None
    keys = ("id", "kind", "interprets_id", "title", "published_on", "status", "flags")
    summary = dict(zip(keys, row, strict=True))
    summary["flags"] = json.loads(summary["flags"] or "[]")
    return summary


def policies_in_review(db: sqlite_utils.Database) -> list[dict]:
    ids = [r[0] for r in db.execute("SELECT id FROM policies WHERE status = 'review' ORDER BY id").fetchall()]
    return [policy_summary(db, i) for i in ids]


def link_waiting_interpretations(db: sqlite_utils.Database, policy_id: int, title: str) -> list[int]:
    """Interpretations imported earlier that name 《title》 but found nothing then: link them now."""
    named = f"《{title}》"
    ids = [r[0] for r in db.execute(
        """SELECT id FROM policies WHERE kind = 'interpretation' AND interprets_id IS NULL
           AND (instr(title, :named) > 0 OR instr(body, :named) > 0) ORDER BY id""",
        {"named": named},
    ).fetchall()]
    for interpretation_id in ids:
        db.execute("UPDATE policies SET interprets_id = ? WHERE id = ?", [policy_id, interpretation_id])
    return ids


def set_policy_status(db: sqlite_utils.Database, policy_id: int, status: str) -> None:
    db.execute("UPDATE policies SET status = ? WHERE id = ?", [status, policy_id])


# --- rosters --------------------------------------------------------------------------------

def village_ids(db: sqlite_utils.Database) -> dict[str, int]:
    return {name: vid for vid, name in db.execute("SELECT id, name FROM villages").fetchall()}


def subsidy_item_ids(db: sqlite_utils.Database) -> dict[str, int]:
    return {name: iid for iid, name in db.execute("SELECT id, name FROM subsidy_items").fetchall()}


def insert_subsidy_item(db: sqlite_utils.Database, name: str) -> int:
    return db.execute("INSERT INTO subsidy_items (name) VALUES (?)", [name]).lastrowid


def delete_payouts(db: sqlite_utils.Database, village_id: int, subsidy_item_id: int, period: str) -> int:
    """Remove one village's payouts of one item and period (a re-sent roster replaces them)."""
    return db.execute(
        "DELETE FROM payouts WHERE village_id = ? AND subsidy_item_id = ? AND period = ?",
        [village_id, subsidy_item_id, period],
    ).rowcount


def insert_payouts(db: sqlite_utils.Database, rows: list[tuple]) -> int:
    return insert_rows(db, "payouts", PAYOUT_COLUMNS, rows)


# --- standard catalogue ---------------------------------------------------------------------

def domain_ids(db: sqlite_utils.Database) -> dict[str, int]:
    return {name: did for did, name in db.execute("SELECT id, name FROM catalogue_domains").fetchall()}


def insert_domain(db: sqlite_utils.Database, name: str) -> int:
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM catalogue_domains").fetchone()[0]
    return db.execute("INSERT INTO catalogue_domains (seq, name) VALUES (?, ?)", [seq, name]).lastrowid


def upsert_catalogue_item(db: sqlite_utils.Database, domain_id: int, level1: str, level2: str,
                          values: dict) -> tuple[int, bool]:
    """Insert or update the item (domain, 一级事项, 二级事项); returns (id, created)."""
    row = db.execute(
        "SELECT id FROM catalogue_items WHERE domain_id = ? AND level1 = ? AND level2 = ?", [domain_id, level1, level2]
    ).fetchone()
    params = {k: values[k] for k in ITEM_FIELDS}
    if row:
        sets = ", ".join(f"{k} = :{k}" for k in ITEM_FIELDS)
        db.execute(f"UPDATE catalogue_items SET {sets} WHERE id = :id", {**params, "id": row[0]})
        return row[0], False
    columns = ("domain_id", "level1", "level2", *ITEM_FIELDS)
    cursor = db.execute(
        f"INSERT INTO catalogue_items ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})",
        {**params, "domain_id": domain_id, "level1": level1, "level2": level2},
    )
    return cursor.lastrowid, True
