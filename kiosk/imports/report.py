"""What an import did, and the error that refuses a file with bad rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.errors import ValidationError
from kiosk.imports.spreadsheet import RowError


class RowsRejected(ValidationError):
    """A file has bad rows and --skip-bad was not given: nothing was imported."""

    def __init__(self, file_name: str, errors: list[RowError], good: int):
        self.errors = errors
        self.good = good
        lines = "\n".join(f"  {e}" for e in errors)
        super().__init__(
            f"{file_name} 有 {len(errors)} 行数据有误，本次什么都没有导入：\n{lines}\n"
            f"改正后重新导入；或加 --skip-bad 只导入其余 {good} 行正确的数据。"
        )


@dataclass
class ImportReport:
    file: str
    imported: int = 0          # rows written
    replaced: int = 0          # earlier rows that the file replaced (a re-sent roster)
    updated: int = 0           # existing rows changed in place (catalogue items)
    created: dict[str, int] = field(default_factory=dict)  # e.g. {"subsidy_items": 1}
    skipped: list[RowError] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "file": self.file, "imported": self.imported, "replaced": self.replaced, "updated": self.updated,
            "created": dict(self.created), "skipped": [e.to_dict() for e in self.skipped],
        }
