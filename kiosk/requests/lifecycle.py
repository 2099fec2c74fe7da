"""The life of a request as a fold over its append-only events, and the deadlines that follow.

    received ─┬─> correction_sent ─┬─> corrected ──> (as received, clock restarted)
              │                    └─> abandoned (outcome 30-abandoned) ──> closed
              ├─> third_party_opinion_started ──> third_party_opinion_ended   (days in between not counted)
              ├─> extended (once, ≤ 20 WD, approving official recorded)
              ├─> fee_notice / fee_paid            (recorded; they do not stop the clock)
              └─> replied (outcome code) ──> closed
    note: a remark, allowed at any time.
    void (更正): voids one earlier step recorded by mistake (reason and officer required). Events
    stay append-only: a voided step is kept and shown struck through, but the fold skips it.

"Third-party opinion" (征求第三方意见, Arts 32 and 34: the third party or a co-producing agency is
asked in writing) is not the public consultation on drafts (意见征集): the names say so. Events
recorded before the rename carry the old kinds consultation_started/_ended and fold the same.

Every event has an effective day `on` (the day it happened, which a clerk may enter late) and
is stored with the actor and the time it was recorded. Pure functions only: the service loads
events, calls `fold` and `check_event`, and stores the results.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kiosk.calendar.workdays import (
    CORRECTION_NOTICE_WORKDAYS,
    MAX_EXTENSION_WORKDAYS,
    REPLY_WORKDAYS,
    Due,
    WorkCalendar,
)
from kiosk.errors import ValidationError

RECEIVED = "received"
CORRECTION_SENT = "correction_sent"
CORRECTED = "corrected"
ABANDONED = "abandoned"
OPINION_STARTED = "third_party_opinion_started"
OPINION_ENDED = "third_party_opinion_ended"
EXTENDED = "extended"
FEE_NOTICE = "fee_notice"
FEE_PAID = "fee_paid"
REPLIED = "replied"
CLOSED = "closed"
NOTE = "note"
VOID = "void"
# Kinds stored before the rename (and sent by kiosks not yet updated): folded as their new names.
LEGACY_KINDS = {"consultation_started": OPINION_STARTED, "consultation_ended": OPINION_ENDED}
# Statuses stored before the rename (migrated on both sides; kept for rows from older kiosks).
OPINION = "third_party_opinion"
LEGACY_STATUSES = {"consulting": OPINION}

EVENT_LABELS = {
    RECEIVED: "收到申请", CORRECTION_SENT: "发出补正通知", CORRECTED: "收到补正材料",
    ABANDONED: "逾期未补正（视为放弃）", OPINION_STARTED: "开始征求第三方意见", OPINION_ENDED: "第三方意见征求结束",
    EXTENDED: "延长答复期限", FEE_NOTICE: "发出收费通知", FEE_PAID: "已缴费", REPLIED: "已答复",
    CLOSED: "已归档", NOTE: "备注", VOID: "更正（作废误登记的环节）",
}
# Kinds a clerk may add after intake (received is written by create_request only).
EVENT_KINDS = tuple(k for k in EVENT_LABELS if k != RECEIVED)

STATUS_LABELS = {
    "received": "办理中", "awaiting_correction": "待补正", OPINION: "征求第三方意见中", "extended": "已延期",
    "replied": "已答复", "abandoned": "视为放弃", "closed": "已归档",
}
OPEN_STATUSES = ("received", "awaiting_correction", OPINION, "extended")
OPINION_PARTIES = {"third_party": "第三方", "agency": "其他机关"}
# A void may not void these: the application itself, or another void.
NOT_VOIDABLE = ("received", VOID)


@dataclass
class RequestState:
    """What the events say about one request."""

    received_on: dt.date
    clock_start: dt.date  # the reply clock runs from here (receipt, or the corrected application)
    status: str = "received"
    last_on: dt.date | None = None
    correction_sent_on: dt.date | None = None
    corrected_on: dt.date | None = None
    opinions: list[list[dt.date | None]] = field(default_factory=list)  # [started, ended|None]
    extension_workdays: int = 0
    extension_official: str = ""
    outcome: str | None = None
    concluded_on: dt.date | None = None  # replied or abandoned: the request leaves the open count
    closed_on: dt.date | None = None
    fee_fen: int = 0
    fee_method: str = "free"
    fee_units: int = 0
    fee_paid: bool = False
    steps: dict[str, str] = field(default_factory=dict)  # event uuid -> kind, every step seen
    voided: set[str] = field(default_factory=set)  # uuids of the steps voided by a 更正
    replied_on: dt.date | None = None
    extension_reason: str = ""
    correction_what: str = ""  # what the 补正 notice asks for
    correction_by: dt.date | None = None  # the period it gives

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def awaiting_opinion(self) -> bool:
        return bool(self.opinions) and self.opinions[-1][1] is None


@dataclass(frozen=True)
class Deadlines:
    correction_notice: Due  # the one-time 补正 notice must go out by this day
    reply: Due | None  # None while the clock is stopped (awaiting 补正, or a third-party opinion is open)
    reply_without_extension: Due | None


def event_day(event: dict) -> dt.date:
    """The effective day of an event: data.on, else the day it was recorded (events from elsewhere)."""
    on = (event.get("data") or {}).get("on") or str(event.get("at", ""))[:10]
    return dt.date.fromisoformat(on)


def kind_of(event: dict) -> str:
    """The event's kind under its current name (legacy consultation kinds renamed)."""
    return LEGACY_KINDS.get(event["kind"], event["kind"])


