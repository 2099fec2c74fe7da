"""The staff audit log: append-only (triggers) and hash-chained, so an edit or a deletion shows.

Row n stores prev_hash = hash of row n-1 (64 zeros for row 1) and
hash = SHA-256 of the canonical JSON [id, at, actor, action, detail, prev_hash].
The `counters` row "audit_log" holds the id of the last row written, so deleting the newest rows
is caught too. `record` must be called inside the transaction of the action it describes: the
action and its audit row commit together or not at all.

Details never hold personal data (ID or phone numbers): requests are named by their number.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlite_utils

from kiosk.clock import Clock, iso_now
from kiosk.store import audit_repo

GENESIS = "0" * 64


def row_hash(row_id: int, at: str, actor: str, action: str, detail: str, prev_hash: str) -> str:
    payload = json.dumps([row_id, at, actor, action, detail, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(db: sqlite_utils.Database, clock: Clock, actor: str, action: str, detail: dict | None = None) -> int:
    """Append one audit row; returns its id."""
    detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with db.atomic():
        row_id = audit_repo.next_id(db)
        prev = audit_repo.last_hash(db, row_id) or GENESIS
        at = iso_now(clock)
        audit_repo.insert(db, {
            "id": row_id, "at": at, "actor": actor, "action": action, "detail": detail_json,
            "prev_hash": prev, "hash": row_hash(row_id, at, actor, action, detail_json, prev),
        })
    return row_id


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    rows: int
    bad_id: int | None = None  # the first row that is wrong or missing
    problem: str = ""

    def message(self) -> str:
        if self.ok:
            return f"审计日志完整：共 {self.rows} 条，哈希链校验通过"
        return f"审计日志被篡改：第 {self.bad_id} 条记录{self.problem}"


def verify(db: sqlite_utils.Database) -> AuditCheck:
    """Walk the chain from row 1; report the first row that was edited, deleted or inserted."""
    expected_id, prev, count = 1, GENESIS, 0
    for row in audit_repo.rows(db):
        count += 1
        if row["id"] != expected_id:
            if row["id"] > expected_id:
                return AuditCheck(False, count, expected_id, "已被删除")
            return AuditCheck(False, count, row["id"], "编号重复或顺序错乱")
        if row["prev_hash"] != prev:
            if row["id"] == 1:
                return AuditCheck(False, count, 1, "的链接字段被修改")
            # The previous row was rewritten with a recomputed hash: its successor no longer links to it.
            return AuditCheck(False, count, row["id"] - 1, "被修改（下一条记录的链接与之不符）")
        recomputed = row_hash(row["id"], row["at"], row["actor"], row["action"], row["detail"], row["prev_hash"])
        if recomputed != row["hash"]:
            return AuditCheck(False, count, row["id"], "的内容被修改（哈希不符）")
        prev, expected_id = row["hash"], expected_id + 1
    if audit_repo.head(db) >= expected_id:
        return AuditCheck(False, count, expected_id, "及其后的记录已被删除")
    return AuditCheck(True, count)
