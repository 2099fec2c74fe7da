"""Subsidy payouts as the public may see them: masked names, ¥ amounts, totals, and a person's own rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

from kiosk.errors import ValidationError
from kiosk.formatting import day_text, money, period_text
from kiosk.masking import mask_name
from kiosk.store import payouts_repo

NAME_PATTERN = re.compile(r"^[\u3400-\u9fff·]{2,20}$")
LAST4_PATTERN = re.compile(r"^[0-9]{3}[0-9Xx]\Z")


@dataclass(frozen=True)
class Totals:
    count: int
    total_fen: int

    @property
    def total_text(self) -> str:
        return money(self.total_fen)


def items_for_village(db: sqlite_utils.Database, village_id: int) -> list[dict]:
    return [{**r, "total_text": money(r["total_fen"])} for r in payouts_repo.items_for_village(db, village_id)]


def years_for(db: sqlite_utils.Database, village_id: int, item_id: int) -> list[dict]:
    return [{**r, "total_text": money(r["total_fen"])} for r in payouts_repo.years_for(db, village_id, item_id)]


def item_totals(db: sqlite_utils.Database, village_id: int, item_id: int, year: int) -> Totals:
    return Totals(*payouts_repo.totals(db, village_id, item_id, year))


def village_totals(db: sqlite_utils.Database, village_id: int, year: int) -> Totals:
    return Totals(*payouts_repo.totals(db, village_id, None, year))


def public_row(row: dict, masking: str) -> dict:
    """The only shape a payout leaves this module in: the name masked, no ID characters at all."""
    return {
        "id": row["id"],
        "name": mask_name(row["recipient_name"], masking),
        "group_name": row.get("group_name", ""),
        "period": row["period"],
        "period_text": period_text(row["period"]),
        "amount_fen": row["amount_fen"],
        "amount_text": money(row["amount_fen"]),
        "paid_on": row["paid_on"],
        "paid_text": day_text(row["paid_on"]),
    }


def payout_page(
    db: sqlite_utils.Database, village_id: int, item_id: int, year: int, masking: str,
    *, after_id: int = 0, limit: int = 100,
) -> list[dict]:
    rows = payouts_repo.page(db, village_id, item_id, year, after_id=after_id, limit=limit)
    return [public_row(r, masking) for r in rows]


def find_my_payouts(db: sqlite_utils.Database, name: str, id_last4: str, masking: str) -> list[dict]:
    """A resident's own payouts by full name + the last 4 ID characters; shown masked all the same."""
    name = re.sub(r"\s+", "", name or "")
    id_last4 = (id_last4 or "").strip()
    if not NAME_PATTERN.match(name):
        raise ValidationError("请输入完整的中文姓名", "name")
    if not LAST4_PATTERN.match(id_last4):
        raise ValidationError("请输入身份证号码的最后4位（数字或X）", "id_last4")
    from kiosk.content.payout_tokens import lookup_token, township_secret

    secret = township_secret()
    token = lookup_token(secret, name, id_last4) if secret else None
    rows = payouts_repo.for_person(db, name, id_last4, token=token)
    return [
        {
            **public_row(r, masking),
            "village": r["village"],
            "item": r["item"],
            "year": r["year"],
        }
        for r in rows
    ]


_MONTH = re.compile(r"^(\d{4})年(\d{1,2})月$")


def this_month(rows: list[dict], today) -> list[str]:
    """For each monthly subsidy among a resident's payouts (find_my_payouts rows), whether this
    month's has been paid: 「高龄津贴：2026年12月尚未发放（最近一次：2026年11月，¥50.00）」."""
    month = f"{today.year}年{today.month}月"
    out: list[str] = []
    by_item: dict[str, list[dict]] = {}
    for row in rows:
        if _MONTH.match(row["period_text"]):
            by_item.setdefault(row["item"], []).append(row)
    for item, paid in by_item.items():
        now = [r for r in paid if r["period_text"] == month]
        if now:
            out.append(f"{item}：{month}已发放 {money(sum(r['amount_fen'] for r in now))}（{now[0]['paid_text']}）")
            continue
        last = max(paid, key=lambda r: tuple(int(x) for x in _MONTH.match(r["period_text"]).groups()))
        out.append(f"{item}：{month}尚未发放（最近一次：{last['period_text']}，{last['amount_text']}）")
    return out