def voided_uuids(events: list[dict]) -> set[str]:
    """The uuids voided by the 更正 steps among these events."""
    return {str((e.get("data") or {}).get("voids")) for e in events if e.get("kind") == VOID}


def fold(received_on: dt.date, events: list[dict]) -> RequestState:
    """Replay events (dicts with kind, data and event_uuid, in order) into the request's state;
    steps voided by a 更正 are skipped."""
    state = RequestState(received_on=received_on, clock_start=received_on, last_on=received_on)
    voided = voided_uuids(events)
    for event in events:
        uuid = event.get("event_uuid")
        if uuid:
            state.steps[uuid] = kind_of(event)
        if uuid and uuid in voided:
            state.voided.add(uuid)
            continue
        apply_event(state, kind_of(event), event_day(event), event.get("data") or {})
    return state


def apply_event(state: RequestState, kind: str, on: dt.date, data: dict) -> None:
    """Fold one event into the state. Lenient on purpose: events synced from the county were
    checked there, and a replay must never fail on history (unknown kinds are ignored)."""
    kind = LEGACY_KINDS.get(kind, kind)
    if kind == VOID:
        return  # fold() skips the voided step; the 更正 itself changes nothing else
    state.last_on = max(state.last_on or on, on)
    if kind == CORRECTION_SENT:
        state.correction_sent_on, state.status = on, "awaiting_correction"
        state.correction_what = str(data.get("note") or data.get("what") or "")
        try:
            state.correction_by = dt.date.fromisoformat(str(data.get("by") or ""))
        except ValueError:
            state.correction_by = None
    elif kind == CORRECTED:
        state.corrected_on, state.clock_start, state.status = on, on, "received"
    elif kind == ABANDONED:
        state.status, state.outcome, state.concluded_on = "abandoned", data.get("outcome", "30-abandoned"), on
    elif kind == OPINION_STARTED:
        state.opinions.append([on, None])
        state.status = OPINION
    elif kind == OPINION_ENDED and state.awaiting_opinion:
        state.opinions[-1][1] = on
        state.status = "extended" if state.extension_workdays else "received"
    elif kind == EXTENDED:
        state.extension_workdays = int(data.get("workdays", MAX_EXTENSION_WORKDAYS))
        state.extension_official = data.get("official", "")
        state.extension_reason = str(data.get("reason") or data.get("note") or "")
        if state.status == "received":
            state.status = "extended"
    elif kind == FEE_NOTICE:
        state.fee_method = data.get("method", state.fee_method)
        state.fee_units, state.fee_fen = int(data.get("units", 0)), int(data.get("amount_fen", 0))
    elif kind == FEE_PAID:
        state.fee_paid = True
    elif kind == REPLIED:
        state.status, state.outcome, state.concluded_on = "replied", data.get("outcome"), on
        state.replied_on = on
    elif kind == CLOSED:
        state.status, state.closed_on = "closed", on


