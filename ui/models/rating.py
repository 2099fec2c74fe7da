"""好差评 on screen: the five levels, then (for 不满意 and below) a reason from a short list or typed.

One model per place it is asked: the counter's saved-request panel (after the clerk saves a request,
linked to its number) and the resident's 评价 page from home (at most once per session). A level of
基本满意 or better is one tap; a 差评 is two (level, reason). The rating is written (one transaction,
kiosk.feedback.ratings) before the screen says 已收到; `clear()` (idle reset, next request) forgets
what was on screen, so the next resident never sees it.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.errors import KioskError, ValidationError
from kiosk.feedback import ratings
from ui.i18n import tr_data

OFF, ASK, REASON, DONE = "off", "ask", "reason", "done"


class RatingModel(QObject):
    changed = Signal()
    rated = Signal(str)  # the saved rating's uuid

    def __init__(self, db, clock, channel: str, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock, self._channel = db, clock, channel
        self._stage = OFF
        self._service = ""
        self._number = ""
        self._score = 0
        self._message = ""

    @Property("QVariantList", constant=True)
    def levels(self) -> list[dict]:
        return [{"score": s, "label": tr_data("Voice", label), "bad": ratings.is_bad(s)} for s, label in ratings.LEVELS]

    @Property("QVariantList", constant=True)
    def reasons(self) -> list[str]:
        return [tr_data("Voice", r) for r in ratings.REASONS]

    @Property(int, constant=True)
    def reasonLimit(self) -> int:  # noqa: N802
        return ratings.REASON_LIMIT

    @Property(str, notify=changed)
    def stage(self) -> str:
        return self._stage

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(str, notify=changed)
    def chosen(self) -> str:
        label = ratings.LEVEL_LABELS.get(self._score, "")
        return tr_data("Voice", label) if label else ""

    @Slot(str, str)
    def start(self, service: str, request_number: str = "") -> None:
        """Ask for a rating of `service` (and the request just saved)."""
        self._stage, self._service, self._number, self._score, self._message = ASK, service, request_number, 0, ""
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._stage, self._service, self._number, self._score, self._message = OFF, "", "", 0, ""
        self.changed.emit()

    @Slot(int)
    def pick(self, score: int) -> None:
        if self._stage not in (ASK, REASON):
            return
        self._score = score
        if ratings.is_bad(score):
            self._stage, self._message = REASON, ""
            self.changed.emit()
        else:
            self._save("")

    @Slot(str)
    def pickReason(self, reason: str) -> None:  # noqa: N802
        reason = next((r for r in ratings.REASONS if tr_data("Voice", r) == reason), reason)  # shown -> stored
        if self._stage == REASON:
            self._save(reason)

    def _save(self, reason: str) -> None:
        try:
            ref = ratings.rate(self._db, self._clock, self._score, reason, service=self._service,
                               channel=self._channel, request_number=self._number)
        except ValidationError as exc:
            self._message = str(exc)
            self.changed.emit()
            return
        except KioskError as exc:
            self._message = f"没有保存成功，请再试一次（{exc}）"
            self.changed.emit()
            return
        self._stage, self._message = DONE, "已收到您的评价，谢谢！"
        self.changed.emit()
        self.rated.emit(ref)
