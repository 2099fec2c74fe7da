"""The intake form (依申请公开登记): options, per-field messages, save, then the receipt.

Validation is kiosk.requests' (the same rules as `gongkai request new`); nothing is saved until
every field passes. After the save has committed (durable), the receipt goes to the printer; a
print failure leaves the request saved and offers a reprint.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import today
from kiosk.errors import KioskError, ValidationError
from kiosk.requests import intake, service
from ui.staff.receipt_printer import ReceiptPrinter


def _options(table: dict[str, str]) -> list[dict]:
    return [{"code": code, "label": label} for code, label in table.items()]


class IntakeModel(QObject):
    changed = Signal()
    saved = Signal(str)  # the new request number

    def __init__(self, db, clock, config, printer: ReceiptPrinter, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock, self._config = db, clock, config
        self._printer = printer
        self.actor = None  # set by the staff area after login
        self._errors: dict[str, str] = {}
        self._form_message = ""
        self._saved_number = ""

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
        return self.actor.display_name if self.actor else ""

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

    @Property(QObject, constant=True)
    def printer(self) -> QObject:
        return self._printer

    @Slot(str)
    def clearError(self, field: str) -> None:  # noqa: N802
        if field in self._errors:
            del self._errors[field]
            self.changed.emit()

    @Slot()
    def reset(self) -> None:
        self._errors, self._form_message, self._saved_number = {}, "", ""
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
        try:
            view = service.create_request(self._db, self._clock, self._config, self.actor, data)
        except intake.IntakeInvalid as exc:
            errors = dict(exc.errors)
            form = errors.pop("form", "")
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
        self._set_errors({}, "")
        self.saved.emit(view["number"])
        self._printer.print(view["number"])
        return True

    def _set_errors(self, errors: dict[str, str], message: str) -> None:
        self._errors, self._form_message = errors, message
        self.changed.emit()
