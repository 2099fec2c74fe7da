"""政策找人 rules as a bundle content kind: `eligibility/rules.json` in the county's source folder
becomes the one-row `eligibility_rules` table of the bundle's content file.

Checked twice: by `gongkai publish` (a bad file is never signed) and by the kiosk inside the apply
transaction (a bad file is refused, the transaction rolls back, the old rules stay).
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from kiosk.eligibility.schema import MAX_BYTES, parse_rules
from kiosk.errors import BundleRejected, ValidationError
from kiosk.store import eligibility_repo
from kiosk.store.content_repo import BUNDLE
from kiosk.trust.safe_read import read_bounded

SOURCE_PATH = "eligibility/rules.json"
COLUMNS = ("id", "format_version", "revision", "body")


def source_table(folder: Path) -> tuple[tuple[str, ...], list[tuple]]:
    """The table rows for a source folder's rule file (none when the folder has no rule file)."""
    path = Path(folder) / SOURCE_PATH
    if not path.exists():
        return COLUMNS, []
    raw = read_bounded(path, MAX_BYTES, SOURCE_PATH)
    try:
        rules = parse_rules(raw)
    except ValidationError as exc:
        raise ValidationError(f"{SOURCE_PATH}: {exc}") from None
    return COLUMNS, [(1, rules.format_version, rules.revision, raw.decode("utf-8-sig"))]


def check_bundle(db: sqlite_utils.Database) -> None:
    """Inside the apply transaction, with the bundle attached: refuse a bundle whose rule file is bad."""
    if not eligibility_repo.has_table(db, BUNDLE):
        return
    body = eligibility_repo.get_body(db, BUNDLE)
    if body is None:
        return
    try:
        parse_rules(body)
    except ValidationError as exc:
        raise BundleRejected(f"数据包中的政策匹配规则无效，已拒绝，本机继续使用原有规则。{exc}") from None


def export_rules(db: sqlite_utils.Database, folder: Path) -> int:
    body = eligibility_repo.get_body(db)
    if body is None:
        return 0
    (Path(folder) / "eligibility").mkdir(parents=True, exist_ok=True)
    (Path(folder) / SOURCE_PATH).write_text(body, encoding="utf-8")
    return 1
