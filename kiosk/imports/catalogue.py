"""The standard catalogue (基层政务公开标准目录) from .xlsx or .csv, in its usual column layout.

Catalogue sheets merge the 领域 and 一级事项 cells down the rows they cover; a merged cell reads as
empty below its first row, so an empty 领域/一级事项 takes the value from the row above. Items are
matched on (领域, 一级事项, 二级事项): a re-import updates them in place, keeping document links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.clock import Clock
from kiosk.content.columns import CATALOGUE_COLUMNS
from kiosk.errors import RowsRejected
from kiosk.imports.report import ImportReport
from kiosk.imports.spreadsheet import RowError, read_table, text_of
from kiosk.store import import_repo
from kiosk.trust import audit

REQUIRED = ("domain", "level1", "level2", "content", "basis", "time_limit", "subject", "channels", "audience",
            "method", "level")
FILLED_DOWN = ("domain", "level1")
LABELS = {field: names[0] for field, names in CATALOGUE_COLUMNS.items()}
_SPLIT = re.compile(r"[、,，;；\n]+|\s+")


@dataclass(frozen=True)
class CatalogueRow:
    row: int
    seq: int
    domain: str
    level1: str
    level2: str
    content: str
    basis: str
    time_limit: str
    subject: str
    channels: str    # joined by 、
    audience: str
    method: str      # 主动 | 依申请 | 主动、依申请
    level: str       # joined by 、


class BadValue(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.column = LABELS.get(field, field)


def channels_of(value: Any) -> str:
    """A channel cell: a ■/□ checklist (only ■ counts) or a list; returned joined by 、."""
    text = text_of(value)
    if "■" in text or "□" in text or "☑" in text or "☐" in text:
        chosen = re.findall(r"[■☑]\s*([^■□☑☐]+)", text)
        names = [n.strip(" 、,，;；") for n in chosen]
    else:
        names = [n for n in _SPLIT.split(text)]
    names = [n for n in (x.strip() for x in names) if n]
    return "、".join(dict.fromkeys(names))


def method_of(value: Any) -> str:
    text = text_of(value)
    active, on_request = "主动" in text, "依申请" in text
    if active and on_request:
        return "主动、依申请"
    if active:
        return "主动"
    if on_request:
        return "依申请"
    raise BadValue("method", f"“{text}”应为“主动”或“依申请”")


def read_catalogue(path: str | Path, *, domain: str | None = None) -> tuple[list[CatalogueRow], list[RowError]]:
    """Read and check a catalogue sheet; no database access.

    `domain`: the 领域 for a sheet that has no 领域 column (one sheet per domain is common).
    Raises ValidationError when the file cannot be read or a required column is missing; bad rows
    come back as RowError with the spreadsheet row number and the reason.
    """
    required = tuple(f for f in REQUIRED if not (domain and f == "domain"))
    table = read_table(path, CATALOGUE_COLUMNS, required)
    rows, errors, seen = [], [], {}
    above = {field: "" for field in FILLED_DOWN}
    if domain and "domain" not in table.headers:
        above["domain"] = domain.strip()
    for index, (number, cells) in enumerate(table.rows, start=1):
        values = {field: text_of(cells.get(field)) for field in REQUIRED}
        if values["domain"]:
            above["level1"] = ""  # a new 领域 starts new 一级事项: nothing carries over from the last one
        for field in FILLED_DOWN:
            values[field] = values[field] or above[field]
            above[field] = values[field]
        try:
            for field in REQUIRED:
                if not values[field]:
                    raise BadValue(field, "不能为空")
            channels = channels_of(cells.get("channels"))
            if not channels:
                raise BadValue("channels", "没有勾选任何公开渠道")
            method = method_of(cells.get("method"))
            seq_text = text_of(cells.get("seq"))
            if seq_text and not re.fullmatch(r"[0-9]{1,9}", seq_text):
                raise BadValue("seq", "应为不超过9位的数字")
        except BadValue as exc:
            errors.append(RowError(number, str(exc), exc.column))
            continue
        key = (values["domain"], values["level1"], values["level2"])
        if key in seen:
            errors.append(RowError(number, f"与第{seen[key]}行是同一事项（{'/'.join(key)}）"))
            continue
        seen[key] = number
        level = "、".join(x for x in _SPLIT.split(values["level"]) if x)
        rows.append(CatalogueRow(
            number, int(seq_text) if seq_text else index, values["domain"], values["level1"], values["level2"],
            values["content"], values["basis"], values["time_limit"], values["subject"], channels,
            values["audience"], method, level,
        ))
    return rows, errors


def save_catalogue(db: sqlite_utils.Database, rows: list[CatalogueRow]) -> tuple[int, int, int, list[int]]:
    """Write validated rows. Returns (inserted, updated, domains created, item ids). Call in a transaction."""
    domains = import_repo.domain_ids(db)
    inserted = updated = created = 0
    ids = []
    for row in rows:
        if row.domain not in domains:
            domains[row.domain] = import_repo.insert_domain(db, row.domain)
            created += 1
        item_id, is_new = import_repo.upsert_catalogue_item(db, domains[row.domain], row.level1, row.level2, {
            "seq": row.seq, "content": row.content, "basis": row.basis, "time_limit": row.time_limit,
            "subject": row.subject, "channels": row.channels, "audience": row.audience, "method": row.method,
            "level": row.level,
        })
        ids.append(item_id)
        inserted += is_new
        updated += not is_new
    return inserted, updated, created, ids


def import_catalogue(db: sqlite_utils.Database, path: str | Path, *, clock: Clock, actor: str,
                     skip_bad: bool = False, domain: str | None = None) -> ImportReport:
    """Read, check and write one catalogue file in one transaction; all or nothing unless skip_bad."""
    from kiosk.imports.searching import refresh

    path = Path(path)
    rows, errors = read_catalogue(path, domain=domain)
    if errors and not skip_bad:
        raise RowsRejected(path.name, errors, len(rows))
    report = ImportReport(file=path.name, skipped=errors)
    with db.atomic():
        report.imported, report.updated, created, ids = save_catalogue(db, rows)
        if created:
            report.created["catalogue_domains"] = created
        refresh(db, "catalogue", ids)
        audit.record(db, clock, actor, "import.catalogue",
                     {"file": path.name, "inserted": report.imported, "updated": report.updated,
                      "skipped": len(errors)})
    return report
