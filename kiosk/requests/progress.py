"""What a resident reads about their request, the same on the kiosk's status screen and on the
county's phone page: the status in words, the outcome and reply date, how the reply is collected,
what a 补正 asks for and by when, an extension's new date and reason, and one line saying how the
due date was counted. No personal data goes in or comes out (the delivery method is a choice
of channel, not a person's data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kiosk.calendar.workdays import REPLY_WORKDAYS, WorkCalendar
from kiosk.formatting import medium_date
from kiosk.requests import lifecycle

STATUS_TEXT = {
    "received": "已受理，正在办理",
    "awaiting_correction": "需要补正材料",
    lifecycle.OPINION: "正在征求第三方意见（这段时间不计入办理期限）",
    "extended": "已延期答复，正在办理",
    "replied": "已答复",
    "abandoned": "未按期补正，视为放弃申请",
    "closed": "已办结",
}
COLLECT = {
    "pickup": "请持受理回执和身份证件到受理窗口领取答复书",
    "post": "答复书已按您留下的地址邮寄",
    "email": "答复书已发送到您留下的电子邮箱",
    "fax": "答复书已传真到您留下的号码",
}
PROVISIONAL = "（暂定：所跨年份的调休安排尚未公布，公布后可能调整）"


@dataclass(frozen=True)
class Progress:
    status: str
    status_text: str
    received: str
    due: str = ""  # "2026年12月21日前（暂定…）" while open, else ""
    provisional: bool = False
    outcome: str = ""  # the outcome in words
    replied: str = ""  # the reply date
    collect: str = ""  # how to collect the reply
    correction: str = ""  # what to supply and by when
    extension: str = ""  # the new date and why
    how_counted: str = ""  # one line: working days, holidays and 调休 skipped, pauses, extension
    steps: list[tuple[str, str]] = field(default_factory=list)  # (day, label), voided and notes left out
    finished: bool = False
    overdue: bool = False


def _day(day: dt.date | None) -> str:
    return medium_date(day) if day else ""


def progress(received_on: dt.date, events: list[dict], calendar: WorkCalendar, today: dt.date,
             delivery_method: str = "", outcome_label=lambda code: code or "") -> Progress:
    """The resident's view of a request from its events (dicts with kind, data, event_uuid, at)."""
    kept = []
    for event in events:
        try:
            day = lifecycle.event_day(event)
        except (TypeError, ValueError):
            continue
        if event["kind"] != lifecycle.RECEIVED and day <= today:  # a step dated ahead is not shown yet
            kept.append(event)
    kept.sort(key=lifecycle.event_day)
    state = lifecycle.fold(received_on, kept)
    plan = lifecycle.deadlines(state, calendar)
    reply = plan.reply if state.is_open else None
    status = state.status
    correction = ""
    if state.correction_sent_on:
        what = state.correction_what or "请按补正通知书的要求补充材料"
        by = f"，请于{_day(state.correction_by)}前提交" if state.correction_by else ""
        done = f"（已于{_day(state.corrected_on)}收到补正材料，期限自该日重新计算）" if state.corrected_on else ""
        correction = f"需要补正：{what}{by}{done}"
    extension = ""
    if state.extension_workdays:
        why = f"，原因：{state.extension_reason}" if state.extension_reason else ""
        new_day = f"，新的答复期限为{_day(plan.reply.day)}" if plan.reply and state.is_open else ""
        extension = f"经{state.extension_official or '负责人'}批准延长{state.extension_workdays}个工作日{new_day}{why}"
    voided = state.voided
    steps: list[tuple[str, str]] = []
    for e in kept:
        if e.get("event_uuid") in voided or lifecycle.kind_of(e) in (lifecycle.NOTE, lifecycle.VOID):
            continue
        step = (_day(lifecycle.event_day(e)), lifecycle.EVENT_LABELS.get(lifecycle.kind_of(e), e["kind"]))
        if step not in steps:  # the same step recorded twice (kiosk and county) reads once
            steps.append(step)
    replied = status in ("replied", "closed") and state.replied_on is not None
    return Progress(
        status=status,
        status_text=STATUS_TEXT.get(status, "正在办理"),
        received=_day(received_on),
        due=(f"{_day(reply.day)}前" + (PROVISIONAL if reply.provisional else "")) if reply else "",
        provisional=bool(reply and reply.provisional),
        outcome=outcome_label(state.outcome) if state.outcome else "",
        replied=_day(state.replied_on) if replied else "",
        collect=COLLECT.get(delivery_method, "请按申请时选择的方式获取答复书") if replied else "",
        correction=correction,
        extension=extension,
        how_counted=how_counted(state, calendar) if state.is_open else "",
        steps=[(_day(received_on), "收到申请"), *steps],
        finished=not state.is_open,
        overdue=bool(reply and reply.day < today),
    )


def how_counted(state: lifecycle.RequestState, calendar: WorkCalendar) -> str:
    """One line a resident can follow: what was counted, what was skipped, what paused the clock."""
    if state.status == "awaiting_correction":
        return "补正期间暂停计算：收到补正材料之日起重新计算20个工作日。"
    if state.awaiting_opinion:
        return "征求第三方意见期间暂停计算，意见返回后继续计算。"
    plan = lifecycle.deadlines(state, calendar)
    if plan.reply is None:
        return ""
    start = state.clock_start
    start_text = (f"自收到补正材料之日（{_day(start)}）" if state.corrected_on else f"自收到申请之日（{_day(start)}）")
    total = REPLY_WORKDAYS + state.extension_workdays
    parts = [f"{start_text}次日起算{total}个工作日" + (f"（含延长的{state.extension_workdays}个）" if state.extension_workdays else "")]
    off = calendar.days_off_between(start, plan.reply.day)
    if off:
        parts.append(f"跳过节假日{len(off)}天（{'、'.join(sorted({_holiday_name(calendar, d) for d in off}))}）")
    swapped = calendar.extra_workdays_between(start, plan.reply.day)
    if swapped:
        parts.append(f"调休上班{len(swapped)}天照常计算")
    paused = sum(calendar.workdays_between(a - dt.timedelta(days=1), b) for a, b in lifecycle.paused_spans(state))
    if paused:
        parts.append(f"征求第三方意见暂停{paused}个工作日")
    parts.append("周末不计")
    return "，".join(parts) + "。"


def _holiday_name(calendar: WorkCalendar, day: dt.date) -> str:
    """The holiday a day off belongs to: the statutory day itself or the nearest one (a notice
    adds days around 春节, 国庆 …)."""
    from kiosk.calendar.statutory import statutory_holidays

    near = {**statutory_holidays(day.year - 1), **statutory_holidays(day.year), **statutory_holidays(day.year + 1)}
    best = min(near, key=lambda d: abs((d - day).days))
    return near[best] if abs((best - day).days) <= 8 else "节假日"
