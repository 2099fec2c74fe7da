"""Use cases for 依申请公开 requests: create, show, add an event, the worklist, recompute.

Every function takes the database, a Clock and (for changes) the acting staff member, and returns
plain dicts (JSON-ready; the keys are listed in `request_view`). Changes run in one transaction
with their audit row; `create_request` returns only after the request, its `received` event and
the audit row are committed with synchronous=FULL, so printing the receipt afterwards is safe.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib

import sqlite_utils

from kiosk import diskspace
from kiosk.calendar.strict_dates import parse_day, read_day
from kiosk.calendar.workdays import DUE_SOON_WORKDAYS, WorkCalendar, load_calendar
from kiosk.clock import Clock, iso_now, today
from kiosk.config import Config
from kiosk.errors import ConfigError, NotFound, ValidationError
from kiosk.requests import fees, highwater, identity, intake, lifecycle, numbers
from kiosk.requests.outcomes import load_report_config, outcome_label
from kiosk.requests.receipt_code import new_status_code
from kiosk.store import reply_letters_repo, requests_repo, township_repo
from kiosk.store.db import file_of
from kiosk.township_code import is_township_code
from kiosk.trust import audit
from kiosk.trust.staff import Actor
from kiosk.trust.staff import display_names as staff_names

UNCONFIGURED_TOWNSHIP = "000000000"
# What saving one request may take on disk (its rows, events, outbox and audit pages in the WAL), with room.
REQUEST_SPACE = 256 * 1024


def township_code(db: sqlite_utils.Database, config: Config) -> str:
    """The township's code from the synced township row, else the config, else 000000000."""
    township = township_repo.get_township(db)
    code = (township or {}).get("code") or config.township or UNCONFIGURED_TOWNSHIP
    code = str(code).strip().upper()
    if not is_township_code(code):
        raise ConfigError(f"乡镇代码不能用于申请编号：{code}")
    return code


def kiosk_code(config: Config) -> str:
    code = str(config.kiosk_id).strip().upper()
    if not re.fullmatch(r"[0-9A-Z]{2,4}", code):
        raise ConfigError(f"kiosk_id 应为2至4位字母或数字：{config.kiosk_id}")
    return code


def _prefill_transcriber(data: dict, actor: Actor) -> dict:
    """An oral application is written down by the clerk at the counter: record them by default."""
    data = dict(data)
    try:
        oral = intake.enum_code("channel", data.get("channel")) == "oral"
    except ValidationError:
        oral = False
    if oral and not str(data.get("transcribed_by") or "").strip():
        data["transcribed_by"] = actor.display_name or actor.name
    return data


def create_request(db: sqlite_utils.Database, clock: Clock, config: Config, actor: Actor, data: dict) -> dict:
    """Validate an application form and save it durably; returns `request_view` of the new request.

    Raises `IntakeInvalid` (a ValidationError with `.errors` = {field: message}) and saves
    nothing when any field is invalid.
    """
    form = intake.parse_intake(_prefill_transcriber(data, actor), today(clock))
    township, kiosk = township_code(db, config), kiosk_code(config)
    year = form.received.year
    calendar = load_calendar(db)
    state = lifecycle.fold(form.received, [])
    derived = _derived(state, calendar, now=iso_now(clock))
    request_uuid = str(uuidlib.uuid4())
    where = file_of(db)
    if where:
        diskspace.require(where, REQUEST_SPACE, "保存申请", "申请没有保存；请清理磁盘或请管理员扩容后再登记")
    with diskspace.named(where or ".", REQUEST_SPACE, "保存申请", "申请没有保存；请清理磁盘或请管理员扩容后再登记"), \
            db.atomic():
        prefix = f"{township}-{kiosk}-{year:04d}-"
        counter = numbers.counter_name(township, kiosk, year)
        serial = requests_repo.allocate_serial(db, counter, prefix, highwater.floor(counter))
        # Remembered outside the database before the commit: a lost database never reuses this number.
        highwater.raise_to(counter, serial)
        number = numbers.format_number(township, kiosk, year, serial)
        requests_repo.insert_request(db, {
            **form.as_dict(), "received_on": form.received.isoformat(), "uuid": request_uuid, "number": number,
            "kiosk_id": kiosk, "township_code": township, "created_at": derived["updated_at"], **derived,
            "status_code": new_status_code(),
        })
        requests_repo.insert_event(db, {
            "event_uuid": str(uuidlib.uuid4()), "request_uuid": request_uuid, "kind": lifecycle.RECEIVED,
            "at": derived["updated_at"], "actor": actor.name,
            "data": {"on": form.received.isoformat(), "channel": form.channel},
        })
        audit.record(db, clock, actor.name, "request.create",
                     {"number": number, "row": audit.request_digest(db, number)})
    return request_view(db, clock, number)


