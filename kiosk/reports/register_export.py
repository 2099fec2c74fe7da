"""Export of the request register for the county (登记台账): CSV (UTF-8 with BOM, opens in Excel/WPS) or XLSX.

This export carries full ID and phone numbers: it is for the county's OGI office only, and every
export is written to the audit log by the caller.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import sqlite_utils

from kiosk.reports.cell_text import flag
from kiosk.requests import intake, lifecycle
from kiosk.requests.fees import METHODS
from kiosk.requests.outcomes import outcome_label
from kiosk.store import requests_repo

# (header, function of the stored row)
EXPORT_COLUMNS: tuple[tuple[str, object], ...] = (
    ("申请编号", lambda r: r["number"]),
    ("收到申请日期", lambda r: r["received_on"]),
    ("申请方式", lambda r: intake.enum_label("channel", r["channel"])),
    ("代为填写人", lambda r: r["transcribed_by"] or ""),
    ("申请人类型", lambda r: intake.enum_label("applicant_type", r["applicant_type"])),
    ("组织类别", lambda r: intake.enum_label("organization_kind", r["organization_kind"])),
    ("姓名/名称", lambda r: r["name"]),
    ("证件类型", lambda r: intake.enum_label("id_type", r["id_type"])),
    ("证件号码", lambda r: r["id_number"]),
    ("联系电话", lambda r: r["phone"]),
    ("通讯地址", lambda r: r["address"]),
    ("邮政编码", lambda r: r["postcode"]),
    ("电子邮箱", lambda r: r["email"]),
    ("所需信息描述", lambda r: r["description"]),
    ("文号/索引号", lambda r: r["doc_ref"]),
    ("提供形式", lambda r: intake.enum_label("delivery_form", r["delivery_form"])),
    ("获取方式", lambda r: intake.enum_label("delivery_method", r["delivery_method"])),
    ("办理状态", lambda r: lifecycle.STATUS_LABELS.get(r["status"], r["status"])),
    ("答复期限", lambda r: r["due_on"] or ""),
    ("期限待定(日历未覆盖)", lambda r: "是" if r["due_provisional"] else ""),
    ("办理结果代码", lambda r: r["outcome"] or ""),
    ("办理结果", lambda r: outcome_label(r["outcome"])),
    ("办结日期", lambda r: r["concluded_on"] or ""),
    ("收费方式", lambda r: METHODS.get(r["fee_method"], r["fee_method"])),
    ("收费件数/页数", lambda r: r["fee_units"] or ""),
    ("收费金额(元)", lambda r: f"{r['fee_fen'] / 100:.2f}" if r["fee_fen"] else ""),
    ("乡镇代码", lambda r: r["township_code"]),
    ("终端", lambda r: r["kiosk_id"]),
    ("UUID", lambda r: r["uuid"]),
    ("登记时间", lambda r: r["created_at"]),
)
FORMATS = ("csv", "xlsx")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula (=HYPERLINK(...), +cmd, @SUM) gets a
    leading apostrophe, which Excel and WPS show as plain text (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_rows(db: sqlite_utils.Database, received_from: str | None = None,
                received_to: str | None = None) -> tuple[list[str], list[list]]:
    rows = requests_repo.list_requests(db, None, received_from, received_to)
    headers = [h for h, _ in EXPORT_COLUMNS]
    return headers, [[fn(r) for _, fn in EXPORT_COLUMNS] for r in rows]


def to_csv(headers: list[str], rows: list[list]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([neutralise(h) for h in headers])
    writer.writerows([neutralise(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def write_xlsx(headers: list[str], rows: list[list], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "依申请公开登记"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        # Every text is written as a string cell (openpyxl would turn "=..." into a live formula), and
        # ID numbers and phones stay text, so Excel does not turn them into 3.6243E+17.
        sheet.append([_text_cell(sheet, v) if isinstance(v, str) else v for v in row])
    for column in ("I", "J"):
        for cell in sheet[column]:
            cell.number_format = "@"
    sheet.freeze_panes = "A2"
    book.save(path)


def _text_cell(sheet, value: str):
    from openpyxl.cell.cell import Cell

    cell = Cell(sheet)
    # Set as a string, never parsed as a formula; a character XML cannot hold is shown flagged, not dropped.
    cell._value = flag(value)  # noqa: SLF001
    cell.data_type = "s"
    return cell


def export_requests(db: sqlite_utils.Database, fmt: str, out: Path | None = None,
                    received_from: str | None = None, received_to: str | None = None) -> tuple[int, bytes | None]:
    """Write the register to `out` (xlsx needs a file); returns (rows, CSV bytes when out is None)."""
    headers, rows = export_rows(db, received_from, received_to)
    if fmt == "csv":
        data = to_csv(headers, rows)
        if out is None:
            return len(rows), data
        Path(out).write_bytes(data)
        return len(rows), None
    if fmt == "xlsx":
        if out is None:
            raise ValueError("xlsx needs an output file")
        write_xlsx(headers, rows, Path(out))
        return len(rows), None
    raise ValueError(fmt)
