"""Subsidy payout rosters (惠民惠农补贴发放名单) from .xlsx or .csv.

`read_roster` only reads and validates (the county publisher reuses it); `import_roster` writes.
A full ID number is accepted but only its last four characters leave this module: the kiosk
never stores, prints or reports a whole ID number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.clock import Clock
from kiosk.content.columns import ROSTER_COLUMNS
from kiosk.errors import RowsRejected
from kiosk.imports.report import ImportReport
from kiosk.imports.spreadsheet import RowError, is_blank, parse_date, read_table, text_of
from kiosk.requests.identity import resident_id_check_char
from kiosk.store import import_repo
from kiosk.trust import audit

REQUIRED = ("village", "recipient_name", "id_number", "subsidy_item", "amount_yuan", "paid_on")
MAX_AMOUNT_YUAN = Decimal("1000000")
_ID_SEPARATORS = re.compile(r"[\s-]")
_FULL_ID = re.compile(r"\d{17}[\dX]")
_SHORT_ID = re.compile(r"\d{15}|\d{3}[\dX]")
_MASKED_ID = re.compile(r"[\d*]+\d{3}[\dX]")
_AMOUNT = re.compile(r"[0-9]{1,9}(\.[0-9]{1,2})?")
_NUMBERISH = re.compile(r"[0-9]{1,12}\.[0-9]{3,}")
_AMOUNT_NOISE = re.compile(r"[\s,，元¥￥]")


@dataclass(frozen=True)
class RosterRow:
    row: int
    village: str
    group_name: str
    recipient_name: str
    id_last4: str
    subsidy_item: str
    year: int
    period: str
    amount_fen: int
    paid_on: str   # ISO date


class BadValue(ValueError):
    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column


def id_last4(value: Any) -> str:
    """The last four characters of an ID number, an ID fragment or a masked ID; never the whole."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = text_of(value)
        if len(digits) >= 16:
            raise ValueError("身份证号被表格存成了数字，末几位已经丢失；请把这一列设为“文本”格式后重新填写")
        value = digits
    text = _ID_SEPARATORS.sub("", text_of(value)).upper()
    if _FULL_ID.fullmatch(text):
        if resident_id_check_char(text[:17]) != text[17]:
            raise ValueError("身份证号校验位不对，请核对")
        return text[-4:]
    if _SHORT_ID.fullmatch(text):
        return text[-4:]
    if len(text) in (15, 18) and "*" in text and _MASKED_ID.fullmatch(text):
        return text[-4:]
    raise ValueError("应为18位身份证号或其后四位（如 123X）")


def amount_fen(value: Any) -> int:
    """元 with at most two decimals -> integer 分. Decimal throughout, never float arithmetic."""
    if isinstance(value, bool):
        raise ValueError("金额应为数字")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("金额不是数字")
        value = repr(value)  # the shortest text that reads back as this float: what Excel showed
    text = _AMOUNT_NOISE.sub("", text_of(value))
    if len(text) > 20 or not _AMOUNT.fullmatch(text):
        if len(text) <= 20 and text.startswith("-") and _AMOUNT.fullmatch(text[1:]):
            raise ValueError("金额不能为负数")
        if len(text) <= 20 and _NUMBERISH.fullmatch(text):
            raise ValueError(f"金额 {text} 超过两位小数（最小单位是分）")
        raise ValueError("金额不是数字（应写成如 1234.50，最多两位小数）")
    amount = Decimal(text)
    if amount <= 0:
        raise ValueError("金额应大于 0")
    if amount > MAX_AMOUNT_YUAN:
        raise ValueError(f"金额 {text} 元过大，请核对")
    return int(amount * 100)


def _year(value: Any, paid_on: dt.date) -> int:
    if is_blank(value):
        return paid_on.year
    text = text_of(value).removesuffix("年度").removesuffix("年")
    if not re.fullmatch(r"\d{4}", text) or not 2000 <= int(text) <= 2100:
        raise ValueError(f"年度“{text_of(value)}”应为四位年份")
    return int(text)


