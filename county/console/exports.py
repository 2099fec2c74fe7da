"""Tables out of the console as CSV (UTF-8 with BOM, so Excel opens it in Chinese) or XLSX.
Cells are plain text; a cell a spreadsheet would run as a formula is quoted with a leading '.
A character an XLSX file cannot hold (most control characters, U+FFFE/U+FFFF, lone surrogates) is
written as a visible marker naming it (kiosk/reports/cell_text.flag): flagged, never dropped, never a failed export."""

from __future__ import annotations

import csv
import io

from kiosk.reports.cell_text import flag

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def as_csv(headers: list[str], rows: list[list]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def as_xlsx(title: str, headers: list[str], rows: list[list]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = title[:31]
    sheet.append([flag(str(h)) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([flag(_cell(v)) for v in row])
    for index, header in enumerate(headers, start=1):
        widest = max([len(str(header))] + [len(str(r[index - 1] or "")) for r in rows[:500]])
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(60, 4 + widest * 1.6)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def table(fmt: str, title: str, headers: list[str], rows: list[list]) -> bytes:
    return as_xlsx(title, headers, rows) if fmt == "xlsx" else as_csv(headers, rows)