def next_kinds(state: RequestState) -> list[str]:
    """The steps the state allows now (what `check_event` would not refuse on state grounds),
    in the order a clerk usually takes them; `note` is always allowed and listed last."""
    if state.status == "closed":
        kinds = []
    elif state.status in ("replied", "abandoned"):
        kinds = [CLOSED]
    elif state.status == "awaiting_correction":
        kinds = [CORRECTED, ABANDONED]
    elif state.awaiting_opinion:
        kinds = [OPINION_ENDED]
    else:
        kinds = []
        if state.status == "received" and not state.correction_sent_on and not state.extension_workdays:
            kinds.append(CORRECTION_SENT)
        kinds.append(OPINION_STARTED)
        if not state.extension_workdays:
            kinds.append(EXTENDED)
        if not state.fee_fen:
            kinds.append(FEE_NOTICE)
        elif not state.fee_paid:
            kinds.append(FEE_PAID)
        kinds.append(REPLIED)
    return [*kinds, NOTE, *([VOID] if voidable_steps(state) else [])]


def voidable_steps(state: RequestState) -> list[str]:
    """The uuids of the steps a 更正 may void now, oldest first."""
    return [u for u, k in state.steps.items() if k not in NOT_VOIDABLE and u not in state.voided]


def deadlines(state: RequestState, calendar: WorkCalendar) -> Deadlines:
    notice = calendar.add_workdays(state.received_on, CORRECTION_NOTICE_WORKDAYS)
    if state.status == "awaiting_correction" or state.awaiting_opinion:
        return Deadlines(notice, None, None)
    # Opinion letter out on S, answer back on E: working days S+1 .. E are not counted.
    spans = paused_spans(state)
    base = calendar.add_workdays(state.clock_start, REPLY_WORKDAYS, spans)
    if not state.extension_workdays:
        return Deadlines(notice, base, base)
    extended = calendar.add_workdays(state.clock_start, REPLY_WORKDAYS + state.extension_workdays, spans)
    return Deadlines(notice, extended, base)


def paused_spans(state: RequestState) -> list[tuple[dt.date, dt.date]]:
    """The closed third-party opinion periods as excluded spans (letter out S, answer back E: S+1..E)."""
    return [(s + dt.timedelta(days=1), e) for s, e in state.opinions if e is not None]


