"""现场咨询 at the counter (issue 26): the clerk records a question answered on the spot, with its topic
(the 现场咨询解答 log, counted by topic for the annual report), then the resident may rate the service.

Saved (kiosk.feedback.questions, one transaction) before the screen says so; it goes up to the county
as a `question` of channel counter. An optional phone is only for a call back and never shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import today
from kiosk.errors import KioskError, ValidationError
from kiosk.feedback import questions


class ConsultModel(QObject):
    changed = Signal()
    saved = Signal(str)  # the logged consultation's uuid

    def __init__(self, db, clock, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock = db, clock
        self.actor = None
        self._topic, self._message, self._done = "", "", False

    @Property("QVariantList", constant=True)
    def topics(self) -> list[str]:
        return list(questions.TOPICS)

    @Property(str, notify=changed)
    def topic(self) -> str:
        return self._topic

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(bool, notify=changed)
    def done(self) -> bool:
        return self._done

    @Property(str, notify=changed)
    def logText(self) -> str:  # noqa: N802
        """This year's 现场咨询解答 by topic, as the annual report counts them."""
        try:
            counts = questions.consultation_log(self._db, today(self._clock).year)
        except KioskError:
            return ""
        parts = "，".join(f"{t} {n}" for t, n in counts.items() if n)
        return f"本年现场咨询解答 {sum(counts.values())} 次" + (f"：{parts}" if parts else "")

    @Slot(str)
    def pickTopic(self, topic: str) -> None:  # noqa: N802
        self._topic, self._message = topic, ""
        self.changed.emit()

    @Slot(str, str, str, result=bool)
    def save(self, question: str, answer: str, phone: str) -> bool:
        if self.actor is None:
            return False
        try:
            ref = questions.record_consultation(self._db, self._clock, self.actor.name, self._topic, question, answer,
                                                phone)
        except ValidationError as exc:
            self._message = str(exc)
            self.changed.emit()
            return False
        except KioskError as exc:
            self._message = f"没有保存成功：{exc}"
            self.changed.emit()
            return False
        self._done, self._message = True, "已记入现场咨询解答台账"
        self.changed.emit()
        self.saved.emit(ref)
        return True

    @Slot()
    def reset(self) -> None:
        self._topic, self._message, self._done = "", "", False
        self.changed.emit()