def find_request(db: sqlite_utils.Database, number: str) -> dict:
    """The stored row for a typed or scanned number (normalised and checked); raises NotFound."""
    normalised = numbers.parse_number(number)
    row = requests_repo.get_by_number(db, normalised)
    if row is None:
        raise NotFound(f"没有编号为 {normalised} 的申请")
    return row


def _state(db: sqlite_utils.Database, row: dict) -> lifecycle.RequestState:
    events = [e for e in requests_repo.events(db, row["uuid"]) if e["kind"] != lifecycle.RECEIVED]
    return lifecycle.fold(dt.date.fromisoformat(row["received_on"]), events)


def _derived(state: lifecycle.RequestState, calendar: WorkCalendar, now: str) -> dict:
    due = lifecycle.deadlines(state, calendar).reply
    return {
        "status": state.status,
        "due_on": due.day.isoformat() if due and state.is_open else None,
        "due_provisional": int(bool(due and due.provisional and state.is_open)),
        "outcome": state.outcome,
        "concluded_on": state.concluded_on.isoformat() if state.concluded_on else None,
        "fee_method": state.fee_method, "fee_units": state.fee_units, "fee_fen": state.fee_fen,
        "updated_at": now,
    }


def request_view(db: sqlite_utils.Database, clock: Clock, number: str) -> dict:
    """Everything staff see about one request (full ID and phone: staff views only).

    Keys: number, uuid, township_code, kiosk_id, applicant_type(+_label), organization_kind(+_label),
    name, id_type(+_label), id_number, id_number_masked, phone, phone_masked, address, postcode, email,
    description, doc_ref, delivery_form(+_label), delivery_method(+_label), channel(+_label),
    transcribed_by, received (YYYY-MM-DD), status, status_label, open, next_events (kinds allowed now),
    due (YYYY-MM-DD or None),
    provisional (bool), due_without_extension, correction_notice_due, workdays_left, overdue,
    due_soon, extension_workdays, extension_official, opinions [{started, ended}] (third-party opinions), outcome,
    outcome_label, outcome_article, concluded_on, fee_method, fee_method_label, fee_units, fee_fen,
    fee_paid, created_at, clerk (login of who logged it), clerk_name, events [{kind, label, on, at, actor,
    actor_name, data}] (actor: the login, as stored and audited; actor_name: the staff display name).
    """
    row = find_request(db, number)
    events = requests_repo.events(db, row["uuid"])
    state = lifecycle.fold(dt.date.fromisoformat(row["received_on"]),
                           [e for e in events if e["kind"] != lifecycle.RECEIVED])
    calendar = load_calendar(db)
    plan = lifecycle.deadlines(state, calendar)
    day = today(clock)
    reply = plan.reply if state.is_open else None
    left = calendar.workdays_between(day, reply.day) if reply else None
    outcome = load_report_config().outcomes.get(state.outcome or "")
    labels = {f: intake.enum_label(f, row[f]) for f in intake.ENUMS}
    names = staff_names(db)
    clerk = next((e["actor"] for e in events if e["kind"] == lifecycle.RECEIVED), "")
    return {
        "number": row["number"], "uuid": row["uuid"], "township_code": row["township_code"],
        "kiosk_id": row["kiosk_id"],
        **{f: row[f] for f in ("applicant_type", "organization_kind", "name", "id_type", "id_number", "phone",
                               "address", "postcode", "email", "description", "doc_ref", "delivery_form",
                               "delivery_method", "channel", "transcribed_by", "created_at")},
        **{f"{f}_label": label for f, label in labels.items()},
        "id_number_masked": identity.mask_id_number(row["id_number"]),
        "phone_masked": identity.mask_phone(row["phone"]),
        "received": row["received_on"], "status_code": row.get("status_code") or "",
        "status": state.status, "status_label": lifecycle.STATUS_LABELS[state.status], "open": state.is_open,
        "next_events": lifecycle.next_kinds(state),
        "due": reply.day.isoformat() if reply else None,
        "provisional": bool(reply and reply.provisional),
        "due_without_extension": plan.reply_without_extension.day.isoformat()
        if plan.reply_without_extension and state.is_open else None,
        "correction_notice_due": plan.correction_notice.day.isoformat(),
        "workdays_left": left,
        "overdue": bool(reply and reply.day < day),
        "due_soon": left is not None and 0 <= left <= DUE_SOON_WORKDAYS,
        "extension_workdays": state.extension_workdays, "extension_official": state.extension_official,
        "opinions": [{"started": s.isoformat(), "ended": e.isoformat() if e else None}
                     for s, e in state.opinions],
        "outcome": state.outcome, "outcome_label": outcome_label(state.outcome),
        "outcome_article": outcome.article if outcome else "",
        "concluded_on": state.concluded_on.isoformat() if state.concluded_on else None,
        "fee_method": state.fee_method, "fee_method_label": fees.METHODS.get(state.fee_method, state.fee_method),
        "fee_units": state.fee_units, "fee_fen": state.fee_fen, "fee_paid": state.fee_paid,
        "clerk": clerk, "clerk_name": names.get(clerk, clerk),
        "reply_letters": [{k: letter[k] for k in ("sha256", "name", "size")}
                          for letter in reply_letters_repo.for_request(db, row["uuid"])],
        "events": [{"kind": lifecycle.kind_of(e), "label": lifecycle.EVENT_LABELS.get(lifecycle.kind_of(e), e["kind"]),
                    "uuid": e["event_uuid"], "voided": e["event_uuid"] in state.voided,
                    "on": e["data"].get("on"), "at": e["at"], "actor": e["actor"],
                    "actor_name": names.get(e["actor"], e["actor"]),
                    "data": {k: v for k, v in e["data"].items() if k not in ("on", "reply_pdf")},
                    "reply_letter": (e["data"].get("reply_pdf") or {}).get("name", "")
                    if isinstance(e["data"].get("reply_pdf"), dict) else ""} for e in events],
    }