def check_event(state: RequestState, kind: str, on: dt.date, data: dict, today: dt.date,
                calendar: WorkCalendar, outcome_codes: set[str], *, in_order: bool = True) -> dict:
    """Refuse an event that the request's state does not allow; returns the data to store.

    The one rulebook: the kiosk's counter and CLI, the county console, CLI and the kiosk applying
    the county's steps all call this. `in_order=False` (a step made elsewhere, arriving late)
    skips only the rule that a step is not dated before the last one seen here."""
    kind = LEGACY_KINDS.get(kind, kind)
    if kind not in EVENT_KINDS:
        raise ValidationError(f"未知的办理环节：{kind}（可选：{', '.join(EVENT_KINDS)}）", "kind")
    if on > today:
        raise ValidationError(f"日期不能晚于今天（{today.isoformat()}）", "date")
    if in_order and kind != VOID and state.last_on and on < state.last_on:
        raise ValidationError(f"日期不能早于上一环节（{state.last_on.isoformat()}）", "date")
    data = {k: v for k, v in data.items() if v not in (None, "")}
    if kind == VOID:
        return _check_void(state, data)
    if kind == NOTE:
        if not data.get("note"):
            raise ValidationError("备注内容不能为空", "note")
        return data
    status = STATUS_LABELS[state.status]
    if kind == CLOSED:
        if state.status not in ("replied", "abandoned"):
            raise ValidationError(f"答复（或视为放弃）之后才能归档；当前状态：{status}", "kind")
        return data
    if not state.is_open:
        raise ValidationError(f"申请当前状态为“{status}”，不能再登记“{EVENT_LABELS[kind]}”", "kind")
    if kind == CORRECTION_SENT:
        if state.correction_sent_on:
            raise ValidationError("补正通知只能发出一次（条例第三十条：一次性告知）", "kind")
        if state.status != "received" or state.extension_workdays:
            raise ValidationError(f"当前状态（{status}）不能发出补正通知", "kind")
        if data.get("by"):
            try:
                by = dt.date.fromisoformat(str(data["by"]))
            except ValueError:
                raise ValidationError("补正期限应为日期（YYYY-MM-DD）", "by") from None
            if by <= on:
                raise ValidationError("补正期限应晚于发出补正通知的日期", "by")
        notice_due = calendar.add_workdays(state.received_on, CORRECTION_NOTICE_WORKDAYS)
        if on > notice_due.day:
            data["late"] = True  # recorded as it happened; the report shows it was late
        return data
    if kind in (CORRECTED, ABANDONED):
        if state.status != "awaiting_correction":
            raise ValidationError("只有待补正的申请才能登记补正结果", "kind")
        if kind == ABANDONED:
            data["outcome"] = "30-abandoned"
        return data
    if state.status == "awaiting_correction":
        raise ValidationError("申请正在等待补正：请先登记“收到补正材料”或“逾期未补正”", "kind")
    if kind == OPINION_STARTED:
        if state.awaiting_opinion:
            raise ValidationError("已有正在进行的征求第三方意见，请先登记其结束", "kind")
        party = data.get("party", "third_party")
        if not isinstance(party, str) or party not in OPINION_PARTIES:
            raise ValidationError("征求意见对象应为 third_party（第三方）或 agency（其他机关）", "party")
        data["party"] = party
        return data
    if kind == OPINION_ENDED:
        if not state.awaiting_opinion:
            raise ValidationError("没有正在进行的征求第三方意见", "kind")
        return data
    if state.awaiting_opinion:
        raise ValidationError("正在征求第三方意见：请先登记“第三方意见征求结束”", "kind")
    if kind == EXTENDED:
        return _check_extension(state, on, data, calendar)
    if kind == FEE_NOTICE:
        if state.fee_fen:
            raise ValidationError("已发出过收费通知：一件申请只按一种方式收一次费", "kind")
        return data  # the service fills in method, units and the amount from kiosk.requests.fees
    if kind == FEE_PAID:
        if not state.fee_fen:
            raise ValidationError("没有待缴的信息处理费", "kind")
        return data
    if kind == REPLIED:
        outcome = data.get("outcome")
        if not outcome:
            raise ValidationError("答复须选择办理结果", "outcome")
        if not isinstance(outcome, str) or outcome not in outcome_codes:
            raise ValidationError(f"未知的办理结果代码：{str(outcome)[:40]}", "outcome")
        return data
    raise AssertionError(kind)


def _check_extension(state: RequestState, on: dt.date, data: dict, calendar: WorkCalendar) -> dict:
    if state.extension_workdays:
        raise ValidationError("答复期限只能延长一次", "kind")
    if not str(data.get("official", "")).strip():
        raise ValidationError("延期须记录批准延期的负责人（条例第三十三条）", "official")
    try:
        workdays = int(data.get("workdays", MAX_EXTENSION_WORKDAYS))
    except (TypeError, ValueError, OverflowError):
        raise ValidationError("延长的工作日数应为整数", "workdays") from None
    if not 1 <= workdays <= MAX_EXTENSION_WORKDAYS:
        raise ValidationError(f"延长期限应为 1 至 {MAX_EXTENSION_WORKDAYS} 个工作日", "workdays")
    due = deadlines(state, calendar).reply
    if due is not None and on > due.day:
        raise ValidationError(f"延期须在答复期限（{due.day.isoformat()}）届满前决定", "date")
    data["workdays"] = workdays
    data["official"] = str(data["official"]).strip()
    return data


def _check_void(state: RequestState, data: dict) -> dict:
    """更正: void one earlier step, with a reason and the officer's name (append-only)."""
    target = str(data.get("voids") or "")
    if not target:
        raise ValidationError("更正须选择要作废的环节", "voids")
    if target not in state.steps:
        raise ValidationError("要作废的环节不属于这件申请", "voids")
    if state.steps[target] in NOT_VOIDABLE:
        raise ValidationError(f"“{EVENT_LABELS.get(state.steps[target], state.steps[target])}”不能作废", "voids")
    if target in state.voided:
        raise ValidationError("这个环节已经作废过了", "voids")
    reason = str(data.get("reason") or "").strip()
    if not reason:
        raise ValidationError("更正须写明理由", "reason")
    officer = str(data.get("officer") or "").strip()
    if not officer:
        raise ValidationError("更正须记录作出更正的工作人员姓名", "officer")
    return {**data, "voids": target, "voids_kind": state.steps[target], "reason": reason[:500],
            "officer": officer[:50]}
