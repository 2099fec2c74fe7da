"""Reading .xlsx (openpyxl) and .csv tables whose columns are found by their header names.

The header row is found among the first rows (a title row above it is common), extra columns are
ignored, and a missing required column is a clear error. Row numbers are the ones a person sees
in Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.errors import ValidationError

HEADER_SCAN_ROWS = 10
CSV_ENCODINGS = ("utf-8-sig", "gb18030")  # Excel in China saves CSV as GBK


@dataclass(frozen=True)
class RowError:
    """One bad row: its number as shown in the spreadsheet, and why it was refused."""

    row: int
    message: str
    column: str = ""

    def __str__(self) -> str:
        where = f"“{self.column}”列" if self.column else ""
        return f"第{self.row}行：{where}{self.message}"

    def to_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class Table:
    header_row: int
    headers: dict[str, str]                       # field -> the header text found in the file
    rows: list[tuple[int, dict[str, Any]]]        # (row number, field -> raw cell value)


def normalise_header(text: Any) -> str:
    value = re.sub(r"\s+", "", str(text or ""))
    return value.replace("（", "(").replace("）", ")").lower()


MAX_XLSX_BYTES = 64 << 20           # the file itself
MAX_XML_BYTES = 256 << 20           # all its parts, unpacked (a zip bomb is refused before parsing)
MAX_CELL_CHARS = 32767              # Excel's own limit for one cell
MAX_ROWS = 1_000_000


def check_xlsx_archive(path: Path) -> None:
    """Refuse an .xlsx that is not a sane zip of XML: too big unpacked, or XML with a DTD (entity bombs)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if sum(m.file_size for m in members) > MAX_XML_BYTES:
                raise ValidationError(f"{path.name} 解压后太大，拒绝读取（可能是恶意文件）")
            for member in members:
                if not member.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                with archive.open(member) as part:
                    head = part.read(MAX_XML_BYTES)
                if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                    raise ValidationError(f"{path.name} 含有 XML 文档类型定义（DTD），拒绝读取（可能是恶意文件）")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise ValidationError(f"无法读取表格文件 {path.name}：不是有效的 .xlsx 文件（{type(exc).__name__}）") from None


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    if path.stat().st_size > MAX_XLSX_BYTES:
        raise ValidationError(f"{path.name} 太大（超过 {MAX_XLSX_BYTES >> 20} MB），请拆分后导入")
    check_xlsx_archive(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken file can fail anywhere inside openpyxl
        raise ValidationError(f"无法读取表格文件 {path.name}：不是有效的 .xlsx 文件（{type(exc).__name__}）") from None
    try:
        if not workbook.worksheets:
            raise ValidationError(f"{path.name} 里没有工作表")
        sheet = workbook.worksheets[0]
        # The <dimension> a file declares may be stale (A1:I4 over 10 rows): never trust it.
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise ValidationError(f"{path.name} 超过 {MAX_ROWS} 行，请拆分后导入")
        width = max((len(r) for r in rows), default=0)
        return [r + [None] * (width - len(r)) for r in rows]
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - missing or corrupt sheet XML, shared string out of range …
        raise ValidationError(f"无法读取表格文件 {path.name}：文件已损坏（{type(exc).__name__}）") from None
    finally:
        workbook.close()


def _read_csv(path: Path) -> list[list[Any]]:
    from kiosk.trust.safe_read import read_bounded

    data = read_bounded(path, MAX_XLSX_BYTES, path.name)
    for encoding in CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(f"无法识别 {path.name} 的文字编码（应为 UTF-8 或 GBK）")
    reader = csv.reader(io.StringIO(text))
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        raise ValidationError(f"{path.name} 第{reader.line_num}行无法读取：单元格太长或引号不配对（{exc}）") from None


def check_cell_text(path: Path, number: int, header: str, value: Any) -> None:
    """Refuse a cell with control or invisible characters, or longer than Excel allows."""
    from kiosk.trust.text_safety import unsafe_reason

    if not isinstance(value, str):
        return
    if len(value) > MAX_CELL_CHARS:
        raise ValidationError(f"{path.name} 第{number}行“{header}”列太长（超过 {MAX_CELL_CHARS} 个字）")
    reason = unsafe_reason(value, allow_newlines=True)
    if reason:
        raise ValidationError(f"{path.name} 第{number}行“{header}”列{reason}，请清理后再导入")


def read_cells(path: str | Path) -> list[list[Any]]:
    from kiosk.trust.safe_read import is_regular

    path = Path(path)
    if not path.exists():
        raise ValidationError(f"找不到文件：{path}")
    if not is_regular(path):
        raise ValidationError(f"{path.name} 不是普通文件，拒绝读取")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix == ".csv":
        return _read_csv(path)
    raise ValidationError(f"不支持的表格格式 {suffix or '（无扩展名）'}：请另存为 .xlsx 或 .csv")


def _match_headers(cells: list[Any], lookup: dict[str, str]) -> tuple[dict[str, int], list[str]]:
    """Fields found in one header row -> column index; and conflicts (two columns, one field)."""
    found: dict[str, int] = {}
    conflicts = []
    for index, cell in enumerate(cells):
        field = lookup.get(normalise_header(cell))
        if not field:
            continue
        if field in found:
            conflicts.append(field)
        else:
            found[field] = index
    return found, conflicts


def read_table(path: str | Path, layout: dict[str, tuple[str, ...]], required: tuple[str, ...]) -> Table:
    """Find the header row, map the columns and return the data rows (blank rows skipped)."""
    path = Path(path)
    cells = read_cells(path)
    lookup = {normalise_header(name): field for field, names in layout.items() for name in names}
    header_index, columns, conflicts, header_cells = -1, {}, [], []
    for index, row in enumerate(cells[:HEADER_SCAN_ROWS]):
        candidates = [row]
        if index:  # a two-row header: 公开事项 merged over 一级事项 | 二级事项
            above = cells[index - 1]
            candidates.append([c if not is_blank(c) else (above[i] if i < len(above) else None)
                               for i, c in enumerate(row)])
        for candidate in candidates:
            found, clashes = _match_headers(candidate, lookup)
            if len(found) > len(columns):
                header_index, columns, conflicts, header_cells = index, found, clashes, candidate
    if header_index < 0:
        expected = "、".join(layout[f][0] for f in required)
        raise ValidationError(f"{path.name}：前{HEADER_SCAN_ROWS}行里找不到表头（应包含：{expected}）")
    if conflicts:
        field = conflicts[0]
        names = [str(c).strip() for c in header_cells if lookup.get(normalise_header(c)) == field]
        raise ValidationError(f"{path.name}：表头有多列都表示“{layout[field][0]}”（{'、'.join(names)}），请只保留一列")
    missing = [f for f in required if f not in columns]
    if missing:
        details = "；".join(f"{layout[f][0]}（可写作：{'、'.join(layout[f])}）" for f in missing)
        raise ValidationError(f"{path.name}：缺少必需的列：{details}")
    rows = []
    for offset, row in enumerate(cells[header_index + 1:], start=header_index + 2):
        values = {field: (row[col] if col < len(row) else None) for field, col in columns.items()}
        if all(is_blank(v) for v in values.values()):
            continue
        for field, value in values.items():
            check_cell_text(path, offset, str(header_cells[columns[field]]).strip(), value)
        rows.append((offset, values))
    headers = {field: str(header_cells[col]).strip() for field, col in columns.items()}
    return Table(header_row=header_index + 1, headers=headers, rows=rows)


# --- cell values ----------------------------------------------------------------------------

def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_WHITESPACE = re.compile(r"[\s\u3000]+")
_ODD_WHITESPACE = re.compile(r"\s\s|[^\S ]|\u3000")


def text_of(value: Any) -> str:
    """A cell as trimmed text with single spaces; whole numbers stored as floats lose their '.0'."""
    if value is None:
        return ""
    if not isinstance(value, str):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, dt.datetime):
            value = value.date()
        value = str(value)
    value = value.strip()
    return _WHITESPACE.sub(" ", value) if _ODD_WHITESPACE.search(value) else value


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(value: Any) -> dt.date:
    """A date cell, an ISO/slashed/Chinese date text, or an Excel day number."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = text_of(value).replace(" ", "")
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                break
    raise ValueError(f"日期“{text_of(value)}”无法识别（请写成 2026-05-15）")