def add_event(db: sqlite_utils.Database, clock: Clock, actor: Actor, number: str, kind: str,
              on: dt.date | str | None = None, **data) -> dict:
    """Record one step of the lifecycle (see kiosk.requests.lifecycle); returns the new `request_view`.

    Extra keyword data by kind: replied: outcome=CODE; extended: official=NAME, workdays=N (default 20);
    third_party_opinion_started: party=third_party|agency; void: voids=EVENT_UUID, reason=TEXT, officer=NAME; fee_notice: method=item|page, units=N; any: note=TEXT.
    """
    row = find_request(db, number)
    if isinstance(on, str):
        on = read_day(on, "date")
    on = on or today(clock)
    calendar = load_calendar(db)
    now = iso_now(clock)
    with db.atomic():
        # Write first: the transaction holds the write lock before it reads the events, so two
        # counters recording steps of the same request at once cannot both pass the checks.
        requests_repo.touch(db, row["uuid"], now)
        state = _state(db, row)
        checked = lifecycle.check_event(state, kind, on, data, today(clock), calendar,
                                        set(load_report_config().outcomes))
        if kind == lifecycle.FEE_NOTICE:
            checked = _fee_data(db, row, checked)
        checked["on"] = on.isoformat()
        requests_repo.insert_event(db, {"event_uuid": str(uuidlib.uuid4()), "request_uuid": row["uuid"],
                                        "kind": kind, "at": now, "actor": actor.name, "data": checked})
        state = _state(db, row)  # folded again: a 更正 (void) takes an earlier step out
        requests_repo.update_derived(db, row["uuid"], _derived(state, calendar, now))
        audit.record(db, clock, actor.name, f"request.{kind}",
                     {"number": row["number"],
                      **{k: v for k, v in checked.items() if k in ("outcome", "on", "voids", "reason", "officer")},
                      "row": audit.request_digest(db, row["number"])})
    return request_view(db, clock, row["number"])


def _fee_data(db: sqlite_utils.Database, row: dict, data: dict, quote: bool = False) -> dict:
    method = data.get("method", "")
    try:
        units = int(data.get("units", 0))
    except (TypeError, ValueError):
        raise ValidationError("件数或页数应为整数", "units") from None
    if method not in (fees.PER_ITEM, fees.PER_PAGE):
        raise ValidationError("收费方式应为 item（按件计收）或 page（按量计收），二者只能选一", "method")
    if units < 1:
        raise ValidationError("件数或页数至少为 1", "units")
    earlier = 0
    if method == fees.PER_ITEM:
        earlier = requests_repo.applicant_requests_in_month(
            db, row["id_type"], row["id_number"], row["received_on"][:7], row["number"], row["received_on"])
    amount = fees.compute_fee(method, units, earlier)
    if amount == 0 and not quote:
        raise ValidationError("按此方式计算不收费（在免费范围内），无需发出收费通知", "units")
    return {**data, "method": method, "units": units, "earlier_items": earlier, "amount_fen": amount}


