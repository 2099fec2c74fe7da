"""Annual report, section 三 (依申请公开), computed from the request log (2021 template, DOMAIN.md §2.1).

For year Y and each applicant column:
- 一 new: requests received in Y;
- 二 carried in: received before Y and not concluded (replied / deemed abandoned) before Y;
- 三 results: requests concluded in Y, one row per outcome (the outcome -> row map is configuration,
  resources/config/annual_report.json); (七) is their total;
- 四 carried out: received by the end of Y and not concluded by then.

The form requires 一 + 二 = 三(七) + 四 in every column. 四 is counted independently of 三, so the check
is real: a request concluded twice, concluded before it was received, or with an outcome the
configuration does not know makes it fail, and `annual_table` raises ReportError naming the requests.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass

import sqlite_utils

from kiosk.errors import ReportError
from kiosk.requests.outcomes import ReportConfig, load_report_config
from kiosk.store import requests_repo


@dataclass(frozen=True)
class AnnualTable:
    year: int
    columns: tuple[tuple[str, str], ...]
    rows: tuple[tuple[str, str], ...]
    cells: dict[str, dict[str, int]]  # row key -> column key -> count

    def as_json(self) -> dict:
        return {
            "year": self.year,
            "section": "三、收到和处理政府信息公开申请情况",
            "columns": [{"key": k, "label": label} for k, label in self.columns],
            "rows": [{"key": k, "label": label, "values": self.cells[k]} for k, label in self.rows],
            "reconciled": True,
        }

    def as_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["行", "项目", *(label for _, label in self.columns)])
        for key, label in self.rows:
            writer.writerow([key, label, *(self.cells[key][c] for c, _ in self.columns)])
        return out.getvalue()


def applicant_column(applicant_type: str, organization_kind: str | None) -> str:
    return "person" if applicant_type == "person" else (organization_kind or "other")


def annual_table(db: sqlite_utils.Database, year: int, config: ReportConfig | None = None) -> AnnualTable:
    return table_from_facts(requests_repo.report_facts(db), year, config)


def table_from_facts(facts: list[dict], year: int, config: ReportConfig | None = None) -> AnnualTable:
    """The table from report facts (one kiosk's, or the county's summed across townships)."""
    config = config or load_report_config()
    columns = [k for k, _ in config.columns]
    cells = {key: dict.fromkeys(columns, 0) for key, _ in config.rows}
    start, end = dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
    problems: list[str] = []

    def add(row: str, column: str) -> None:
        cells[row][column] += 1
        cells[row]["total"] += 1

    for fact in facts:
        column = applicant_column(fact["applicant_type"], fact["organization_kind"])
        if column not in cells["new"]:
            problems.append(f"{fact['number']}: 未知的申请人类别 {column}")
            continue
        received = fact["received_on"]
        conclusions = fact["conclusions"]
        if len(conclusions) > 1:
            problems.append(f"{fact['number']}: 办结了 {len(conclusions)} 次")
        concluded = conclusions[0] if conclusions else None
        if concluded and concluded["on"] < received:
            problems.append(f"{fact['number']}: 办结日期 {concluded['on']} 早于收到日期 {received}")
        if start <= received <= end:
            add("new", column)
        if received < start and not (concluded and concluded["on"] < start):
            add("carried_in", column)
        if received <= end and not (concluded and concluded["on"] <= end):
            add("carried_out", column)
        for conclusion in conclusions:
            if start <= conclusion["on"] <= end:
                outcome = config.outcomes.get(conclusion["outcome"] or "")
                if outcome is None:
                    problems.append(f"{fact['number']}: 办理结果 {conclusion['outcome']} 没有对应的年报行")
                    continue
                add(outcome.row, column)
    for column in columns:
        cells["3.7"][column] = sum(cells[row][column] for row in config.result_rows)
    for column in columns:
        left = cells["new"][column] + cells["carried_in"][column]
        right = cells["3.7"][column] + cells["carried_out"][column]
        if left != right:
            label = dict(config.columns)[column]
            problems.append(f"“{label}”列不平衡：一 + 二 = {left}，三(七) + 四 = {right}")
    if problems:
        raise ReportError(f"{year} 年度报表核对不通过（一 + 二 = 三(七) + 四）：" + "；".join(problems[:10]))
    return AnnualTable(year, config.columns, config.rows, cells)


def as_json_text(table: AnnualTable) -> str:
    return json.dumps(table.as_json(), ensure_ascii=False, indent=2)
