"""The staff audit log: append-only (triggers), hash-chained and sealed with the kiosk key.

Row n stores prev_hash = hash of row n-1 (64 zeros for row 1) and
hash = SHA-256 of the canonical JSON [id, at, actor, action, detail, prev_hash].
The `counters` row "audit_log" holds the id of the last row written. `record` must be called
inside the transaction of the action it describes: the action and its audit row commit together.

Against someone who can write the database file the chain alone proves nothing (they recompute
it), so each row is also sealed: an Ed25519 signature with the kiosk key, which lives outside
the database (kiosk/trust/kiosk_key.py), over this log's random id, the row id and its hash. Truncation
and emptying show against the head remembered beside the key, or the head the county last saw
in a heartbeat (`verify(db, head=...)`). Request rows and staff accounts carry a digest in their
audit rows, so a request or a role changed behind the log's back shows too.

Details never hold personal data (ID or phone numbers): requests are named by their number.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import json
import weakref
from dataclasses import dataclass, field

import sqlite_utils
from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from kiosk.clock import Clock, iso_now
from kiosk.store import audit_repo
from kiosk.trust import kiosk_key

GENESIS = "0" * 64
SEAL_PREFIX = b"gongkai-audit-seal/1\n"
_pending: weakref.WeakSet = weakref.WeakSet()


def row_hash(row_id: int, at: str, actor: str, action: str, detail: str, prev_hash: str) -> str:
    payload = json.dumps([row_id, at, actor, action, detail, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def seal_message(db_id: int, row_id: int, hash_hex: str) -> bytes:
    return SEAL_PREFIX + f"{db_id}\n{row_id}\n{hash_hex}".encode("ascii")


def key_id(key: VerifyKey) -> str:
    return base64.b64encode(bytes(key)).decode()[:12]


def digest(values: dict) -> str:
    """A short fingerprint of a stored row, kept in its audit row so a later direct edit shows."""
    payload = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def request_digest(db: sqlite_utils.Database, number: str) -> str:
    row = audit_repo.request_row(db, number)
    return digest(row) if row else ""


def staff_digest(db: sqlite_utils.Database, username: str) -> str:
    row = audit_repo.staff_rows(db).get(username)
    return digest(row) if row else ""


def record(db: sqlite_utils.Database, clock: Clock, actor: str, action: str, detail: dict | None = None) -> int:
    """Append one audit row (sealed when the kiosk key is at hand); returns its id."""
    if not db.conn.in_transaction:
        _flush(db)
    detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    key = kiosk_key.active_key()
    with db.atomic():
        row_id = audit_repo.next_id(db)
        prev = audit_repo.last_hash(db, row_id) or GENESIS
        at = iso_now(clock)
        hashed = row_hash(row_id, at, actor, action, detail_json, prev)
        audit_repo.insert(db, {
            "id": row_id, "at": at, "actor": actor, "action": action, "detail": detail_json,
            "prev_hash": prev, "hash": hashed,
        })
        if key is not None:
            log_id = audit_repo.db_id(db, create=True)
            if row_id == 1:
                # A new log at this file: whatever was remembered for an older file here is not it.
                kiosk_key.remember_head(str(log_id), 0, GENESIS, audit_repo.db_file(db))
            signature = key.sign(seal_message(log_id, row_id, hashed)).signature
            audit_repo.insert_seal(db, row_id, key_id(key.verify_key), base64.b64encode(signature).decode())
    if not db.conn.in_transaction:
        _flush(db)
    elif hasattr(db, "after_commit"):
        db.after_commit(db.__dict__.setdefault("_audit_flush", lambda: _flush(db)))
    else:
        _pending.add(db)
    return row_id


def _flush(db: sqlite_utils.Database) -> None:
    """Remember the newest committed row beside the key (never lowering what was remembered)."""
    _pending.discard(db)
    if kiosk_key.active_key() is None:
        return
    try:
        last = audit_repo.last_row(db)
        log_id = audit_repo.db_id(db)
    except Exception:  # noqa: BLE001 - a closed connection at exit: nothing to remember
        return
    if last and log_id:
        kiosk_key.remember_head(str(log_id), last[0], last[1], audit_repo.db_file(db))


@atexit.register
def _flush_all() -> None:
    for db in list(_pending):
        if not getattr(db.conn, "in_transaction", True):
            _flush(db)


def head_hash(db: sqlite_utils.Database) -> str:
    """The hash of the newest audit row (what the heartbeat sends the county), or '' for an empty log."""
    if not db.conn.in_transaction:
        _flush(db)
    last = audit_repo.last_row(db)
    return last[1] if last else ""


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    rows: int
    bad_id: int | None = None  # the first row that is wrong or missing
    problem: str = ""
    notes: tuple[str, ...] = field(default=())

    def message(self) -> str:
        if self.ok:
            text = f"审计日志完整：共 {self.rows} 条，哈希链校验通过"
            return text + "".join(f"；{n}" for n in self.notes)
        if self.bad_id is None:
            return f"审计日志被篡改：{self.problem}"
        return f"审计日志被篡改：第 {self.bad_id} 条记录{self.problem}"


def _parse_head(head: str) -> tuple[int | None, str]:
    text = head.strip().lower()
    row_id = None
    if ":" in text:
        number, _, text = text.partition(":")
        row_id = int(number) if number.isdigit() and len(number) < 19 else -1
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        from kiosk.errors import ValidationError

        raise ValidationError("--head 应为审计日志最新一条的哈希（64位十六进制，可写作 编号:哈希）", "head")
    return row_id, text


def verify(db: sqlite_utils.Database, *, key: VerifyKey | SigningKey | None | bool = True,
           head: str | None = None) -> AuditCheck:
    """Walk the chain from row 1; report the first row that was edited, deleted, inserted or unsealed.

    `key`: True (default) uses this kiosk's key when it can be had; a VerifyKey/SigningKey checks
    against that key; None/False checks the chain only. `head`: the newest hash the county saw.
    """
    if key is True:
        signing = kiosk_key.existing_key()
        verify_key = signing.verify_key if signing else None
    elif isinstance(key, SigningKey):
        verify_key = key.verify_key
    else:
        verify_key = key or None
    if not db.conn.in_transaction and verify_key is not None:
        _flush(db)
    want_id, want_hash = _parse_head(head) if head else (None, "")
    log_id = audit_repo.db_id(db)
    seals = audit_repo.seals(db) if verify_key is not None else {}
    requests: dict[str, str] = {}
    staff: dict[str, str] = {}
    expected_id, prev, count, head_seen = 1, GENESIS, 0, False
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
        if verify_key is not None:
            problem = _seal_problem(verify_key, seals.get(row["id"]), log_id, row["id"], row["hash"])
            if problem:
                return AuditCheck(False, count, row["id"], problem)
        if want_hash and row["hash"] == want_hash and want_id in (None, row["id"]):
            head_seen = True
        _note_digests(row, requests, staff)
        prev, expected_id = row["hash"], expected_id + 1
    last_id = expected_id - 1
    if audit_repo.head(db) > last_id:
        return AuditCheck(False, count, last_id + 1, "及其后的记录已被删除")
    if want_hash and not head_seen:
        return AuditCheck(False, count, None,
                          "县级最后收到的审计日志头在本机日志中找不到：日志被截断、清空或改写")
    if verify_key is not None:
        problem = _remembered_problem(db, log_id, last_id, prev)
        if problem:
            return AuditCheck(False, count, None, problem)
    problem = _rows_problem(db, requests, staff)
    if problem:
        return AuditCheck(False, count, None, problem)
    notes = () if verify_key is not None else ("未找到本机密钥，仅校验了哈希链（可用 --head 给出县级记录的日志头）",)
    return AuditCheck(True, count, notes=notes)


def _seal_problem(key: VerifyKey, seal: tuple[str, str] | None, log_id: int | None, row_id: int,
                  hash_hex: str) -> str:
    if seal is None or log_id is None:
        return "没有本机密钥的签名（被伪造或被改写）"
    try:
        signature = base64.b64decode(seal[1], validate=True)
        key.verify(seal_message(log_id, row_id, hash_hex), signature)
    except (BadSignatureError, ValueError, TypeError):
        return "的签名与本机密钥不符（被伪造或被改写）"
    return ""


def _remembered_problem(db: sqlite_utils.Database, log_id: int | None, last_id: int, last_hash: str) -> str:
    """Compare against the head remembered beside the key: a shorter log was truncated."""
    import os

    heads = kiosk_key.read_heads()
    db_file = audit_repo.db_file(db)
    if log_id is None:
        files = heads.get("files") if isinstance(heads.get("files"), dict) else {}
        earlier = heads.get(str(files.get(os.path.realpath(db_file) if db_file else "", "")))
        if isinstance(earlier, dict) and isinstance(earlier.get("id"), int) and earlier["id"] > 0:
            return f"本机密钥记录此数据库的审计日志曾有 {earlier['id']} 条，现在已被清空或替换"
        return ""
    known = heads.get(kiosk_key.head_key(str(log_id), db_file))
    # The same log copied to another file (issue 25): the highest head remembered for this log anywhere counts too.
    elsewhere = [v for k, v in heads.items() if k.startswith(f"{log_id}@") and isinstance(v, dict)
                 and isinstance(v.get("id"), int)]
    furthest = max(elsewhere, key=lambda v: v["id"], default=None)
    if furthest is not None and (not isinstance(known, dict) or furthest["id"] > known.get("id", -1)):
        if furthest["id"] > last_id:
            return (f"本机密钥记录这份审计日志曾有 {furthest['id']} 条，这里只有 {last_id} 条："
                    "日志被截断（或这是一份较早的副本）")
        if furthest["id"] == last_id and furthest.get("hash") != last_hash:
            return f"第 {last_id} 条记录与本机密钥记录的不符：日志被改写"
    if not isinstance(known, dict) or not isinstance(known.get("id"), int):
        return ""
    if known["id"] > last_id:
        return f"本机密钥记录审计日志曾有 {known['id']} 条，现在只有 {last_id} 条：日志被截断"
    if known["id"] == last_id and known["id"] > 0 and known.get("hash") != last_hash:
        return f"第 {last_id} 条记录与本机密钥记录的不符：日志被改写"
    return ""


def _note_digests(row: dict, requests: dict[str, str], staff: dict[str, str]) -> None:
    try:
        detail = json.loads(row["detail"])
    except ValueError:
        return
    if not isinstance(detail, dict):
        return
    if isinstance(detail.get("row"), str):
        if row["action"].startswith("request.") and isinstance(detail.get("number"), str):
            requests[detail["number"]] = detail["row"]
        elif row["action"].startswith("staff.") and isinstance(detail.get("username"), str):
            staff[detail["username"]] = detail["row"]
    if isinstance(detail.get("rows"), dict) and row["action"].startswith("request."):
        for number, value in detail["rows"].items():
            if isinstance(value, str):
                requests[number] = value


def _rows_problem(db: sqlite_utils.Database, requests: dict[str, str], staff: dict[str, str]) -> str:
    """Request rows and staff accounts must be as their last audit row left them."""
    current = audit_repo.request_digests(db)
    for number, values in current.items():
        audited = requests.get(number)
        if audited is None:
            return f"申请 {number} 没有对应的审计记录（被直接写入数据库，或审计日志被清空）"
        if digest(values) != audited:
            return f"申请 {number} 的数据在审计日志之外被修改"
    missing = sorted(set(requests) - set(current))
    if missing:
        return f"申请 {missing[0]} 已从数据库中删除"
    for username, values in audit_repo.staff_rows(db).items():
        audited = staff.get(username)
        if audited is None:
            return f"工作人员账户 {username} 没有对应的审计记录（被直接写入数据库，或审计日志被清空）"
        if digest(values) != audited:
            return f"工作人员账户 {username} 的角色、状态或 PIN 在审计日志之外被修改"
    return ""