def _row(number: int, cells: dict[str, Any], villages: Collection[str] | None, today: dt.date | None) -> RosterRow:
    def required(field: str, label: str) -> str:
        text = text_of(cells.get(field))
        if not text:
            raise BadValue(label, "不能为空")
        return text

    village = required("village", "村(社区)")
    if villages is not None and village not in villages:
        raise BadValue("村(社区)", f"“{village}”不是本镇的村(社区)")
    name = required("recipient_name", "姓名")
    if re.search(r"\d", name) or len(name) > 20:
        raise BadValue("姓名", "姓名里不应有数字，且不超过20个字")
    try:
        last4 = id_last4(cells.get("id_number"))
    except ValueError as exc:
        raise BadValue("身份证号", str(exc)) from exc
    item = required("subsidy_item", "补贴项目")
    if is_blank(cells.get("amount_yuan")):
        raise BadValue("金额(元)", "不能为空")
    try:
        fen = amount_fen(cells["amount_yuan"])
    except ValueError as exc:
        raise BadValue("金额(元)", str(exc)) from exc
    if is_blank(cells.get("paid_on")):
        raise BadValue("发放日期", "不能为空")
    try:
        paid = parse_date(cells["paid_on"])
    except ValueError as exc:
        raise BadValue("发放日期", str(exc)) from exc
    if today and paid > today:
        raise BadValue("发放日期", f"{paid.isoformat()} 还没到，不能是将来的日期")
    try:
        year = _year(cells.get("year"), paid)
    except ValueError as exc:
        raise BadValue("年度", str(exc)) from exc
    period = text_of(cells.get("period")) or f"{paid.year}年{paid.month:02d}月"
    return RosterRow(number, village, text_of(cells.get("group_name")), name, last4, item, year, period, fen,
                     paid.isoformat())


def read_roster(path: str | Path, *, villages: Collection[str] | None = None,
                today: dt.date | None = None) -> tuple[list[RosterRow], list[RowError]]:
    """Read and check a roster; no database access. `villages`: the names allowed (None: any).

    Raises ValidationError when the file cannot be read or a required column is missing; bad rows
    come back as RowError, each with its spreadsheet row number and the reason.
    """
    table = read_table(path, ROSTER_COLUMNS, REQUIRED)
    rows, errors, seen = [], [], {}
    for number, cells in table.rows:
        try:
            row = _row(number, cells, villages, today)
        except BadValue as exc:
            errors.append(RowError(number, str(exc), exc.column))
            continue
        key = (row.village, row.recipient_name, row.id_last4, row.subsidy_item, row.period)
        if key in seen:
            errors.append(RowError(number, f"与第{seen[key]}行重复（同一人、同一项目、同一期）"))
            continue
        seen[key] = number
        rows.append(row)
    return rows, errors


def save_roster(db: sqlite_utils.Database, rows: list[RosterRow]) -> tuple[int, int, int]:
    """Write validated rows; a village's earlier rows for the same item and period are replaced.

    Returns (inserted, replaced, subsidy items created). Call inside a transaction.
    """
    villages = import_repo.village_ids(db)
    items = import_repo.subsidy_item_ids(db)
    created = 0
    for name in dict.fromkeys(r.subsidy_item for r in rows):
        if name not in items:
            items[name] = import_repo.insert_subsidy_item(db, name)
            created += 1
    replaced = 0
    for village, item, period in dict.fromkeys((r.village, r.subsidy_item, r.period) for r in rows):
        replaced += import_repo.delete_payouts(db, villages[village], items[item], period)
    payload = [
        (villages[r.village], r.group_name, r.recipient_name, r.id_last4, items[r.subsidy_item], r.year, r.period,
         r.amount_fen, r.paid_on)
        for r in rows
    ]
    return import_repo.insert_payouts(db, payload), replaced, created


def import_roster(db: sqlite_utils.Database, path: str | Path, *, clock: Clock, actor: str,
                  skip_bad: bool = False, today: dt.date | None = None) -> ImportReport:
    """Read, check and write one roster in one transaction; all or nothing unless skip_bad."""
    path = Path(path)
    rows, errors = read_roster(path, villages=set(import_repo.village_ids(db)), today=today)
    if errors and not skip_bad:
        raise RowsRejected(path.name, errors, len(rows))
    report = ImportReport(file=path.name, skipped=errors)
    with db.atomic():
        report.imported, report.replaced, created = save_roster(db, rows)
        if created:
            report.created["subsidy_items"] = created
        audit.record(db, clock, actor, "import.roster",
                     {"file": path.name, "rows": report.imported, "replaced": report.replaced,
                      "skipped": len(errors)})
    return report
