"""The kiosk's own rules, applied at the county to what a kiosk uploads (one rulebook on every side).

    request_problem(item, today) -> reason | None          a request: received_on, applicant_type
    event_problems(requests, history, candidates, today)   {event uuid: reason} for the new events

A request is checked by the counter's intake rule for its day of receipt (kiosk/requests/intake.py)
and must name one of the two applicant types; an event is checked, in the order the kiosk sent it,
by `kiosk/requests/lifecycle.check_event` against the request's stored events (kiosk's and
county's) and the batch's events already accepted: the same check the console runs on a county
step. A refused item is not stored; county/upward.py keeps it with its reason for the console and
leaves it unacknowledged, so it stays in the kiosk's outbox with the county's reason.

Two allowances for what arrives late from elsewhere: `today` is the server's day plus one (a
kiosk's clock a day ahead), and a kiosk event may be dated before a county step the kiosk had not
yet received (only the receipt and the kiosk's own earlier steps bound its day).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from kiosk.calendar.workdays import WorkCalendar
from kiosk.errors import ValidationError
from kiosk.requests import lifecycle
from kiosk.requests.intake import APPLICANT_TYPES, check_received

CLOCK_SKEW = dt.timedelta(days=1)


def upload_today(at: str) -> dt.date:
    """The latest day an uploaded item may carry: the server's day (of `at`, iso_now) plus the skew."""
    return dt.date.fromisoformat(at[:10]) + CLOCK_SKEW


def request_problem(item: dict, today: dt.date) -> str | None:
    """Why the county refuses this uploaded request, or None."""
    kind = item.get("applicant_type")
    if kind is not None and (not isinstance(kind, str) or kind not in APPLICANT_TYPES):
        choices = "、".join(f"{code}（{label}）" for code, label in APPLICANT_TYPES.items())
        return f"申请 {item.get('number')} 的申请人类型“{str(kind)[:20]}”无效，应为 {choices}"
    value = item.get("received_on")
    try:
        check_received(value, today)
    except ValidationError as exc:
        return f"申请 {item.get('number')} 的收到申请日期“{str(value)[:20]}”无效：{exc}"
    return None


def request_state(request: dict, history: list[dict]) -> lifecycle.RequestState:
    """The request's state as the county derives it: every event with a readable day, receipts
    left out, in order of day (stable), folded from the day of receipt."""
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
    return lifecycle.fold(received, kept)


def event_problems(requests: dict[str, dict], history: dict[str, list[dict]], candidates: list[dict],
                   today: dt.date, calendar: WorkCalendar) -> dict[str, str]:
    """{event uuid: reason} of the new events the rules refuse. `requests` holds the version of
    each request that is kept, `history` its stored events ({"kind", "at", "data", "event_uuid",
    "origin"}), `candidates` the batch's new events in the kiosk's order; `calendar` the county's."""
    from kiosk.requests.outcomes import load_report_config

    refused: dict[str, str] = {}
    seen = {uuid: list(events) for uuid, events in history.items()}
    outcomes: set[str] | None = None
    for event in candidates:
        request = requests.get(event["request_uuid"])
        if request is None:
            continue  # held back by tenancy: its request has not arrived
        data = event["data"] if isinstance(event["data"], dict) else json.loads(event["data"])
        event = {**event, "data": data, "origin": "kiosk"}
        if event["kind"] != lifecycle.RECEIVED:
            if outcomes is None:
                outcomes = set(load_report_config().outcomes)
            reason = _event_problem(request, seen.get(event["request_uuid"], []), event, today, calendar, outcomes)
            if reason is not None:
                refused[event["event_uuid"]] = reason
                continue
        seen.setdefault(event["request_uuid"], []).append(event)
    return refused


def _event_problem(request: dict, history: list[dict], event: dict, today: dt.date, calendar: WorkCalendar,
                   outcomes: set[str]) -> str | None:
    kind = lifecycle.kind_of(event)
    label = lifecycle.EVENT_LABELS.get(kind, kind)
    try:
        on = lifecycle.event_day(event)
    except (TypeError, ValueError):
        return f"“{label}”的办理日期无效，应为 YYYY-MM-DD"
    try:
        state = request_state(request, history)
        # In order after the receipt and the kiosk's own earlier steps; a county step the kiosk
        # had not yet received when it recorded this one does not bound its day.
        floor = max([state.received_on, *(day for e in history
                                          if e.get("origin") == "kiosk" and e["kind"] != lifecycle.VOID
                                          and (day := _day(e)) is not None)])
        data = {k: v for k, v in event["data"].items() if k != "on"}
        lifecycle.check_event(dataclasses.replace(state, last_on=floor), kind, on, data, today, calendar,
                              outcomes)
    except ValidationError as exc:
        return f"“{label}”（{on.isoformat()}）未被接收：{exc}"
    return None


def _day(event: dict) -> dt.date | None:
    try:
        return lifecycle.event_day(event)
    except (TypeError, ValueError):
        return None