def remote_step_refusal(db: sqlite_utils.Database, clock: Clock, request_uuid: str, kind: str, data: dict) -> str:
    """Why this kiosk's rules refuse a step recorded elsewhere (the county), or "" when they allow it.
    The same check as `add_event`, except that a step made elsewhere may be dated before one seen
    here first."""
    row = requests_repo.get_by_uuid(db, request_uuid)
    if row is None:
        return ""
    try:
        on = parse_day((data or {}).get("on"))
        lifecycle.check_event(_state(db, row), kind, on, {k: v for k, v in (data or {}).items() if k != "on"},
                              today(clock), load_calendar(db), set(load_report_config().outcomes), in_order=False)
    except ValueError:
        return "办理日期无效"
    except ValidationError as exc:
        return str(exc)
    return ""


def fee_quote(db: sqlite_utils.Database, number: str, method: str, units: int) -> dict:
    """What a fee notice would say, without recording it: {method, units, earlier_items, amount_fen}."""
    return _fee_data(db, find_request(db, number), {"method": method, "units": units}, quote=True)


def worklist(db: sqlite_utils.Database, clock: Clock, include_replied: bool = False) -> list[dict]:
    """Open requests (and, if asked, replied ones not yet closed), soonest due first.

    Each item: number, name, applicant_type_label, description, received, status, status_label, due,
    provisional, workdays_left, overdue, due_soon (≤ 5 working days left), correction_notice_due,
    clerk_name (display name of the staff member who logged it).
    Requests whose clock is stopped (awaiting 补正, third-party opinion open) have due None and come last.
    """
    statuses = lifecycle.OPEN_STATUSES + (("replied", "abandoned") if include_replied else ())
    calendar = load_calendar(db)
    day = today(clock)
    items = []
    names = staff_names(db)
    clerks = requests_repo.received_by(db)
    for row in requests_repo.list_requests(db, statuses):
        due = dt.date.fromisoformat(row["due_on"]) if row["due_on"] else None
        left = calendar.workdays_between(day, due) if due else None
        notice = calendar.add_workdays(dt.date.fromisoformat(row["received_on"]), lifecycle.CORRECTION_NOTICE_WORKDAYS)
        items.append({
            "number": row["number"], "name": row["name"],
            "applicant_type_label": intake.enum_label("applicant_type", row["applicant_type"]),
            "description": row["description"], "received": row["received_on"],
            "status": row["status"], "status_label": lifecycle.STATUS_LABELS.get(row["status"], row["status"]),
            "due": row["due_on"], "provisional": bool(row["due_provisional"]), "workdays_left": left,
            "overdue": bool(due and due < day), "due_soon": left is not None and 0 <= left <= DUE_SOON_WORKDAYS,
            "correction_notice_due": notice.day.isoformat(),
            "clerk_name": names.get(clerks.get(row["uuid"], ""), clerks.get(row["uuid"], "")),
        })
    items.sort(key=lambda i: (i["due"] is None, i["due"] or "", i["received"], i["number"]))
    return items


def list_requests(db: sqlite_utils.Database, status: str | None = None) -> list[dict]:
    """Stored rows (full personal data: staff and county only), oldest first."""
    return requests_repo.list_requests(db, (status,) if status else None)


def recompute(db: sqlite_utils.Database, clock: Clock, uuids: list[str]) -> int:
    """Re-derive status and due date of the given requests from their events (one transaction)."""
    calendar = load_calendar(db)
    now = iso_now(clock)
    with db.atomic():
        digests = {}
        for request_uuid in uuids:
            row = requests_repo.get_by_uuid(db, request_uuid)
            requests_repo.update_derived(db, request_uuid, _derived(_state(db, row), calendar, now))
            digests[row["number"]] = audit.request_digest(db, row["number"])
        if digests:
            # Derived columns changed without a clerk: the new rows are fingerprinted all the same.
            audit.record(db, clock, "system", "request.recompute", {"rows": digests})
    return len(uuids)


def recompute_open_requests(db: sqlite_utils.Database, clock: Clock) -> int:
    """After a calendar year arrives (CLI import or sync): provisional due dates become final."""
    return recompute(db, clock, requests_repo.uuids_with_status(db, lifecycle.OPEN_STATUSES))
