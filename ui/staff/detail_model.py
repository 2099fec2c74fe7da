"""One request at the counter: its fields, its events, and the next steps of its lifecycle.

Each step goes through kiosk.requests.service.add_event, which checks it (dates, one extension,
the approving official, an outcome code …) and records who and when; a refusal comes back as
`actionError`, shown next to the action.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import today
from kiosk.errors import KioskError
from kiosk.formatting import medium_date
from kiosk.requests import intake, lifecycle, service
from kiosk.requests.outcomes import outcome_label, outcomes
from ui.staff.receipt_printer import ReceiptPrinter

# Steps a clerk may take from each status (the service still checks every rule).
NEXT_STEPS = {
    "received": ("correction_sent", "third_party_opinion_started", "extended", "replied"),
    "awaiting_correction": ("corrected", "abandoned"),
    "third_party_opinion": ("third_party_opinion_ended",),
    "extended": ("third_party_opinion_started", "replied"),
    "replied": ("closed",),
    "abandoned": ("closed",),
    "closed": (),
}
STEP_LABELS = {
    "correction_sent": "发出补正通知", "corrected": "收到补正材料", "abandoned": "逾期未补正",
    "third_party_opinion_started": "开始征求第三方意见", "third_party_opinion_ended": "第三方意见征求结束", "extended": "延长答复期限",
    "replied": "登记答复", "closed": "归档", "note": "添加备注", "void": "更正",
}
PARTIES = [{"code": c, "label": label} for c, label in lifecycle.OPINION_PARTIES.items()]


def _date(text: str | None) -> str:
    try:
        return medium_date(dt.date.fromisoformat(text)) if text else ""
    except ValueError:
        return text or ""


def _left_text(left: int | None) -> str:
    if left is None:
        return ""
    if left < 0:
        return f"已逾期 {-left} 个工作日"
    return "今天到期" if left == 0 else f"剩 {left} 个工作日"


def _event_line(event: dict) -> dict:
    data = event.get("data") or {}
    details = []
    if data.get("outcome"):
        details.append(outcome_label(data["outcome"]))
    if data.get("official"):
        details.append(f"批准人：{data['official']}，延长 {data.get('workdays', '')} 个工作日")
    if data.get("party"):
        details.append(f"对象：{lifecycle.OPINION_PARTIES.get(data['party'], data['party'])}")
    if data.get("channel"):
        details.append(f"方式：{intake.enum_label('channel', data['channel'])}")
    if data.get("note"):
        details.append(str(data["note"]))
    if event.get("reply_letter"):
        details.append(f"答复书：{event['reply_letter']}")
    if data.get("voids"):
        details.append(f"作废“{lifecycle.EVENT_LABELS.get(data.get('voids_kind', ''), '')}”，理由：{data.get('reason', '')}"
                       f"（{data.get('officer', '')}）")
    if data.get("late"):
        details.append("（超过7个工作日）")
    label = event["label"] + ("（已作废）" if event.get("voided") else "")
    return {"label": label, "on": _date(event.get("on")), "actor": event.get("actor_name") or event["actor"],
            "at": (event.get("at") or "")[:16].replace("T", " "), "detail": "；".join(details)}


class RequestDetailModel(QObject):
    changed = Signal()
    stepRecorded = Signal(str)  # number, so the worklist refreshes

    def __init__(self, db, clock, printer: ReceiptPrinter, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock, self._printer = db, clock, printer
        self.actor = None
        self._view: dict = {}
        self._error = ""
        self._error_field = ""  # the input the error is about (official, outcome, date …), if any
        self._notice = ""

    @Slot(str, result=bool)
    def open(self, number: str) -> bool:
        try:
            self._view = service.request_view(self._db, self._clock, number)
            self._error = ""
        except KioskError as exc:
            self._view, self._error = {}, str(exc) if number else ""
        self._notice, self._error_field = "", ""
        self._printer.clear()
        self.changed.emit()
        return bool(self._view)

    @Slot(str, "QVariantMap", result=bool)
    def addStep(self, kind: str, values: dict) -> bool:  # noqa: N802
        """Record a lifecycle step; values may hold on (YYYY-MM-DD), official, workdays, party, outcome, note."""
        if not self._view or self.actor is None:
            return False
        data = {k: v for k, v in dict(values).items() if v not in ("", None)}
        on = data.pop("on", None)
        if kind == "void":
            data["officer"] = self.actor.display_name or self.actor.name  # the 更正 names who made it
        try:
            self._view = service.add_event(self._db, self._clock, self.actor, self._view["number"], kind, on, **data)
        except KioskError as exc:
            self._error, self._notice = str(exc), ""
            self._error_field = getattr(exc, "field", None) or ""
            self.changed.emit()
            return False
        self._error, self._error_field = "", ""
        self._notice = f"已登记：{STEP_LABELS.get(kind, kind)}"
        self.changed.emit()
        self.stepRecorded.emit(self._view["number"])
        return True

    @Slot(str)
    def printLetter(self, sha256: str) -> None:  # noqa: N802
        if self._view:
            self._printer.printLetter(self._view["number"], sha256)

    @Property("QVariantList", notify=changed)
    def letters(self) -> list[dict]:
        """The reply letters (答复书 PDF) that came down from the county: name and hash, to print."""
        return [{"sha256": letter["sha256"], "label": f"打印答复书（{letter['name']}）"}
                for letter in self._view.get("reply_letters", [])]

    @Slot()
    def reprint(self) -> None:
        if self._view:
            self._printer.reprint(self._view["number"])

    @Property("QVariantMap", notify=changed)
    def request(self) -> dict:
        v = self._view
        if not v:
            return {}
        due = _date(v["due"]) + ("（暂定）" if v["due"] and v["provisional"] else "")
        if not v["open"]:
            due = "已办结" if v["status"] == "closed" else "—"
        org = f"（{v['organization_kind_label']}）" if v.get("organization_kind") else ""
        return {
            "number": v["number"], "name": v["name"], "applicantType": v["applicant_type_label"] + org,
            "idLine": f"{v['id_type_label']} {v['id_number']}", "phone": v["phone"],
            "address": " ".join(x for x in (v["address"], v["postcode"]) if x), "email": v["email"],
            "description": v["description"], "docRef": v["doc_ref"], "form": v["delivery_form_label"],
            "method": v["delivery_method_label"], "channel": v["channel_label"]
            + (f"（{v['transcribed_by']}代填）" if v.get("transcribed_by") else ""),
            "received": _date(v["received"]), "status": v["status_label"], "due": due or "—",
            "overdue": bool(v["overdue"]), "dueSoon": bool(v["due_soon"]),
            "left": _left_text(v["workdays_left"]),
            "correctionDue": _date(v["correction_notice_due"]),
            "extension": f"延长 {v['extension_workdays']} 个工作日（{v['extension_official']}批准）"
            if v["extension_workdays"] else "",
            "outcome": v["outcome_label"],
        }

    @Property("QVariantList", notify=changed)
    def events(self) -> list[dict]:
        return [_event_line(e) for e in self._view.get("events", [])]

    @Property("QVariantList", notify=changed)
    def steps(self) -> list[dict]:
        kinds = NEXT_STEPS.get(self._view.get("status", ""), ())
        if self._view.get("extension_workdays"):
            kinds = tuple(k for k in kinds if k != "extended")
        extra = ("void",) if self.voidable else ()
        return [{"kind": k, "label": STEP_LABELS[k]} for k in (*kinds, "note", *extra)] if self._view else []

    @Property("QVariantList", notify=changed)
    def voidable(self) -> list[dict]:
        """The steps a 更正 may void: every recorded step but the application itself and earlier 更正."""
        return [{"uuid": e["uuid"], "label": f"{_date(e.get('on'))} {e['label']}"}
                for e in self._view.get("events", [])
                if e["kind"] not in ("received", "void") and not e.get("voided")]

    @Property("QVariantList", constant=True)
    def outcomes(self) -> list[dict]:
        return [{"code": o.code, "label": f"{o.label}（{o.article}）" if o.article else o.label}
                for o in outcomes().values()]

    @Property("QVariantList", constant=True)
    def parties(self) -> list[dict]:
        return PARTIES

    @Property(str, notify=changed)
    def actionError(self) -> str:  # noqa: N802
        return self._error

    @Property(str, notify=changed)
    def actionField(self) -> str:  # noqa: N802
        return self._error_field

    @Property(str, notify=changed)
    def notice(self) -> str:
        return self._notice

    @Property(str, notify=changed)
    def todayText(self) -> str:  # noqa: N802
        return today(self._clock).isoformat()

    @Property(QObject, constant=True)
    def printer(self) -> QObject:
        return self._printer
