"""County side of the request flow: kiosk tokens, storing uploads (HTTP or USB) and status changes.

    <repo>/public/   static files: bundles, safe to hand to nginx or any static host
    <repo>/county/   private: county.db with every request received (personal data: never serve it)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import uuid
from pathlib import Path

import sqlite_utils

from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError
from kiosk.store import county_repo

MAX_UPLOAD_ITEMS = 2000
_REQUEST_KEYS = ("uuid", "number", "updated_at")
_EVENT_KEYS = ("event_uuid", "request_uuid", "kind", "at", "actor")


def public_dir(root: Path) -> Path:
    return Path(root) / "public"


def county_db_path(root: Path) -> Path:
    return Path(root) / "county" / "county.db"


def open_county_db(root: Path) -> sqlite_utils.Database:
    return county_repo.open_county(county_db_path(root))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(db: sqlite_utils.Database, township: str, kiosk_id: str, clock: Clock) -> str:
    """A new upload token for one kiosk (replacing its old one). Only its hash is stored."""
    token = secrets.token_urlsafe(32)
    county_repo.add_kiosk(db, token_hash(token), township, kiosk_id, iso_now(clock))
    return token


def _short_text(value: object, what: str, limit: int = 200) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValidationError(f"上传内容中的 {what} 无效")
    return value


def check_upload(payload: object) -> tuple[list[dict], list[dict]]:
    """The shape of an upload: {"requests": [...], "events": [...]}, each item keyed by its uuid."""
    if not isinstance(payload, dict):
        raise ValidationError("上传内容格式错误")
    requests, events = payload.get("requests", []), payload.get("events", [])
    if not isinstance(requests, list) or not isinstance(events, list):
        raise ValidationError("上传内容格式错误")
    if len(requests) + len(events) > MAX_UPLOAD_ITEMS:
        raise ValidationError(f"一次上传最多 {MAX_UPLOAD_ITEMS} 条")
    for request in requests:
        if not isinstance(request, dict):
            raise ValidationError("申请记录格式错误")
        for key in _REQUEST_KEYS:
            _short_text(request.get(key), key)
    for event in events:
        if not isinstance(event, dict):
            raise ValidationError("事件记录格式错误")
        for key in _EVENT_KEYS:
            _short_text(event.get(key), key)
    return requests, events


def store_upload(db: sqlite_utils.Database, township: str, kiosk_id: str, payload: object,
                 clock: Clock) -> dict:
    requests, events = check_upload(payload)
    got_requests, got_events = county_repo.store_upload(db, township, kiosk_id, requests, events, iso_now(clock))
    return {"requests": got_requests, "events": got_events}


def intake_dir(db: sqlite_utils.Database, folder: Path, clock: Clock) -> dict:
    """Load every outbox export in `folder` (from a stick). Loading the same file twice changes nothing."""
    files = sorted(Path(folder).glob("outbox-*.json"))
    if not files:
        raise ValidationError(f"{folder} 中没有一体机导出的申请文件（outbox-*.json）")
    before = county_repo.counts(db)
    for path in files:
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValidationError(f"{path.name} 无法读取: {exc}") from exc
        if not isinstance(payload, dict) or payload.get("format") != "gongkai-outbox":
            raise ValidationError(f"{path.name} 不是一体机导出的申请文件")
        township = _short_text(payload.get("township"), "township", 32)
        kiosk_id = _short_text(payload.get("kiosk_id"), "kiosk_id", 16)
        store_upload(db, township, kiosk_id, payload, clock)
    after = county_repo.counts(db)
    return {
        "files": len(files),
        "new_requests": after["requests"] - before["requests"],
        "new_events": after["events"] - before["events"],
    }


def record_change(db: sqlite_utils.Database, request_uuid: str, kind: str, data: dict, actor: str,
                  clock: Clock) -> str:
    """Record a status change made at the county (a reply, an extension); kiosks fetch it next sync."""
    _check_change(kind, data)
    event_uuid = str(uuid.uuid4())
    try:
        county_repo.record_county_change(db, event_uuid, request_uuid, kind, actor, data, iso_now(clock))
    except LookupError:
        raise ValidationError(f"县级还没有收到申请 {request_uuid}") from None
    return event_uuid


def _check_change(kind: str, data: dict) -> None:
    """A county change must fold cleanly on the kiosk (kiosk/requests/lifecycle.py)."""
    from kiosk.requests import lifecycle
    from kiosk.requests.outcomes import load_report_config

    if kind not in lifecycle.EVENT_KINDS:
        raise ValidationError(f"事件类型 {kind} 无效，可选：{'、'.join(lifecycle.EVENT_KINDS)}")
    try:
        dt.date.fromisoformat(str(data.get("on")))
    except ValueError:
        raise ValidationError('事件内容需要 "on"（办理日期，YYYY-MM-DD）') from None
    if kind == lifecycle.REPLIED and data.get("outcome") not in load_report_config().outcomes:
        raise ValidationError(f"答复需要有效的 outcome（答复结果代码），可选：{'、'.join(load_report_config().outcomes)}")
    if kind == lifecycle.EXTENDED:
        workdays = data.get("workdays")
        if not isinstance(workdays, int) or not 1 <= workdays <= lifecycle.MAX_EXTENSION_WORKDAYS:
            raise ValidationError(f"延期需要 workdays（1 至 {lifecycle.MAX_EXTENSION_WORKDAYS} 个工作日）")
