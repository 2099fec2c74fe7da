"""Reply outcome codes (Arts 30, 35-39) and the annual-report rows they count in: configuration.

The shipped table is resources/config/annual_report.json. A county that maps differently puts its
own copy at $XDG_CONFIG_HOME/gongkai/annual_report.json (or /etc/gongkai/annual_report.json); it is
checked on load: every outcome must name an existing result row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.errors import ConfigError
from kiosk.paths import config_dir, resources_dir

FILE_NAME = "annual_report.json"
SUMMARY_ROWS = ("new", "carried_in", "3.7", "carried_out")


@dataclass(frozen=True)
class Outcome:
    code: str
    article: str
    label: str
    row: str  # key of a row under 三 (3.1 ... 3.6.3)


@dataclass(frozen=True)
class ReportConfig:
    columns: tuple[tuple[str, str], ...]  # (key, label), the last one is the total
    rows: tuple[tuple[str, str], ...]  # (key, label) in template order
    outcomes: dict[str, Outcome]
    source: Path

    @property
    def result_rows(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.rows if k.startswith("3.") and k != "3.7")


def config_file() -> Path:
    for candidate in (config_dir() / FILE_NAME, Path("/etc/gongkai") / FILE_NAME):
        if candidate.is_file():
            return candidate
    return resources_dir() / "config" / FILE_NAME


@lru_cache(maxsize=4)
def load_report_config(path: Path | None = None) -> ReportConfig:
    path = Path(path) if path else config_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        columns = tuple((c["key"], c["label"]) for c in raw["columns"])
        rows = tuple((r["key"], r["label"]) for r in raw["rows"])
        outcomes = {o["code"]: Outcome(o["code"], o.get("article", ""), o["label"], o["row"]) for o in raw["outcomes"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"年报配置文件 {path} 无法读取: {exc}") from exc
    keys = {k for k, _ in rows}
    missing = [k for k in SUMMARY_ROWS if k not in keys]
    if missing:
        raise ConfigError(f"年报配置文件 {path} 缺少行: {', '.join(missing)}")
    for outcome in outcomes.values():
        if outcome.row not in keys or not outcome.row.startswith("3.") or outcome.row == "3.7":
            raise ConfigError(f"年报配置文件 {path}: 办理结果 {outcome.code} 对应的行 {outcome.row} 不是“三、本年度办理结果”中的一行")
    if columns[-1][0] != "total":
        raise ConfigError(f"年报配置文件 {path}: 最后一列应为 total（总计）")
    return ReportConfig(columns, rows, outcomes, path)


def outcomes() -> dict[str, Outcome]:
    """code -> Outcome, in the order of the configuration (for pick lists)."""
    return load_report_config().outcomes


def outcome_label(code: str | None) -> str:
    if not code:
        return ""
    outcome = outcomes().get(code)
    return outcome.label if outcome else code
