"""County side of the request flow: kiosk tokens, storing uploads (HTTP or USB) and status changes.

Uploads carry every upward kind (sync/upward/); county/upward.py stores them. This module registers
the store of the two kinds with rules of their own: requests and their events.

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
import os
import secrets
import uuid
from pathlib import Path

from county import upload_rules, upward
from county.store import CountyStore, sqlite_url
from kiosk.clock import Clock, iso_now
from kiosk.errors import Forbidden, ValidationError

DB_ENV = "GONGKAI_COUNTY_DB"


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


def _claims(township: str, kiosk_id: str, requests: list[dict]) -> None:
    """Refuse the whole batch (Forbidden) when a request claims another township's or kiosk's number."""
    prefix = f"{township}-{kiosk_id}-"
    for request in requests:
        if not request["number"].startswith(prefix):
            raise Forbidden(f"申请 {request['number']} 不是本机（{township}:{kiosk_id}）受理的，拒绝上传")
        for key, mine in (("township", township), ("kiosk_id", kiosk_id)):
            if key in request and request[key] != mine:
                raise Forbidden(f"申请 {request['number']} 的 {key} 与本机令牌不符，拒绝上传")


def _tenancy(township: str, kiosk_id: str, requests: list[dict], events: list[dict]):
    """The check run inside the upload's transaction (see CountyStore.store_upload)."""
    _claims(township, kiosk_id, requests)
    batch = {r["uuid"] for r in requests}

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
    try:
        due = lifecycle.deadlines(state, _calendar()).reply if state.is_open else None
    except ValidationError:  # a day stored before uploads were checked, too far to count from
        due = None
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


def _store_requests_and_events(db: CountyStore, conn, township: str, kiosk_id: str, batch: dict[str, list[dict]],
                               at: str) -> dict[str, list[str]]:
    """The upward store of requests and their events (county/upward.py), in the upload's transaction."""
    requests, events = batch["request"], batch["event"]
    _claims(township, kiosk_id, requests)  # a forged number refuses the batch, whatever else is wrong
    today = upload_rules.upload_today(at)
    refused_requests = {}
    for request in requests:
        reason = upload_rules.request_problem(request, today)
        if reason is not None:
            refused_requests[request["uuid"]] = reason
    # A refused request is not stored; its events then wait for it (held back, not acknowledged).
    accepted = [r for r in requests if r["uuid"] not in refused_requests]

    def screen(kept: dict, history: dict, candidates: list[dict]) -> dict[str, str]:
        return upload_rules.event_problems(kept, history, candidates, today, _calendar())

    got_requests, got_events, refused_events = db.store_upload_in(
        conn, township, kiosk_id, accepted, events, at, _tenancy(township, kiosk_id, accepted, events),
        derive_status, screen)
    return ({"request": got_requests, "event": got_events},
            {"request": refused_requests, "event": refused_events})


def _count_requests_and_events(db: CountyStore) -> dict[str, int]:
    counts = db.counts()
    return {"request": counts["requests"], "event": counts["events"]}


upward.register_store("request", "event", store=_store_requests_and_events, count=_count_requests_and_events)


def store_upload(db: CountyStore, township: str, kiosk_id: str, payload: object, clock: Clock) -> dict:
    """An upload of one kiosk (a USB file, a test), all kinds in one transaction: the acknowledgement."""
    with db.engine.begin() as conn:
        return upward.store_upload_in(db, conn, township, kiosk_id, payload, iso_now(clock))


def upload_for_token(db: CountyStore, token_sha256: str, payload: object, clock: Clock) -> dict:
    """An upload over HTTP: the token's kiosk, the shape and tenancy checks and the writes in one
    transaction on one connection (store.UnknownToken when no kiosk holds the token)."""
    def work(conn, township: str, kiosk_id: str) -> dict:
        return upward.store_upload_in(db, conn, township, kiosk_id, payload, iso_now(clock))

    return db.for_kiosk(token_sha256, work)


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

    state = upload_rules.request_state(request, history)
    checked = lifecycle.check_event(state, kind, on, {k: v for k, v in data.items() if k != "on"}, today(clock),
                                    _calendar(), set(load_report_config().outcomes))
    return {**checked, "on": on.isoformat()}
