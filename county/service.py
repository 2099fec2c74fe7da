"""County side of the request flow: kiosk tokens, storing uploads (HTTP or USB) and status changes.

    <repo>/public/   static files: bundles, safe to hand to nginx or any static host
    <repo>/county/   private: county.db (SQLite default) with every request received (personal
                     data: never serve it); a province points GONGKAI_COUNTY_DB at PostgreSQL.

Tenancy: a token is bound to one township and one kiosk. An upload may create or update only
requests of that township numbered by that kiosk; a uuid or number held by another kiosk, and an
event for a request that kiosk does not own, refuse the whole batch (nothing is stored).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import secrets
import uuid
from pathlib import Path

from county.store import CountyStore, sqlite_url
from kiosk.clock import Clock, iso_now
from kiosk.errors import ValidationError

MAX_UPLOAD_ITEMS = 2000
_REQUEST_KEYS = ("uuid", "number", "updated_at")
_EVENT_KEYS = ("event_uuid", "request_uuid", "kind", "at", "actor")
DB_ENV = "GONGKAI_COUNTY_DB"


class Forbidden(ValidationError):
    """The upload touches what this kiosk's token does not own (HTTP 403)."""


def public_dir(root: Path) -> Path:
    return Path(root) / "public"


def county_db_path(root: Path) -> Path:
    return Path(root) / "county" / "county.db"


def county_db_url(root: Path, url: str | None = None) -> str:
    """The database: `url`, else $GONGKAI_COUNTY_DB, else SQLite at REPO/county/county.db."""
    return url or os.environ.get(DB_ENV) or sqlite_url(county_db_path(root))


def open_county_db(root: Path, url: str | None = None) -> CountyStore:
    return CountyStore(county_db_url(root, url))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(db: CountyStore, township: str, kiosk_id: str, clock: Clock, public_key: str = "") -> str:
    """A new upload token for one kiosk (replacing its old one). Only its hash is stored, with the
    kiosk's Ed25519 public key (base64) that signs its USB outbox exports."""
    _short_text(township, "township", 32)
    _short_text(kiosk_id, "kiosk_id", 16)
    if public_key:
        from sync.outbox_seal import check_public_key

        public_key = check_public_key(public_key)
    token = secrets.token_urlsafe(32)
    db.add_kiosk(token_hash(token), township, kiosk_id, iso_now(clock), public_key)
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
        if "received_on" in request and not isinstance(request["received_on"], str):
            raise ValidationError("上传内容中的 received_on 无效")
    for event in events:
        if not isinstance(event, dict):
            raise ValidationError("事件记录格式错误")
        for key in _EVENT_KEYS:
            _short_text(event.get(key), key)
        data = event.get("data")
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except ValueError:
                raise ValidationError("上传内容中的事件 data 不是有效的 JSON") from None
        if not isinstance(data, dict):
            raise ValidationError("上传内容中的事件缺少 data（JSON 对象）")
    return requests, events


def _tenancy(township: str, kiosk_id: str, requests: list[dict], events: list[dict]):
    """The check run inside the upload's transaction (see CountyStore.store_upload)."""
    prefix = f"{township}-{kiosk_id}-"
    batch = {r["uuid"] for r in requests}
    for request in requests:
        if not request["number"].startswith(prefix):
            raise Forbidden(f"申请 {request['number']} 不是本机（{township}:{kiosk_id}）受理的，拒绝上传")
        for key, mine in (("township", township), ("kiosk_id", kiosk_id)):
            if key in request and request[key] != mine:
                raise Forbidden(f"申请 {request['number']} 的 {key} 与本机令牌不符，拒绝上传")

    def check(_conn, owners: dict, numbers: dict) -> list[str]:
        for request in requests:
            owner = owners.get(request["uuid"])
            if owner is not None and owner != (township, kiosk_id):
                raise Forbidden(f"申请 {request['uuid']} 属于另一台一体机，拒绝覆盖")
            holder = numbers.get(request["number"])
            if holder is not None and holder != request["uuid"]:
                raise Forbidden(f"申请编号 {request['number']} 已被另一件申请使用，拒绝上传")
        held_back = []
        for event in events:
            owner = owners.get(event["request_uuid"])
            if owner is None and event["request_uuid"] not in batch:
                held_back.append(event["event_uuid"])  # its request has not arrived yet: not acknowledged
            elif owner is not None and owner != (township, kiosk_id):
                raise Forbidden(f"事件 {event['event_uuid']} 属于其他乡镇或其他一体机的申请，拒绝上传")
        return held_back

    return check


def derive_status(request: dict, history: list[dict]) -> tuple[str, str | None]:
    """Status and statutory due date from the request and all its events, as the kiosk derives them."""
    from kiosk.requests import lifecycle

    try:
        received = dt.date.fromisoformat(str(request.get("received_on") or "")[:10])
    except ValueError:
        return str(request.get("status") or "received"), request.get("due_on")
    kept = []
    for event in history:
        try:
            lifecycle.event_day(event)
            kept.append(event)
        except (TypeError, ValueError):
            continue
    kept.sort(key=lifecycle.event_day)
    state = lifecycle.fold(received, [e for e in kept if e["kind"] != lifecycle.RECEIVED])
    due = lifecycle.deadlines(state, _calendar()).reply if state.is_open else None
    return state.status, due.day.isoformat() if due else None


