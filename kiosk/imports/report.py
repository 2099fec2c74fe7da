"""What an import did, and the error that refuses a file with bad rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.imports.spreadsheet import RowError


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
