"""The intake form (依申请公开登记): options, per-field messages, save, then the receipt.

Validation is kiosk.requests' (the same rules as `gongkai request new`); nothing is saved until
every field passes. After the save has committed (durable), the receipt goes to the printer; a
print failure leaves the request saved and offers a reprint. The saved panel always shows the
number, the due date and the receipt's QR on screen, so the resident can photograph it.

Walk-in defaults come from the kiosk config (intake_channel, intake_delivery_form,
intake_delivery_method; the date is today). Every edit is kept as a local draft
(kiosk.requests.counter), restored after a logout, a crash or a restart.

The form's values live here, not in QML: IntakePage.qml reports each edit (`edit`), shows what this
model sets itself (`valueSet`: a restored draft, a returning applicant, a tapped chip) and moves the
focus where `edit`/`nextField` say. The quick picks compose the address (village + group) and the
description (year + suggestion) here, with kiosk.requests.suggest's rules.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import today
from kiosk.content.notices import villages as township_villages
from kiosk.errors import IntakeInvalid, KioskError, ValidationError
from kiosk.formatting import medium_date
from kiosk.requests import counter, identity, intake, service, suggest
from kiosk.requests.receipt_code import receipt_qr_text
from ui.models.images import qr_source
from ui.staff.receipt_printer import ReceiptPrinter

# 回车 and a complete ID or mobile number move on to the next empty field, in the order a clerk asks.
FOCUS_ORDER = ("name", "id_number", "phone", "address", "description")
CHOICE_FIELDS = ("applicant_type", "organization_kind", "id_type", "delivery_form", "delivery_method", "channel")
TEXT_FIELDS = ("name", "id_number", "phone", "address", "postcode", "email", "description", "doc_ref",
               "transcribed_by", "received")
_GROUP = re.compile(r"^([0-9]+组)")
_ANY_YEAR = re.compile(r"[0-9]{4}年")  # a suggestion that names its own year takes no year chip in front
# Fields the receipt prints as typed: a character no print font has is named to the clerk before saving.
PRINTED_FIELDS = ("name", "address", "description", "doc_ref", "transcribed_by")


def _options(table: dict[str, str]) -> list[dict]:
    return [{"code": code, "label": label} for code, label in table.items()]


class IntakeModel(QObject):
    changed = Signal()
    saved = Signal(str)  # the new request number
    valuesChanged = Signal()  # noqa: N815 - what the form holds (and what is derived from it) changed
    valueSet = Signal(str, str)  # noqa: N815 - this model set a field itself: the page shows the value

    def __init__(self, db, clock, config, printer: ReceiptPrinter, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock, self._config = db, clock, config
        self._printer = printer
        self.actor = None  # set by the staff area after login
        self._errors: dict[str, str] = {}
        self._form_message = ""
        self._saved_number = ""
        self._saved_code = ""
        self._saved_due = ""
        self._draft: dict = {}
        self._applicant_message = ""
        self._failed_save = False  # the form message counts open errors after a failed save
        self._print_confirmed = ""  # the text whose unprintable characters the clerk was told about
        self._villages: list[str] = []
        self._rural: list[str] = []  # villages (村), whose addresses go on with a group (3组)
        self._values: dict[str, str] = {}

    # -- options for the pickers (code + the label printed on the form)
    @Property("QVariantList", constant=True)
    def applicantTypes(self) -> list[dict]:  # noqa: N802
        return _options(intake.APPLICANT_TYPES)

    @Property("QVariantList", constant=True)
    def organizationKinds(self) -> list[dict]:  # noqa: N802
        return _options(intake.ORGANIZATION_KINDS)

    @Property("QVariantList", constant=True)
    def idTypes(self) -> list[dict]:  # noqa: N802
        return _options(intake.ID_TYPES)

    @Property("QVariantList", constant=True)
    def deliveryForms(self) -> list[dict]:  # noqa: N802
        return _options(intake.DELIVERY_FORMS)

    @Property("QVariantList", constant=True)
    def deliveryMethods(self) -> list[dict]:  # noqa: N802
        return _options(intake.DELIVERY_METHODS)

    @Property("QVariantList", constant=True)
    def channels(self) -> list[dict]:
        return _options(intake.CHANNELS)

    @Property("QVariantMap", constant=True)
    def labels(self) -> dict:
        return dict(intake.FIELD_LABELS)

    @Property(str, notify=changed)
    def todayText(self) -> str:  # noqa: N802
        return today(self._clock).isoformat()

    @Property(str, notify=changed)
    def clerkName(self) -> str:  # noqa: N802
        return (self.actor.display_name or self.actor.name) if self.actor else ""

    @Property("QVariantMap", notify=changed)
    def defaults(self) -> dict:
        """The walk-in form as it starts: configured channel, form and method, and today."""
        return self._defaults()

    def _defaults(self) -> dict:
        def valid(field: str, code: str) -> str:
            return code if code in intake.ENUMS[field] else ""

        return {
            "applicant_type": "person", "id_type": "resident_id",
            "channel": valid("channel", self._config.intake_channel) or "in_person",
            "delivery_form": valid("delivery_form", self._config.intake_delivery_form),
            "delivery_method": valid("delivery_method", self._config.intake_delivery_method),
            "received": today(self._clock).isoformat(),
        }

    @Property("QVariantList", notify=changed)
    def villages(self) -> list[str]:
        """The township's villages and communities: one tap puts one into the address."""
        return list(self._villages)

    @Property("QVariantList", notify=changed)
    def ruralVillages(self) -> list[str]:  # noqa: N802
        return list(self._rural)

    @Property("QVariantList", constant=True)
    def groupChips(self) -> list[str]:  # noqa: N802
        """After a village: one tap for its villager group."""
        return suggest.group_chips()

    @Property("QVariantList", notify=changed)
    def yearChips(self) -> list[str]:  # noqa: N802
        return suggest.year_chips(self._clock)

    @Slot(str, result="QVariantList")
    def descriptionSuggestions(self, typed: str) -> list[str]:  # noqa: N802
        """Catalogue items and recent descriptions here (never personal data) for what was typed."""
        if self.actor is None:
            return []
        try:
            return suggest.description_suggestions(self._db, self._clock, typed)
        except (KioskError, sqlite3.Error):
            return []

    @Slot(str, str, result=bool)
    def idComplete(self, id_type: str, number: str) -> bool:  # noqa: N802
        """A whole, valid number (check digit and all): the form moves on by itself."""
        if id_type != "resident_id" or len(number) != 18:
            return False
        try:
            identity.check_resident_id(number, today(self._clock))
        except ValidationError:
            return False
        return True

    @Slot(str, result=bool)
    def mobileComplete(self, number: str) -> bool:  # noqa: N802
        """An 11-digit mobile number: the form moves on by itself (a landline may go on longer)."""
        return identity.is_mobile(number)

    @Property("QVariantList", constant=True)
    def required(self) -> list[str]:
        """Fields marked ＊ on the form (the rest are optional or depend on other answers)."""
        return list(intake.REQUIRED)

    # -- the form's values (QML reports edits and shows what is set here)
    @Property("QVariantMap", notify=valuesChanged)
    def values(self) -> dict:
        return dict(self._values)

    def _value(self, field: str) -> str:
        return self._values.get(field, "")

    def _put(self, field: str, value: str) -> None:
        """Set a field from here: the page is told to show it."""
        self._values[field] = value
        self.valueSet.emit(field, value)

    def _fill(self, data: dict) -> None:
        """Every field from `data`, the walk-in defaults where it says nothing."""
        d = self._defaults()
        for field in TEXT_FIELDS:
            self._put(field, str(data.get(field) or ""))
        for field in ("applicant_type", "id_type", "channel", "received"):
            self._put(field, str(data.get(field) or d[field]))
        self._put("organization_kind", str(data.get("organization_kind") or ""))
        for field in ("delivery_form", "delivery_method"):  # "" kept: the clerk cleared it
            self._put(field, str(data[field] if field in data and data[field] is not None else d[field]))
        self.valuesChanged.emit()

    @Slot()
    def restore(self) -> None:
        """The page opens: the draft if there is one, else a new walk-in form."""
        self._fill(self.draft if self._draft else {})

    @Slot()
    def clear(self) -> None:
        """清空 / 继续登记: a new walk-in form; the draft goes."""
        self._fill({})
        self.discardDraft()
        self.reset()

    def forget(self) -> None:
        """Logout: the form's values leave memory with the page (an unsaved form is in the draft)."""
        self._values = {}
        self.valuesChanged.emit()

    @Slot(str, str, result=str)
    def edit(self, field: str, value: str) -> str:
        """The clerk changed a field: keep it, drop its message, keep the draft.

        Returns the field the cursor moves on to by itself ("" to stay): after a whole, valid ID number
        or an 11-digit mobile number.
        """
        if self._values.get(field) == value:
            return ""
        self._values[field] = value
        cleared = [field]
        if field == "applicant_type":
            self._put("id_type", "uscc" if value == "organization" else "resident_id")
        elif field == "id_type":
            cleared.append("id_number")
        elif field == "delivery_method":
            cleared += ["address", "email"]  # whether they are needed depends on the method
        elif field == "channel" and value == "oral" and not self._value("transcribed_by"):
            self._put("transcribed_by", self.clerkName)
        for name in cleared:
            self.clearError(name)
        self.valuesChanged.emit()
        self.saveDraft(self._values)
        if field == "id_number" and self.idComplete(self._value("id_type"), value):
            return self.nextField(field)
        if field == "phone" and self.mobileComplete(value):
            return self.nextField(field)
        return ""

    @Slot(str, result=str)
    def nextField(self, after: str) -> str:  # noqa: N802
        """The next empty field in FOCUS_ORDER after `after` ("" for the first); the last one in any case."""
        start = FOCUS_ORDER.index(after) + 1 if after in FOCUS_ORDER else 0
        for i in range(start, len(FOCUS_ORDER)):
            if not self._value(FOCUS_ORDER[i]) or i == len(FOCUS_ORDER) - 1:
                return FOCUS_ORDER[i]
        return ""

    @Slot(result=str)
    def firstField(self) -> str:  # noqa: N802
        """A new form starts in its first empty field (the name); a saved one, nowhere."""
        if self._saved_number:
            return ""
        return next((f for f in FOCUS_ORDER if not self._value(f)), "")

    # -- quick picks: the address (village, group) and the description (year, suggestion)
    @Property(str, notify=valuesChanged)
    def ruralVillage(self) -> str:  # noqa: N802
        """The village (村) the address starts with: its groups are one tap away."""
        address = self._value("address")
        return next((v for v in self._rural if address.startswith(v)), "")

    @Property(str, notify=valuesChanged)
    def addressGroup(self) -> str:  # noqa: N802
        """The group (3组) right after that village in the address, "" if none."""
        village = self.ruralVillage
        m = _GROUP.match(self._value("address")[len(village):]) if village else None
        return m.group(1) if m else ""

    @Property(bool, notify=valuesChanged)
    def descriptionHasYear(self) -> bool:  # noqa: N802
        return suggest.split_year(self._value("description"))[0] != ""

    def _compose(self, field: str, text: str) -> None:
        self._put(field, text)
        self.clearError(field)
        self.valuesChanged.emit()
        self.saveDraft(self._values)

    @Slot(str, result=int)
    def pickVillage(self, name: str) -> int:  # noqa: N802
        """东岭村 + what follows it (3组); a village picked again replaces the first. Returns the cursor."""
        rest = self._value("address")
        for v in self._villages:
            if rest.startswith(v):
                rest = rest[len(v):]
                break
        self._compose("address", name + rest)
        return len(name + rest)

    @Slot(str, result=int)
    def pickGroup(self, group: str) -> int:  # noqa: N802
        """东岭村 + 3组 (+ what follows); another group replaces the first. Returns the cursor."""
        village = self.ruralVillage
        rest = _GROUP.sub("", self._value("address")[len(village):])
        self._compose("address", village + group + rest)
        return len(village + group)

    @Slot(str)
    def pickYear(self, year: str) -> None:  # noqa: N802
        """The year goes in front of the description."""
        self._compose("description", year + self._value("description"))

    @Slot(str)
    def pickSuggestion(self, phrase: str) -> None:  # noqa: N802
        """A suggestion replaces what was typed after the year (one year, not two)."""
        year, _rest = suggest.split_year(self._value("description"))
        self._compose("description", (year if year and not _ANY_YEAR.search(phrase) else "") + phrase)

    @Slot()
    def reuseApplicant(self) -> None:  # noqa: N802
        """调取以往信息: this applicant's details from a recent request here, for the clerk to check."""
        found = self.lookupApplicant(self._value("id_type"), self._value("id_number"))
        if not found.get("name"):
            return
        for field in ("name", "phone", "address", "postcode", "email"):
            if found.get(field):
                self._put(field, found[field])
        self._put("applicant_type", found.get("applicant_type") or self._value("applicant_type"))
        self._put("organization_kind", found.get("organization_kind") or "")
        self._put("id_number", found["id_number"])
        self.valuesChanged.emit()
        self.saveDraft(self._values)

    @Slot(result=bool)
    def save(self) -> bool:
        """保存并打印回执: validate and save what the form holds."""
        return self.submit(self._values)

    # -- draft (kept on every edit; restored after logout, crash, restart)
    @Property(bool, notify=changed)
    def hasDraft(self) -> bool:  # noqa: N802
        return bool(self._draft)

    @Property("QVariantMap", notify=changed)
    def draft(self) -> dict:
        return dict(self._draft.get("data", {}))

    @Property(str, notify=changed)
    def draftText(self) -> str:  # noqa: N802
        if not self._draft:
            return ""
        if self._draft.get("live"):
            return "已自动保存草稿：退出登录或断电也不会丢失"
        at = (self._draft.get("updated_at") or "")[11:16]
        return f"已恢复未保存的登记草稿（{at} 最后修改）" if at else "已恢复未保存的登记草稿"

    def load_draft(self) -> None:
        try:
            self._draft = counter.load_draft(self._db) or {}
        except KioskError:
            self._draft = {}
        self.changed.emit()

    @Slot("QVariantMap")
    def saveDraft(self, values: dict) -> None:  # noqa: N802
        if self.actor is None or self._saved_number:
            return
        try:
            kept = counter.save_draft(self._db, self._clock, self.actor.name, dict(values), self._defaults())
        except KioskError:
            return  # a draft is a convenience: the form itself still works
        was_live = bool(self._draft.get("live"))
        self._draft = {"data": dict(values), "live": True} if kept else {}
        if was_live != kept:
            self.changed.emit()

    @Slot()
    def discardDraft(self) -> None:  # noqa: N802
        try:
            counter.discard_draft(self._db)
        except KioskError:
            pass
        self._draft = {}
        self.changed.emit()

    # -- returning applicant (staff screen only)
    @Slot(str, str, result="QVariantMap")
    def lookupApplicant(self, id_type: str, id_number: str) -> dict:  # noqa: N802
        """Details from this applicant's newest recent request here; {} and a message if none."""
        try:
            found = counter.returning_applicant(self._db, self._clock, service.kiosk_code(self._config),
                                                 id_type, id_number)
        except ValidationError as exc:
            self._applicant_message = str(exc)
            self.changed.emit()
            return {}
        except KioskError as exc:
            self._applicant_message = f"查询失败：{exc}"
            self.changed.emit()
            return {}
        if found is None:
            self._applicant_message = "本机近两年没有这个证件号码的申请，请逐项填写"
            self.changed.emit()
            return {}
        received = medium_date(dt.date.fromisoformat(found["from_received"]))
        self._applicant_message = f"已填入 {received} 申请（{found['from_number']}）中的信息，请与申请人核对"
        for field in counter.REUSED_FIELDS:
            self._errors.pop(field, None)
        self.changed.emit()
        return found

    @Property(str, notify=changed)
    def applicantMessage(self) -> str:  # noqa: N802
        return self._applicant_message

    # -- state
    @Property("QVariantMap", notify=changed)
    def errors(self) -> dict:
        return dict(self._errors)

    @Property(str, notify=changed)
    def formMessage(self) -> str:  # noqa: N802
        return self._form_message

    @Property(str, notify=changed)
    def savedNumber(self) -> str:  # noqa: N802
        return self._saved_number

    @Property(str, notify=changed)
    def savedDue(self) -> str:  # noqa: N802
        return self._saved_due

    @Property(str, notify=changed)
    def savedQrText(self) -> str:  # noqa: N802
        """What the receipt's QR holds (the public status URL), for the on-screen panel."""
        if not self._saved_number:
            return ""
        try:
            return receipt_qr_text(self._config.public_status_base, self._saved_number, self._saved_code)
        except ValidationError:
            return ""

    @Property(str, notify=changed)
    def savedQrSource(self) -> str:  # noqa: N802
        return qr_source(self.savedQrText)

    @Property(QObject, constant=True)
    def printer(self) -> QObject:
        return self._printer

    @Slot(str)
    def clearError(self, field: str) -> None:  # noqa: N802
        """The field was edited: its message goes, and the form's count follows at once."""
        if field in self._errors:
            del self._errors[field]
            if self._failed_save:
                self._form_message = self._count_message()
            self.changed.emit()

    def _count_message(self) -> str:
        return f"还有 {len(self._errors)} 项需要修改，请看红色提示" if self._errors else ""

    @Slot()
    def reset(self) -> None:
        self._print_confirmed = ""
        self._errors, self._form_message, self._saved_number, self._saved_due = {}, "", "", ""
        self._applicant_message, self._failed_save = "", False
        try:
            found = township_villages(self._db)[:24]
        except KioskError:
            found = []
        self._villages = [v["name"] for v in found]
        self._rural = [v["name"] for v in found if v["kind"] == "village"]
        self._printer.clear()
        self.changed.emit()

    @Slot("QVariantMap", result=bool)
    def submit(self, values: dict) -> bool:
        """Validate and save; True when saved (the receipt is then printing)."""
        if self.actor is None:
            self._set_errors({}, "请先登录")
            return False
        data = {k: (v.strip() if isinstance(v, str) else v) for k, v in dict(values).items()}
        data = {k: v for k, v in data.items() if v not in ("", None)}
        if data.get("applicant_type") != "organization":
            data.pop("organization_kind", None)
        if data.get("channel") != "oral":
            data.pop("transcribed_by", None)
        if self._unprintable_first_time(data):
            return False
        try:
            view = service.create_request(self._db, self._clock, self._config, self.actor, data)
        except IntakeInvalid as exc:
            errors = dict(exc.errors)
            form = errors.pop("form", "")
            self._failed_save = not form
            self._set_errors(errors, form or f"有 {len(errors)} 项需要修改，请看红色提示")
            return False
        except ValidationError as exc:
            field = exc.field if exc.field in intake.ALL_FIELDS else None
            self._set_errors({field: str(exc)} if field else {}, str(exc))
            return False
        except KioskError as exc:
            self._set_errors({}, f"保存失败：{exc}")
            return False
        self._saved_number = view["number"]
        self._saved_code = view.get("status_code") or ""
        self._saved_due = _due_text(view)
        self._failed_save = False
        try:
            counter.discard_draft(self._db)  # the request is saved: the draft has done its job
        except KioskError:
            pass
        self._draft = {}
        self._set_errors({}, "")
        self.saved.emit(view["number"])
        self._printer.print(view["number"])
        return True

    def _unprintable_first_time(self, data: dict) -> bool:
        """A character no print font has is named to the clerk before saving (issue 25); saving again with the
        same text keeps it as typed. True when the save stops here for the warning."""
        from kiosk.receipts.fonts import unprintable

        found = {f: unprintable(data[f]) for f in PRINTED_FIELDS if isinstance(data.get(f), str)}
        found = {f: chars for f, chars in found.items() if chars}
        signature = json.dumps({f: data[f] for f in found}, ensure_ascii=False, sort_keys=True)
        if not found or signature == self._print_confirmed:
            return False
        self._print_confirmed = signature
        shown = "".join(f"“{ch}”（U+{ord(ch):04X}）" for chars in found.values() for ch in chars)
        self._failed_save = False
        self._set_errors({f: "含回执无法打印的字：" + "".join(f"“{ch}”" for ch in chars) + "，请与申请人核对"
                          for f, chars in found.items()},
                         f"回执上印不出 {shown}（本机没有这个字的字体）。请核对或改用其他写法；"
                         "确认无误再按一次「保存」，将按原样保存，回执上这个字会是空白")
        return True

    def _set_errors(self, errors: dict[str, str], message: str) -> None:
        self._errors, self._form_message = errors, message
        self.changed.emit()


def _due_text(view: dict) -> str:
    if not view.get("due"):
        return "当场答复或另行告知"
    text = f"最迟于{medium_date(dt.date.fromisoformat(view['due']))}前答复"
    return text + ("（暂定）" if view.get("provisional") else "")