@functools.lru_cache(maxsize=1)
def _calendar():
    """The shipped holiday calendar, remembering each due date it computed: a night's uploads ask
    for the same few (received day, 20 working days) thousands of times."""
    from kiosk.calendar.workdays import WorkCalendar, shipped_calendar

    class CachedCalendar(WorkCalendar):
        def add_workdays(self, start, workdays, excluded=()):
            key = (start, workdays, tuple(tuple(span) for span in excluded))
            found = _DUE_CACHE.get(key)
            if found is None:
                if len(_DUE_CACHE) > 100_000:
                    _DUE_CACHE.clear()
                found = _DUE_CACHE[key] = super().add_workdays(start, workdays, key[2])
            return found

    return CachedCalendar(*shipped_calendar())


_DUE_CACHE: dict = {}


def store_upload(db: CountyStore, township: str, kiosk_id: str, payload: object, clock: Clock) -> dict:
    requests, events = check_upload(payload)
    got_requests, got_events = db.store_upload(township, kiosk_id, requests, events, iso_now(clock),
                                               _tenancy(township, kiosk_id, requests, events), derive_status)
    return {"requests": got_requests, "events": got_events}


def upload_for_token(db: CountyStore, token_sha256: str, payload: object, clock: Clock) -> dict:
    """An upload over HTTP: the token's kiosk, the shape and tenancy checks and the writes in one
    transaction on one connection (store.UnknownToken when no kiosk holds the token)."""
    def work(conn, township: str, kiosk_id: str) -> dict:
        requests, events = check_upload(payload)
        got_requests, got_events = db.store_upload_in(conn, township, kiosk_id, requests, events, iso_now(clock),
                                                      _tenancy(township, kiosk_id, requests, events), derive_status)
        return {"requests": got_requests, "events": got_events}

    return db.for_kiosk(token_sha256, work)


def intake_dir(db: CountyStore, folder: Path, clock: Clock, county_key) -> dict:
    """Load every sealed outbox export in `folder` (from a stick). Loading a file twice changes nothing.

    Each file must be encrypted to the county's key and signed by the registered key of the kiosk
    it names (county/usb.py); any other file is refused before anything is stored.
    """
    from sync.outbox_seal import MAX_FILE, unseal

    folder = Path(folder)
    files = sorted(folder.glob("outbox-*.gkbox"))
    if not files:
        raise ValidationError(f"{folder} 中没有一体机导出的申请文件（outbox-*.gkbox）")
    payloads = []
    for path in files:
        try:
            if path.stat().st_size > MAX_FILE:
                raise ValidationError(f"{path.name} 过大")
            raw = path.read_bytes()
        except OSError as exc:
            raise ValidationError(f"{path.name} 无法读取: {exc.strerror}") from exc
        payloads.append(unseal(path.name, raw, county_key, db.kiosk_public_key))
    before = db.counts()
    for payload in payloads:
        store_upload(db, payload["township"], payload["kiosk_id"], payload, clock)
    after = db.counts()
    return {
        "files": len(files),
        "new_requests": after["requests"] - before["requests"],
        "new_events": after["events"] - before["events"],
    }


def record_change(db: CountyStore, request_uuid: str, kind: str, data: dict, actor: str, clock: Clock) -> str:
    """Record a status change made at the county (a reply, an extension, a 更正); kiosks fetch it
    next sync. Checked by the kiosk's own rules (kiosk/requests/lifecycle.py) against every event
    the county holds, inside the transaction that stores it."""
    from kiosk.requests import lifecycle

    if not isinstance(data, dict):
        raise ValidationError("事件内容应为 JSON 对象")
    kind = lifecycle.LEGACY_KINDS.get(kind, kind)
    if kind not in lifecycle.EVENT_KINDS:
        raise ValidationError(f"未知的办理环节：{kind}（可选：{', '.join(lifecycle.EVENT_KINDS)}）", "kind")
    on = _event_on(data)
    event_uuid = str(uuid.uuid4())

    def check(request: dict, history: list[dict]) -> dict:
        return check_change(request, history, kind, on, data, clock)

    try:
        db.record_county_change(event_uuid, request_uuid, kind, actor, data, iso_now(clock), derive_status, check)
    except LookupError:
        raise ValidationError(f"县级还没有收到申请 {request_uuid}") from None
    return event_uuid


def _event_on(data: dict) -> dt.date:
    from kiosk.calendar.strict_dates import parse_day

    try:
        return parse_day(data.get("on"))
    except ValueError:
        raise ValidationError('请填写办理日期（YYYY-MM-DD）', "date") from None


def check_change(request: dict, history: list[dict], kind: str, on: dt.date, data: dict, clock: Clock) -> dict:
    """The data to store for a county step, or the kiosk's own refusal (same rule, same message)."""
    from kiosk.clock import today
    from kiosk.requests import lifecycle
    from kiosk.requests.outcomes import load_report_config

    try:
        received = dt.date.fromisoformat(str(request.get("received_on") or "")[:10])
    except ValueError:
        raise ValidationError("这件申请没有有效的收到日期，无法登记办理环节") from None
    kept = []
    for event in history:
        try:
            lifecycle.event_day(event)
        except (TypeError, ValueError):
            continue
        if event["kind"] != lifecycle.RECEIVED:
            kept.append(event)
    kept.sort(key=lifecycle.event_day)
    state = lifecycle.fold(received, kept)
    checked = lifecycle.check_event(state, kind, on, {k: v for k, v in data.items() if k != "on"}, today(clock),
                                    _calendar(), set(load_report_config().outcomes))
    return {**checked, "on": on.isoformat()}
